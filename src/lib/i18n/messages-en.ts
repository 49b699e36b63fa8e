/**
 * English interface text. The German dictionary (messages-de.ts) must have exactly these keys
 * (`satisfies Messages`, and messages.test.ts). Functions take the numbers already formatted.
 * Text that only a lazily loaded view needs lives with its feature (e.g. financing-text.ts).
 */
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const en = {
  app: {
    documentTitle: 'Aid to Ukraine: who pledged what',
    title: 'Aid to Ukraine: who pledged what',
    lede: 'Pledges by donor, instrument and time, NATO PURL packages and the Kiel Ukraine Support Tracker: every figure sourced, joint packages counted once, original currencies kept.',
    skipLink: 'Skip to the charts',
    pagesNav: 'Pages',
    /** Phones: the lede, Present, share, theme and data sit behind this button. */
    menu: 'Menu',
    pages: { explorer: 'Pledges and PURL', financing: 'Funding gap and EU options' },
    unknownPage: (page: string) =>
      `The link asked for a page “${page}” that does not exist, so the pledge explorer is shown.`,
    kielHeading: 'Context: Kiel Ukraine Support Tracker, release 29',
    kielLoading: 'Kiel tracker charts',
    tableLoading: 'the table of pledges',
    financingLoading: 'Funding gap and EU options',
  },
  language: {
    label: 'Language / Sprache',
    names: { en: 'English', de: 'Deutsch' },
    short: { en: 'EN', de: 'DE' },
    rejected: (value: string) =>
      `The link asked for the language “${value}”, which this dashboard does not offer; showing English.`,
    dismiss: 'Dismiss',
    /** The German text could not be downloaded (offline, blocked): the page stays in English. */
    loadFailed: (name: string) =>
      `The ${name} text could not be loaded (the connection may be offline); showing English. Try again later.`,
  },
  frame: {
    showTable: 'Show data table',
    showChart: 'Show chart',
    legend: 'Legend',
    source: 'Source:',
    asOf: (date: string) => `As of ${date}.`,
    total: 'Total',
  },
  load: {
    couldNotLoad: (what: string) => `Could not load ${what}.`,
    restWorks: 'The rest of the dashboard keeps working.',
    retry: 'Retry',
    loading: (label: string) => `Loading ${label}…`,
    notFound: (url: string) => `The data file ${url} was not found (404).`,
    httpStatus: (status: number, url: string) => `The data server answered ${status} for ${url}.`,
    malformed: (url: string, problems: string, more: number) =>
      `The data file ${url} is malformed: ${problems}${more > 0 ? ` (and ${more} more problems)` : ''}.`,
    timeout: (url: string, seconds: string) =>
      `The data file ${url} took too long to arrive (not received within ${seconds}); the server or the connection may be slow.`,
    network: (url: string) =>
      `The data file ${url} could not be reached: the connection may be offline, or the request was blocked.`,
    tooSlow: 'The data took too long to arrive.',
    generic: 'The data could not be loaded.',
  },
  source: {
    reliability: {
      official: 'official',
      wire: 'wire/major media',
      media: 'media',
      aggregator: 'aggregator, lower confidence',
      'pro-kremlin': 'pro-Kremlin outlet, low reliability',
    },
    addressNotShown: (url: string) => `[address not shown: ${url}]`,
  },
  filters: {
    panel: 'Filters',
    open: 'Filters',
    hide: 'Hide filters',
    active: (count: string) => ` (${count} active)`,
    donorCountries: 'Donor countries',
    donorHint: 'Type a name or code, in English or German.',
    noPledgesInData: 'no pledges in data',
    noMatch: (query: string) => `No donor matches “${query}”.`,
    found: (count: number) => `${count} ${plural(count, 'donor', 'donors')} found`,
    noneSelected: 'No donor selected: all donors are shown.',
    selectedDonors: 'Selected donors',
    remove: (name: string) => `Remove ${name}`,
    presets: 'Donor presets',
    presetLabels: {
      all: 'All',
      eu27: 'EU-27',
      'nordic-baltic-8': 'Nordic-Baltic 8',
      g7: 'G7',
      purl: 'PURL contributors',
    },
    clearAll: 'Clear all',
    all: 'All',
    instrument: 'Instrument',
    category: 'Category',
    period: 'Period',
    from: 'From',
    to: 'To',
    incompleteMonth: 'Enter a complete month, or clear the field.',
    reset: 'Reset all filters',
    dismiss: 'Dismiss',
  },
  labels: {
    instruments: {
      purl: 'NATO PURL',
      'nato-fund': 'NATO funds (CAP, non-lethal)',
      'bilateral-military': 'Bilateral military',
      'bilateral-civil': 'Bilateral civil',
      'bilateral-mixed': 'Bilateral military + civil',
      'eu-budget': 'EU budget (Ukraine Facility)',
      'eu-loan': 'EU loan (Ukraine Support Loan)',
      'eu-proposal': 'EU proposal (not adopted)',
      'g7-era': 'G7 ERA loans',
    },
    categories: {
      military: 'Military',
      financial: 'Financial',
      humanitarian: 'Humanitarian',
      mixed: 'Military + civil (not split)',
    },
    statuses: {
      proposed: 'Proposed',
      planned: 'Planned',
      budgeted: 'Budgeted',
      reported: 'Reported',
      pledged: 'Pledged',
      committed: 'Committed',
      adopted: 'Adopted',
      allocated: 'Allocated',
      disbursed: 'Disbursed',
      'not-adopted': 'Not adopted',
    },
    qualifiers: {
      exact: '',
      about: 'about',
      'at-least': 'at least',
      over: 'over',
      'up-to': 'up to',
      'per-year': 'per year',
    },
  },
  pledges: {
    section: 'Pledges',
    loadWhat: 'the pledge data',
    loadingLabel: 'pledge data',
    purlLoading: 'PURL timeline',
    headline: 'Headline figures',
    totalPledged: 'Total pledged',
    filtered: ' (filtered)',
    convertedNote: 'converted at approximate reference rates',
    jointNote: (amount: string) =>
      `; incl. ${amount} in joint packages not attributed to one donor`,
    donors: 'Donors',
    pledgeLines: (count: string) => `${count} pledge lines`,
    latest: 'Latest pledge',
    noPledgeInFilter: 'No pledge in this filter',
    dataAsOf: 'Data as of',
    latestInData: 'latest announcement in the data',
    joint: 'Joint, not attributed',
    byDonorTitle: 'Pledges by donor',
    byDonorUnits: (split: string) => `EUR million, converted at reference rates; split by ${split}`,
    splitNames: { instrument: 'instrument', category: 'category' },
    splitBy: 'Split bars by',
    splitOption: { instrument: 'By instrument', category: 'By category' },
    researchSource:
      'project research file of sourced pledges (every line’s source in the pledge table below)',
    byDonorNotes:
      'Joint packages count once: known country shares appear under each country; the rest of a package appears as “Joint, not attributed” (hatched). Pledges contained in later ones are not added twice.',
    byDonorCaption: 'Pledges by donor, EUR million',
    donor: 'Donor',
    eurMillionColumn: (label: string) => `${label} (EUR m)`,
    totalEurM: 'Total (EUR m)',
    noMatch: 'No pledges match this filter.',
    byDonorSvgTitle: 'Pledges by donor in EUR million',
    byDonorDesc: (split: string) =>
      `Horizontal stacked bars, one per donor, split by ${split}; the data table has the same numbers.`,
    eurMillionTooltip: (value: string) => `€${value}M`,
    rejectedRows: {
      intro: (count: number, file: string) =>
        `${count} ${plural(count, 'row', 'rows')} of ${file} ${plural(count, 'was', 'were')} left out:`,
    },
  },
  /** Why a row of pledges.json (or an imported pledge list) was left out. */
  pledgeRows: {
    row: (row: string, id: string | null) => `row ${row}${id ? ` (${id})` : ''}`,
    wholeRow: '(row)',
    and: ' and ',
    moreProblems: (count: string) => ` (+${count} more)`,
    leftOut: (count: number, countText: string, file: string, list: string, more: string | null) =>
      `${count === 1 ? '1 pledge line' : `${countText} pledge lines`} in ${file} ${plural(count, 'was', 'were')} left out: ${list}${
        more ? `; and ${more} more` : ''
      }. The figures below do not include ${plural(count, 'it', 'them')}.`,
    issue: (where: string, message: string, shown: string | null) =>
      `${where}: ${message}${shown === null ? '' : ` (got ${shown})`}`,
    missing: 'missing',
    expected: (kind: string) => `expected ${kind}`,
    kinds: {
      string: 'text',
      number: 'a number',
      array: 'a list',
      object: 'an object',
      boolean: 'true or false',
      null: 'null',
    },
    oneOf: (values: string) => `expected one of ${values}`,
    positive: 'must be positive',
    atLeast: (value: string) => `must be at least ${value}`,
    moreThan: (value: string) => `must be more than ${value}`,
    atMost: (value: string) => `must be at most ${value}`,
    minEntries: (count: number, countText: string) =>
      `needs at least ${countText} ${plural(count, 'entry', 'entries')}`,
    minCharacters: (count: number, countText: string) =>
      `needs at least ${countText} ${plural(count, 'character', 'characters')}`,
    invalid: 'Invalid input',
    /** Messages the schemas set themselves (schema-primitives.ts, pledge-schema.ts), by key. */
    schema: {
      date: 'expected a real date as YYYY-MM-DD or YYYY-MM',
      url: 'expected an http or https address',
      urlOrBundled: 'expected an http or https address, or a bundled copy under data/sources/',
      donorCode: 'expected a donor code such as DEU or EU',
      pledgeId: 'expected an id such as P019',
    },
    duplicateId: (id: string) => `duplicate id ${id}`,
    alreadyUsed: (id: string, row: string) => `${id} is already used by ${row}`,
    missingTarget: (target: string) => `points to ${target}, which does not exist`,
    notPackage: (target: string) => `points to ${target}, which is not a package-total`,
    leftOutTarget: (target: string, row: string) =>
      `points to ${target}, which was left out (${row})`,
    donorNotInPackage: (donors: string, pkg: string, pkgDonors: string) =>
      `donor ${donors} is not among ${pkg}'s donors (${pkgDonors})`,
    packageNeedsTwo: 'a package-total needs at least two donors',
    packageNotShare: 'a package-total cannot be a share of another package',
    cycle: 'includedIn links form a cycle',
    noRate: (currency: string) => `no FX rate for ${currency}`,
  },
  /** Link parameters the filters could not use, and the month fields' checks. */
  urlNotes: {
    intro: (list: string) => `Some link parameters were ignored: ${list}.`,
    item: (param: string, value: string, reason: string) =>
      value === '' ? `${param} (${reason})` : `${param} “${value}” (${reason})`,
    moreNotListed: (count: string) => `${count} more not listed`,
    tooMany: (max: string) => `more than ${max} listed: the rest were dropped`,
    listedTwice: 'listed twice',
    unknownDonor: 'unknown donor code',
    unknownInstrument: 'unknown instrument',
    unknownCategory: 'unknown category',
    or: ' or ',
    expected: (values: string) => `expected ${values}`,
    unknownParam: 'unknown parameter',
    repeated: 'given more than once: the first one is used',
    tooLong: (limit: string) => `longer than ${limit} characters`,
    swapped: (to: string) => `later than to “${to}”: the two were swapped`,
    notMonth: 'not a month, expected YYYY-MM',
    notDate: 'not a real date',
    yearOutside: (min: string, max: string) => `year outside ${min}–${max}`,
    monthFormat: 'Enter a month as YYYY-MM, e.g. 2025-08.',
    notBefore: (month: string) => `Choose ${month} or later.`,
    notAfter: (month: string) => `Choose ${month} or earlier.`,
    fromAfterTo: (month: string) => `“From” must not be after “To” (${month}).`,
    toBeforeFrom: (month: string) => `“To” must not be before “From” (${month}).`,
  },
  /** Descriptions of PURL packages (tooltips, data table) and the reference-rate note. */
  purlText: {
    ofWhich: (list: string) => `of which ${list}`,
    notAttributed: (amount: string) => `${amount} not attributed to one country`,
    fullyAttributed: 'fully attributed',
    aboutNotAttributed: (amount: string) =>
      `about ${amount} not attributed to one country (at reference rates)`,
    sharesAddUp: 'shares add up to the total (at reference rates)',
    possessive: (name: string, amount: string) => `${name}'s ${amount}`,
    and: ' and ',
    spanning: (_count: number, list: string) =>
      `${list} of the same day span this and another package`,
    monthLabel: (_count: number, countText: string) => `${countText} packages and contributions`,
    monthDescription: (single: string, joint: string) =>
      `${single} single-country, ${joint} joint; amounts summed in EUR at reference rates`,
    fxNote: (rates: string) =>
      `EUR figures are converted at one approximate rate per currency, implied by the sources' own conversions (${rates}); see fx-rates.json for each rate's source.`,
  },
  /** What assistive technology hears: filter results, chart keyboard help, chart summaries. */
  a11y: {
    and: ' and ',
    allDonors: 'all donors',
    donorCount: (count: string) => `${count} donors`,
    itemCount: (count: string, what: string) => `${count} ${what}`,
    instruments: 'instruments',
    categories: 'categories',
    from: (month: string) => `from ${month}`,
    to: (month: string) => `up to ${month}`,
    filterResult: (
      scope: string,
      total: string,
      donors: number,
      donorsText: string,
      lines: string,
    ) =>
      `Showing ${scope}: ${total}; ${donorsText} ${plural(donors, 'donor', 'donors')}, ${lines} lines.`,
    filterEmpty: (scope: string) => `Showing ${scope}: no pledge matches this filter.`,
    chartName: (title: string) => `${title} (chart)`,
    chartKeys:
      'Arrow keys move between points (Up and Down along the bars of a horizontal chart, Left and Right along the time axis), Home and End go to the first and last point.',
    skipChart: 'Skip past the chart',
    point: (label: string, series: string, value: string, position: string, total: string) =>
      `${label}, ${series}: ${value} (${position} of ${total})`,
    noValue: 'no value',
    about: 'About this chart',
    summary: 'Summary:',
    openTable: 'Go to the data table of this chart',
    horizontalBars: (count: string, series: string) =>
      `Horizontal stacked bar chart, ${count} bars, split by ${series}.`,
    verticalBars: (count: string, series: string) =>
      `Vertical stacked bar chart, ${count} bars, split by ${series}.`,
    barsAndLine: (count: string, series: string) =>
      `Bar and line chart, ${count} points: ${series}.`,
    categoryAxis: (first: string, last: string) => `Category axis: from ${first} to ${last}.`,
    valueAxis: (unit: string, min: string, max: string) =>
      `Value axis: ${unit}, from ${min} to ${max}.`,
  },
  /** Durations in load messages. */
  loadTime: {
    seconds: (count: number, countText: string) =>
      `${countText} ${plural(count, 'second', 'seconds')}`,
  },
  /** Problems the CSV reader (src/lib/csv/parse-csv.ts) reports, with their line. */
  csv: {
    afterQuote: (found: string) => `unexpected characters after a closing quote: ${found}`,
    unclosedQuote:
      'a quoted field is not closed before the end of the file (file truncated?); record dropped',
    empty: 'empty file: no header line',
  },
};

export type Messages = typeof en;
