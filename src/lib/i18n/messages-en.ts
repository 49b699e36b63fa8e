/**
 * English interface text. The German dictionary (messages-de.ts) must have exactly these keys
 * (`satisfies Messages`, and messages.test.ts). Functions take the numbers already formatted.
 */
import { euOptionsEn } from '@/features/eu-options/eu-options-text';
import { financingEn } from '@/features/financing/financing-text';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const en = {
  app: {
    documentTitle: 'Aid to Ukraine: who pledged what',
    title: 'Aid to Ukraine: who pledged what',
    lede: 'Pledges by donor, instrument and time, NATO PURL packages and the Kiel Ukraine Support Tracker: every figure sourced, joint packages counted once, original currencies kept.',
    skipLink: 'Skip to the charts',
    pagesNav: 'Pages',
    pages: { explorer: 'Pledges and PURL', financing: 'Funding gap and EU options' },
    unknownPage: (page: string) =>
      `The link asked for a page “${page}” that does not exist, so the pledge explorer is shown.`,
    kielHeading: 'Context: Kiel Ukraine Support Tracker, release 29',
    kielLoading: 'Kiel tracker charts',
    financingLoading: 'Funding gap and EU options',
  },
  language: {
    label: 'Language / Sprache',
    names: { en: 'English', de: 'Deutsch' },
    short: { en: 'EN', de: 'DE' },
    rejected: (value: string) =>
      `The link asked for the language “${value}”, which this dashboard does not offer; showing English.`,
    dismiss: 'Dismiss',
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
  table: {
    title: 'Every pledge in the filter',
    units: 'Original currency and EUR million; the total counts each euro once',
    source: 'each line’s own sources (last column)',
    columns: {
      donor: 'Donor',
      instrument: 'Instrument',
      amount: 'Amount (original currency)',
      eur: 'EUR m (converted)',
      counted: 'Counted in totals (EUR m)',
      date: 'Announced',
      status: 'Status',
    },
    sourceColumn: 'Source',
    showing: (shown: string, total: string) =>
      `Showing ${shown} of ${total} pledge lines (sorted); the total counts all of them. `,
    lines: (total: string) => `${total} pledge lines. `,
    captionRest:
      'Amounts in their original currency; EUR converted at approximate reference rates.',
    undated: (count: number) =>
      ` ${count} ${plural(count, 'line', 'lines')} without a date ${plural(count, 'is', 'are')} left out by the date filter.`,
    details: 'Details',
    disagree: (amount: string) => `Sources disagree: ${amount} per `,
    noDate: 'no date',
    total: 'Total',
    notSummed: 'not summed (includes joint totals)',
    showMore: (count: string) => `Show ${count} more`,
    showAll: (count: string) => `Show all ${count}`,
    shareOf: (id: string) => `Share of joint package ${id}.`,
    spans: (ids: string) => `Spans joint package ${ids} and others; share per package not stated.`,
    includedIn: (id: string) => `Included in ${id}.`,
    notAdopted: 'Proposal not adopted: not counted.',
    jointRemainder: (attributed: string, covered: string | null) =>
      `Joint package total: its known shares (${attributed}) are counted under each country${
        covered ? `, country totals spanning it cover ${covered}` : ''
      }; only the rest counts here, as “joint, not attributed”.`,
    contains: (ids: string, amount: string) => `Contains ${ids} (${amount}), counted there.`,
    noRate: 'No reference rate for this currency: not converted, not counted.',
  },
  purl: {
    title: 'PURL packages over time',
    units:
      'EUR million, converted at reference rates: bars = each package or contribution at announcement, line = running total without double counting',
    source: 'project research file of sourced pledges (sources per line in the pledge table)',
    caption: 'PURL packages and contributions in date order',
    noMatch: 'No PURL pledges match this filter.',
    svgTitle: 'PURL packages over time, EUR million',
    desc: 'Bars for each package at its announcement date, a line for the running total; the data table has the same numbers.',
    columns: {
      date: 'Announced',
      label: 'Package or contribution',
      amount: 'Amount (original)',
      eur: 'EUR m (converted)',
      adds: 'Adds to running total (EUR m)',
      running: 'Running total (EUR m)',
    },
    single: 'Single-country contribution',
    jointTotal: 'Joint package (total)',
    running: 'Running total (right axis)',
    statedLoading: 'Loading stated running totals…',
    statedUnavailable: 'Stated running totals unavailable:',
    statedSummary: (count: string) =>
      `Running totals as stated by NATO, the US, Ukraine and the press (${count}; not pledges, never added)`,
    per: (period: string) => ` per ${period}`,
    statedTypes: {
      cumulative_pledged: 'pledged so far',
      delivered_value: 'delivered so far',
      new_pledges_at_meeting: 'new pledges at one meeting',
      target: 'target',
      cumulative_2025: 'raised in 2025',
    },
    notes:
      'Joint packages are one hatched bar; their known country shares are listed with them and the rest is “not attributed to one country”.',
  },
  kiel: {
    allocationsTitle: 'Allocations by donor (Kiel tracker)',
    monthlyTitle: 'Allocations per month (Kiel tracker)',
    unitsEur: 'EUR billion, allocations',
    unitsGdp: '% of donor GDP',
    measure: 'Measure',
    measureEur: 'EUR bn',
    measureGdp: '% of GDP',
    categories: { military: 'Military', financial: 'Financial', humanitarian: 'Humanitarian' },
    released: (date: string) => `, released ${date}`,
    dataPeriod: (month: string) => `${month} (data period)`,
    noTable: (file: string) => `No data table: ${file} could not be loaded.`,
    loading: 'Loading…',
    loadWhat: (file: string) => `the Kiel tracker file ${file}`,
    showTop: (count: number) => `Show top ${count} donors`,
    showAll: (count: number) => `Show all ${count} donors`,
    noMatch: 'No Kiel tracker allocations match this filter.',
    allocationsSvgTitle: (unit: string) => `Allocations by donor, ${unit}`,
    allocationsDesc: (count: number, categories: string) =>
      `Horizontal stacked bars, one per donor (${count} shown), split into ${categories}; the data table has the same numbers.`,
    monthlySvgTitle: 'Allocations per month, EUR billion',
    monthlyDesc: (from: string, to: string) =>
      `Stacked bars, one per month from ${from} to ${to}; the data table has the same numbers.`,
    donor: 'Donor',
    month: 'Month',
    column: (label: string, unit: string) => `${label} (${unit})`,
    totalColumn: (unit: string) => `Total (${unit})`,
    footerGdp: (count: number) => `All ${count} donors (% of their combined GDP)`,
    footerEur: (count: number) => `Total, ${count} donors`,
    footerMonths: (count: number) => `Total, ${count} months`,
    allocationsCaption: (gdp: boolean) =>
      `Allocations by donor, ${gdp ? '% of donor GDP' : 'EUR billion'}, largest first`,
    monthlyCaption: 'Allocations per month, EUR billion',
    negative: (count: number) =>
      `${count} donor-${plural(count, 'month', 'months')} in this selection report a negative “to be allocated” (a net figure: aid allocated later than it was committed). Kept as published; never subtracted from the allocations shown.`,
    excluded: (count: number, list: string) =>
      `Not shown as % of GDP (${count} ${plural(count, 'donor', 'donors')}): ${list}.`,
    instrumentsIgnored: 'Instrument filters apply to pledges only, not to the Kiel tracker.',
    problems: (count: number, file: string, line: number, field: string, message: string) =>
      `${count} ${plural(count, 'row', 'rows')} of ${file} could not be read and ${plural(count, 'is', 'are')} left out (first: line ${line}, ${field}: ${message}).`,
  },
  financing: financingEn,
  euOptions: euOptionsEn,
};

export type Messages = typeof en;
