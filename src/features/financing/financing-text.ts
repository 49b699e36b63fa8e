import { getLocale, type Locale } from '@/lib/i18n/locale';

/**
 * Interface text of the funding gap page (English and German), read through `financingText()`
 * (below); not part of the app dictionaries, so it loads with the page. Functions
 * take numbers already formatted.
 */
export const financingEn = {
  pageTitle: 'Funding gap 2026–2027 and the EU’s decision',
  pageLede:
    'How much external money Ukraine needs in 2026 and 2027, what covers it so far (by status: disbursed, decided, pledged, proposed), and how the EU went from Plan A and Plan B to its EUR 90bn loan. Every figure links to its source; where sources disagree, both values are shown.',
  /** Phones: the lede folds under this summary, so that the first screen holds the gap chart. */
  aboutPage: 'What this page shows',
  switcherLegend: 'Need estimate for 2026–2027',
  /** Who made each need estimate, by its id in financing.json (the switcher's and chart's label). */
  estimateNames: {
    commission: 'Commission',
    'imf-135': 'IMF',
    'imf-137': 'IMF/Commission',
    'news-100': 'News report',
  },
  /** "Commission: €135.7B"; the amount arrives formatted and qualified. */
  estimateLabel: (name: string, amount: string) => `${name}: ${amount}`,
  /** An item's paid tranches and the rest of it, as two lines of the coverage. */
  paidPart: (label: string) => `${label}: paid`,
  unpaidPart: (label: string) => `${label}: not yet paid`,
  /** How the source qualified its figure, around the formatted amount. */
  estimateQualified: {
    about: (amount: string) => `about ${amount}`,
    'at-least': (amount: string) => `at least ${amount}`,
    over: (amount: string) => `more than ${amount}`,
  },
  loadingGap: 'the funding gap',
  loadGapWhat: 'the funding gap data (financing.json)',
  sectionLabel: 'Funding gap 2026–2027',
  unrecognised: (value: string, fallback: string) =>
    `The link’s need estimate “${value}” was not recognised; showing the default, ${fallback}.`,
  chartTitle: 'Funding gap 2026–2027: need and what covers it',
  chartUnits:
    'EUR billion; amounts in other currencies converted at the reference rates (see notes)',
  coverageSource: 'coverage: each line’s source in the data table (financing.json)',
  atLeast: 'at least ',
  sumNeed: 'Need ',
  sumCovered: ' − covered ',
  sumSpare: 'covered, with ',
  sumRemaining: 'remaining gap ',
  toSpare: (amount: string) => `${amount} to spare`,
  legend: 'Legend',
  need: 'Need',
  noGapLeft: 'No gap left',
  remainingGap: 'Remaining gap',
  statuses: {
    disbursed: 'Disbursed',
    decided: 'Decided',
    pledged: 'Pledged',
    proposed: 'Proposed',
  },
  chartNeedRow: (label: string) => `Need (${label})`,
  chartCoverRow: 'What covers it',
  chartSvgTitle: 'Funding need and what covers it',
  chartDesc: (need: string, covered: string, gap: string) =>
    `Need ${need}; covered ${covered} by status; remaining gap ${gap}.`,
  subtotal: (status: string) => `Subtotal, ${status}`,
  colLine: 'Line',
  colStatus: 'Status',
  colOriginal: 'Amount as stated',
  colRate: 'Rate (EUR per unit)',
  colEur: 'EUR bn',
  colRunning: 'Left after this line, EUR bn',
  colSource: 'Source',
  colPart: 'Part of the need',
  colPartNeed: 'Need, EUR bn',
  colPartCovered: 'Covered (assigned), EUR bn',
  colPartGap: 'Gap, EUR bn (negative: covered)',
  tableCaption: (label: string) => `Funding gap arithmetic: ${label}`,
  partsCaption: (amount: string) =>
    `By part of the need (coverage not assigned to a part: ${amount})`,
  qualifiers: { about: 'about ', over: 'more than ', 'at-least': 'at least ' },
  theEstimate: 'The estimate:',
  estimateFor: (period: string, statedBy: string) => ` for ${period}, stated by ${statedBy}. `,
  parts: (list: string) => ` Parts: ${list}.`,
  source: 'Source:',
  sourcesDisagree: 'Sources disagree:',
  theTotal: 'the total',
  thePart: (part: string) => `the ${part} part`,
  givenHereAs: 'is given here as',
  andAsBy: (amount: string) => `(sources above), and as ${amount} by`,
  lowerBound:
    'This estimate is a lower bound (“more than”), so the gap is one too: the real gap is larger than shown.',
  negativeGap: (firmGap: string) =>
    `A negative gap means the coverage shown exceeds the need. “Decided” = adopted or budgeted, not yet paid; “pledged” = announced or planned by a government; “proposed” = not yet decided. If only disbursed and decided money counts, the gap in the reading shown is ${firmGap}.`,
  whatItCounts: 'What the estimate already counts:',
  unknown: 'unknown',
  unconverted: (list: string) => `Not counted for want of an exchange rate: ${list}.`,
  yourSelection: 'Your donor selection',
  contributes: (amount: string, net: string, since: string) =>
    ` contributes ${amount} of the listed coverage in 2026–2027 (${net} of it promised since ${since}, the new money the net reading subtracts)`,
  noneShown: ' (none of the lines shown)',
  markedInTable: 'Marked ★ in the data table.',
  notCounted: (count: number) => `Not counted (${count})`,
  otherNeeds: (count: number) => `Other need figures: other periods or scope (${count})`,
  compiled: (date: string) => `Data compiled ${date}:`,
  ratesNone: 'All amounts are in EUR; no conversion was needed.',
  rateMissing: (currency: string) => `${currency}: no rate (not counted)`,
  ratesUsed: (parts: string) =>
    `Converted to EUR at the dashboard's reference rates in fx-rates.json, one per currency: ${parts}. Converted amounts are approximate; original amounts are shown beside them.`,
  timelineStatuses: {
    proposed: 'Proposed',
    agreed: 'Agreed',
    adopted: 'Adopted',
    blocked: 'Blocked',
    announced: 'Announced',
    disbursed: 'Disbursed',
    unconfirmed: 'Unconfirmed',
  },
  loadingTimeline: 'the decision timeline',
  loadTimelineWhat: 'the decision timeline (financing.json)',
  timelineTitle: 'Decision timeline: from Plan A and Plan B to the EUR 90bn loan',
  timelineUnits: (count: number) =>
    `${count} dated events, oldest first; each with its outcome and sources`,
  timelineSource: 'each event’s sources are listed under it (financing.json)',
  timelineMine: (names: string) => `Events involving your donor selection (${names}) are marked ★.`,
  involvesSelection: 'involves your donor selection',
  outcome: 'Outcome:',
  sources: 'Sources:',
};

export type FinancingText = typeof financingEn;

export const financingDe = {
  pageTitle: 'Finanzierungslücke 2026–2027 und die Entscheidung der EU',
  pageLede:
    'Wie viel externe Finanzierung die Ukraine 2026 und 2027 braucht, was davon bisher gedeckt ist (nach Stand: ausgezahlt, beschlossen, zugesagt, vorgeschlagen) und wie die EU von Plan A und Plan B zu ihrem Darlehen über 90 Mrd. € kam. Jede Zahl verweist auf ihre Quelle; wo Quellen voneinander abweichen, werden beide Werte gezeigt.',
  aboutPage: 'Was diese Seite zeigt',
  switcherLegend: 'Bedarfsschätzung für 2026–2027',
  estimateNames: {
    commission: 'Kommission',
    'imf-135': 'IWF',
    'imf-137': 'IWF/Kommission',
    'news-100': 'Nachrichtenbericht',
  },
  estimateLabel: (name: string, amount: string) => `${name}: ${amount}`,
  paidPart: (label) => `${label}: gezahlt`,
  unpaidPart: (label) => `${label}: noch nicht gezahlt`,
  estimateQualified: {
    about: (amount: string) => `rund ${amount}`,
    'at-least': (amount: string) => `mindestens ${amount}`,
    over: (amount: string) => `über ${amount}`,
  },
  loadingGap: 'Finanzierungslücke',
  loadGapWhat: 'Daten zur Finanzierungslücke (financing.json)',
  sectionLabel: 'Finanzierungslücke 2026–2027',
  unrecognised: (value: string, fallback: string) =>
    `Die Bedarfsschätzung „${value}“ aus dem Link wurde nicht erkannt; gezeigt wird die Standardschätzung, ${fallback}.`,
  chartTitle: 'Finanzierungslücke 2026–2027: Bedarf und Deckung',
  chartUnits:
    'Mrd. €; Beträge in anderen Währungen zu den Referenzkursen umgerechnet (siehe Anmerkungen)',
  coverageSource: 'Deckung: Quelle jeder Zeile in der Datentabelle (financing.json)',
  atLeast: 'mindestens ',
  sumNeed: 'Bedarf ',
  sumCovered: ' − gedeckt ',
  sumSpare: 'gedeckt, mit ',
  sumRemaining: 'verbleibende Lücke ',
  toSpare: (amount: string) => `${amount} Überschuss`,
  legend: 'Legende',
  need: 'Bedarf',
  noGapLeft: 'Keine Lücke',
  remainingGap: 'Verbleibende Lücke',
  statuses: {
    disbursed: 'Ausgezahlt',
    decided: 'Beschlossen',
    pledged: 'Zugesagt',
    proposed: 'Vorgeschlagen',
  },
  chartNeedRow: (label: string) => `Bedarf (${label})`,
  chartCoverRow: 'Deckung',
  chartSvgTitle: 'Finanzierungsbedarf und Deckung',
  chartDesc: (need: string, covered: string, gap: string) =>
    `Bedarf ${need}; gedeckt ${covered}, nach Stand; verbleibende Lücke ${gap}.`,
  subtotal: (status: string) => `Zwischensumme, ${status}`,
  colLine: 'Posten',
  colStatus: 'Stand',
  colOriginal: 'Betrag laut Quelle',
  colRate: 'Kurs (EUR je Einheit)',
  colEur: 'Mrd. €',
  colRunning: 'Verbleibend nach diesem Posten, Mrd. €',
  colSource: 'Quelle',
  colPart: 'Teil des Bedarfs',
  colPartNeed: 'Bedarf, Mrd. €',
  colPartCovered: 'Gedeckt (zugeordnet), Mrd. €',
  colPartGap: 'Lücke, Mrd. € (negativ: gedeckt)',
  tableCaption: (label: string) => `Berechnung der Finanzierungslücke: ${label}`,
  partsCaption: (amount: string) =>
    `Nach Teilen des Bedarfs (keinem Teil zugeordnete Deckung: ${amount})`,
  qualifiers: { about: 'etwa ', over: 'mehr als ', 'at-least': 'mindestens ' },
  theEstimate: 'Die Schätzung:',
  estimateFor: (period: string, statedBy: string) => ` für ${period}, genannt von ${statedBy}. `,
  parts: (list: string) => ` Teile: ${list}.`,
  source: 'Quelle:',
  sourcesDisagree: 'Quellen weichen ab:',
  theTotal: 'die Summe',
  thePart: (part: string) => `der Teil „${part}“`,
  givenHereAs: 'wird hier angegeben mit',
  andAsBy: (amount: string) => `(Quellen oben), dagegen mit ${amount} von`,
  lowerBound:
    'Diese Schätzung ist eine Untergrenze („mehr als“), die Lücke also ebenfalls: Die tatsächliche Lücke ist größer als gezeigt.',
  negativeGap: (firmGap: string) =>
    `Eine negative Lücke bedeutet, dass die gezeigte Deckung den Bedarf übersteigt. „Beschlossen“ = verabschiedet oder im Haushalt veranschlagt, noch nicht ausgezahlt; „zugesagt“ = von einer Regierung angekündigt oder geplant; „vorgeschlagen“ = noch nicht beschlossen. Zählt man nur ausgezahlte und beschlossene Mittel, beträgt die Lücke in der gezeigten Lesart ${firmGap}.`,
  whatItCounts: 'Was die Schätzung schon enthält:',
  unknown: 'unbekannt',
  unconverted: (list: string) => `Mangels Wechselkurs nicht gezählt: ${list}.`,
  yourSelection: 'Ihre Geberauswahl',
  contributes: (amount: string, net: string, since: string) =>
    ` trägt ${amount} zur erfassten Deckung 2026–2027 bei (davon ${net} seit dem ${since} zugesagt: neues Geld, das die Netto-Lesart abzieht)`,
  noneShown: ' (keiner der gezeigten Posten)',
  markedInTable: 'In der Datentabelle mit ★ markiert.',
  notCounted: (count: number) => `Nicht gezählt (${count})`,
  otherNeeds: (count: number) =>
    `Weitere Bedarfszahlen: andere Zeiträume oder Abgrenzungen (${count})`,
  compiled: (date: string) => `Daten zusammengestellt am ${date}:`,
  ratesNone: 'Alle Beträge sind in EUR; keine Umrechnung nötig.',
  rateMissing: (currency: string) => `${currency}: kein Kurs (nicht gezählt)`,
  ratesUsed: (parts: string) =>
    `In EUR umgerechnet zu den Referenzkursen des Dashboards aus fx-rates.json, ein Kurs je Währung: ${parts}. Umgerechnete Beträge sind Näherungswerte; die Originalbeträge stehen daneben.`,
  timelineStatuses: {
    proposed: 'Vorgeschlagen',
    agreed: 'Vereinbart',
    adopted: 'Verabschiedet',
    blocked: 'Blockiert',
    announced: 'Angekündigt',
    disbursed: 'Ausgezahlt',
    unconfirmed: 'Unbestätigt',
  },
  loadingTimeline: 'Chronologie der Entscheidungen',
  loadTimelineWhat: 'Chronologie der Entscheidungen (financing.json)',
  timelineTitle: 'Chronologie: von Plan A und Plan B zum Darlehen über 90 Mrd. €',
  timelineUnits: (count: number) =>
    `${count} datierte Ereignisse, älteste zuerst; jeweils mit Ergebnis und Quellen`,
  timelineSource: 'die Quellen jedes Ereignisses stehen darunter (financing.json)',
  timelineMine: (names: string) =>
    `Ereignisse, an denen Ihre Geberauswahl beteiligt ist (${names}), sind mit ★ markiert.`,
  involvesSelection: 'betrifft Ihre Geberauswahl',
  outcome: 'Ergebnis:',
  sources: 'Quellen:',
} satisfies FinancingText;

/**
 * The funding page's text in `locale` (default: the current one). Kept out of the app dictionary
 * so that it loads with the page, not with the first view; the content re-mounts on a language
 * switch, so reading it at render time is enough.
 */
export function financingText(locale: Locale = getLocale()): FinancingText {
  return locale === 'de' ? financingDe : financingEn;
}
