import { getLocale, type Locale } from '@/lib/i18n/locale';
import { briefingLabelsEn } from './briefing-labels';
import { BRIEFING_TEXT_DE } from './briefing-text-de';

/**
 * Every user-visible string of briefing mode, export, share and themes, in English. Kept in one
 * object so that the German translation (briefing-text-de.ts) can mirror it key by key. Only the
 * lazily loaded deck, export, embed and slide code imports this module; the few labels the first
 * view needs (Present, Export placeholder, Copy link, theme) are in briefing-labels.ts and are
 * spread in here.
 */
const BRIEFING_TEXT_EN = {
  ...briefingLabelsEn,

  deckLabel: 'Presentation',
  slideCounter: (current: number, total: number) => `Slide ${current} of ${total}`,
  previous: 'Previous',
  next: 'Next',
  close: 'Close (Esc)',
  pickSlides: 'Pick slides',
  printHandout: 'Print handout',
  fullScreen: 'Full screen',
  keysHelp:
    'Keys: Right, Space or Page Down for next; Left or Page Up for previous; Home, End; N for speaker notes; Esc to close.',
  speakerNotes: 'Speaker notes',
  /** After a slide's condensed on-screen note (the deck): where the full caveats are. */
  moreInNotes: 'All caveats: speaker notes (N).',
  /** The on-slide form of the exchange-rate note (the full rates are in the speaker notes). */
  fxShortNote: 'EUR at one approximate, sourced rate per currency (fx-rates.json).',
  /** The on-slide form of a disputed-figure note. */
  disputedShortNote: (mark: string) =>
    `${mark} disputed figure (both values and sources in the notes).`,
  notesFor: (title: string) => `Speaker notes: ${title}`,
  loadingSlide: 'Loading the data for this slide…',
  slideFailed: (what: string) => `This slide cannot be shown: ${what} could not be loaded.`,
  emptyDeck: 'No slides are chosen. Use “Pick slides” to add charts to the deck.',
  sourceLabel: 'Source',
  asOfLabel: 'As of',
  filtersLabel: 'Filters',
  unitsLabel: 'Units',
  noteLabel: 'Note',
  roundingLabel: 'Rounding (decimals per column)',

  pickTitle: 'Pick and order the slides',
  pickIntro: 'Tick the charts to show; move them up or down to set the order.',
  moveUp: (title: string) => `Move “${title}” up`,
  moveDown: (title: string) => `Move “${title}” down`,
  up: 'Up',
  down: 'Down',
  apply: 'Apply',
  cancel: 'Cancel',
  pickNone: 'Choose at least one slide.',
  exportMenuLabel: (title: string) => `Export “${title}”`,
  exportPng: 'PNG image, 1920 × 1080',
  exportPng2x: 'PNG image, 2× (3840 × 2160)',
  exportSvg: 'SVG image',
  exportCsv: 'Data as CSV',
  copyImage: 'Copy image',
  exportBusy: 'Preparing the file…',
  exportDone: (file: string) => `Downloaded ${file}.`,
  copied: 'Image copied to the clipboard.',
  copyRefused: (why: string) =>
    `The browser did not allow copying the image (${why}). Download the PNG instead.`,
  exportFailed: (why: string) => `Export failed: ${why}`,
  exportNotReady: 'The data for this chart is still loading; try again in a moment.',
  embedTitle: 'Embed a chart',
  embedIntro:
    'Paste this HTML into a web page. The frame shows the chart alone, with its source and as-of date, following the filters of this view.',
  embedChart: 'Chart',
  embedCode: 'HTML to paste',
  copyCode: 'Copy code',
  codeCopied: 'Embed code copied.',
  closeDialog: 'Close',
  openFullView: 'Open the full dashboard',
  embedUnknownChart: 'This embed link names no chart of the dashboard.',
  conversionNote: (note: string) => note,
  /** Accessible name of a slide's legend list. */
  legend: 'Legend',
  /** Accessible name of a slide's numbered key (the PURL packages' donors). */
  numberedKey: 'Key to the numbered packages',

  /**
   * The explorer slides (pledges by donor, PURL timeline, Kiel allocations and months) in the
   * words the slide-only parts need; titles, column words and category labels come from the
   * interface dictionary (messages()). Amounts and counts arrive formatted.
   */
  explorer: {
    /** joinWords: "Poland, Norway and Germany". */
    and: ' and ',
    percent: (value: string) => `${value}%`,
    jointLegend: 'Joint, not attributed (hatched)',
    donorCode: 'Donor code',
    more: (count: string) => `${count} more`,
    moreDonors: (count: string) => `${count} more donors`,
    pledgeSource:
      'Project research file of sourced pledges (pledges.json; every line’s source in the pledge table of the dashboard)',
    purlUnits: 'EUR million at reference rates; packages numbered by date, donors in the key',
    purlJointLegend: 'Joint package (total, hatched)',
    description: 'Description',
    currency: 'Currency',
    amountMillion: 'Amount as announced (million, in the currency of the next column)',
    unitEurBn: 'EUR bn',
    unitGdp: '% of GDP',
    notInGdpView: (list: string) => `Not in the % of GDP view: ${list}.`,

    allFilters: 'All donors, instruments, categories and dates',
    donorsFilter: (names: string) => `Donors: ${names}`,
    manyDonors: (count: number, firstNames: string) => `${count} donors (${firstNames}, …)`,
    instrumentsFilter: (names: string) => `Instruments: ${names}`,
    categoriesFilter: (names: string) => `Categories: ${names}`,
    fromTo: (from: string, to: string) => `${from} to ${to}`,
    fromOnly: (from: string) => `From ${from}`,
    upTo: (to: string) => `Up to ${to}`,

    noPledges: 'No pledges match this filter.',
    onlyJoint: (total: string) =>
      `${total} counted, all in joint packages not attributed to one country.`,
    jointPart: (amount: string) => `; ${amount} of joint packages not attributed to one country`,
    oneDonor: (donor: string, amount: string, joint: string) =>
      `${donor}: ${amount} counted${joint}.`,
    leadingDonor: (
      donor: string,
      amount: string,
      share: string,
      total: string,
      count: string,
      joint: string,
    ) =>
      `${donor} leads with ${amount}, ${share} of the ${total} counted for ${count} donors${joint}.`,

    noPurl: 'No PURL pledges match this filter.',
    purlLatestMonth: (month: string, label: string, running: string) =>
      `Latest month ${month}: ${label}; ${running} in total, every euro counted once.`,
    purlOnly: 'the only one',
    purlLatestOf: (count: string) => `the latest of ${count}`,
    purlLatest: (who: string, amount: string, date: string, count: string, running: string) =>
      `${who}: ${amount} via PURL on ${date}, ${count}; ${running} in total, every euro counted once.`,
    /** With a donor filter: only the selected donors' own pledges (joint packages with others apart). */
    purlOwnLatest: (who: string, amount: string, date: string, count: string, own: string) =>
      `${who}: ${amount} via PURL on ${date}, ${count} by the selected donors; ${own} of their own money.`,
    purlJointApart: (count: string) =>
      ` ${count} joint ${count === '1' ? 'package' : 'packages'} with other donors not counted here.`,
    purlAllJoint: (who: string, count: string) =>
      `${who}: PURL money only in ${count} joint ${count === '1' ? 'package' : 'packages'} with donors outside the filter.`,

    noKiel: 'No Kiel tracker allocations match this filter.',
    kielGdpLead: (donor: string, share: string, count: string, together: string) =>
      `${donor} gives the most relative to its economy: ${share} of GDP; the ${count} donors together ${together} of their combined GDP.`,
    kielOneDonor: (donor: string, amount: string) => `${donor} allocated ${amount}.`,
    kielLead: (donor: string, amount: string, share: string, total: string, count: string) =>
      `${donor} allocated the most: ${amount}, ${share} of the ${total} allocated by the ${count} donors shown.`,
    kielLargestMonth: (month: string, amount: string, latest: string) =>
      `Largest month: ${month} with ${amount}; ${latest}.`,
    kielLargestIsLatest: 'which is also the latest month',
    kielLatestMonth: (month: string, amount: string) => `latest month ${month}: ${amount}`,
  },

  /** Slides of the financing page (`?page=financing`); amounts arrive formatted. */
  financing: {
    fundingGapTitle: 'Funding gap 2026–2027: need and what covers it',
    fundingGapUnits: 'EUR billion; amounts in other currencies converted at the reference rates',
    estimateSummary: (label: string) => `need estimate ${label}`,
    estimateUnrecognised: (value: string, label: string) =>
      `the link’s need estimate “${value}” was not recognised; showing the default, ${label}`,
    needBar: (label: string) => `Need (${label})`,
    gapLegend: 'Remaining gap (dashed outline)',
    needLegend: 'Need',
    gapLine: (label: string) => `${label} (need minus covered)`,
    subtotalLine: (status: string) => `Subtotal, ${status}`,
    gapColumns: [
      'Line',
      'Status',
      'Amount as stated (million, in the currency of the next column)',
      'Currency',
      'Rate (EUR per unit of that currency)',
      'Amount (EUR bn)',
      'Left after this line (EUR bn)',
    ],
    scenarioColumns: [
      'Year',
      'Plan A interest share, cumulative (EUR bn)',
      'Plan B guarantee, reported (EUR bn)',
      'Plan B guarantee, computed with GDP key (EUR bn)',
    ],
    guaranteeColumns: ['Member state', 'Code', 'Guarantee (EUR bn)', 'Sources'],
    fundingGapSource: (estimateSources: string) =>
      `Need: ${estimateSources}; coverage: each line’s source in the data table (financing.json)`,

    guaranteesTitle: 'Plan B: national guarantees as reported',
    guaranteesUnits: 'EUR bn per member state, reparations loan, shared by GNI/economic weight',
    guaranteesLead: (country: string, amount: string, share: string, total: string, n: number) =>
      `${country} carries the largest reported guarantee: ${amount}, ${share} of the ${total} listed for ${n} member states.`,
    guaranteesNone: 'No national guarantees are reported.',
    guaranteeLegend: 'Reported guarantee',
    guaranteesSvgTitle: 'Plan B national guarantees, EUR bn',
    guaranteesSummary: 'as reported; not adopted',
    reportedBy: (sources: string) => `reported by ${sources}`,

    scenarioDeckTitle: 'Scenario: Plan A interest share against Plan B guarantee',
    scenarioTitle: (country: string) => `${country}: Plan A interest vs Plan B guarantee`,
    scenarioUnits:
      'EUR bn; bars: Plan A interest paid so far (cumulative); lines: Plan B guarantee',
    /** `country` already possessive ("Germany’s"). */
    scenarioShare: (rate: string, years: string, country: string, share: string, planB: string) =>
      `At ${rate} for ${years}, ${country} share of Plan A’s interest is ${share}, against a Plan B guarantee of ${planB}.`,
    scenarioNotParticipant: (rate: string, years: string, country: string, planB: string) =>
      `At ${rate} for ${years}, ${country} is not among Plan A’s participants and pays none of its interest; its Plan B guarantee: ${planB}.`,
    /** `country` already possessive. */
    scenarioNoGdp: (country: string) =>
      `${country} share cannot be computed: the GDP key has no value for it.`,
    years: (n: number) => (n === 1 ? '1 year' : `${n} years`),
    planBReported: (amount: string) => `${amount} (reported)`,
    planBComputed: (amount: string) => `${amount} (computed with the GDP key; none reported)`,
    planBUnknown: 'unknown (none reported, none computable)',
    scenarioSummary: (rate: string, years: string, participants: number, country: string) =>
      `rate ${rate}, ${years}, ${participants} participating member states, country ${country}`,
    inputDefaulted: (field: string, message: string) =>
      `${field} in the link not usable (${message}) – the default is used`,
    inputNote: (field: string, message: string) => `${field} in the link: ${message}`,
    possessive: (name: string) => (name.endsWith('s') ? `${name}’` : `${name}’s`),
    fieldNames: { rate: 'rate', years: 'years', members: 'participants', country: 'country' },
    shareLegend: (country: string) => `${country}: Plan A interest paid so far`,
    reportedLine: 'Plan B, reported (solid line)',
    computedLine: 'Plan B, computed with GDP key (dashed line)',
    scenarioSvgTitle: (country: string) =>
      `${country}: Plan A interest share, cumulative, against the Plan B guarantee, EUR bn`,
    /** The reference lines' labels on the chart; `amount` in EUR bn. */
    reportedLineLabel: (amount: string) => `Plan B, reported: ${amount}`,
    computedLineLabel: (amount: string) => `Plan B, computed with GDP key: ${amount}`,
    yearLabel: (n: number) => `Year ${n}`,
    scenarioSource: (rate: string, guarantees: string) =>
      `interest rate from ${rate}; GDP key: Kiel Institute, Ukraine Support Tracker, Release 29 (data_explorer.csv, gdp) [official]; guarantees: ${guarantees}`,
    guaranteesAsReported: 'as reported (sources on the Plan B guarantees slide)',
    noneReported: 'none reported for this country',
    scenarioNote:
      'Interest is money paid; a guarantee is paid only if the assets must be returned: never added. Plan B was not adopted.',
  },
};

export type BriefingText = typeof BRIEFING_TEXT_EN;

/** The briefing text in `locale`. */
export function briefingText(locale: Locale = getLocale()): BriefingText {
  return locale === 'de' ? BRIEFING_TEXT_DE : BRIEFING_TEXT_EN;
}

/**
 * The briefing text in the current locale, read at each use (the app re-mounts on a language
 * change), so that `BRIEFING_TEXT.present` follows the language without passing it around.
 */
export const BRIEFING_TEXT: BriefingText = new Proxy(BRIEFING_TEXT_EN, {
  get: (_target, key) => Reflect.get(briefingText(), key) as unknown,
});

/**
 * The funding-page slide words in the current locale, read at each use: modules may keep it in
 * a constant without freezing the language they were first loaded in.
 */
export const FINANCING_SLIDE_TEXT: BriefingText['financing'] = new Proxy(
  BRIEFING_TEXT_EN.financing,
  { get: (_target, key) => Reflect.get(briefingText().financing, key) as unknown },
);
