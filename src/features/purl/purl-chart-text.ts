import { getLocale, type Locale } from '@/lib/i18n/locale';

/**
 * Text of the PURL timeline chart and of the stated running totals under it (English and German),
 * read through `purlChartText()` (below). Not part of the app dictionaries, so it
 * downloads with the chart (a lazy chunk). The descriptions of PURL packages that the first view's
 * conversions need stay in the app dictionary (`purlText`).
 */
export const purlChartTextEn = {
  title: 'PURL packages over time',
  units:
    'EUR million, converted at reference rates, on a time axis: top, the running total without double counting; below, each package or contribution at its announcement, numbered in date order (the key names the donors)',
  source: 'project research file of sourced pledges (sources per line in the pledge table)',
  caption: 'PURL packages and contributions in date order',
  noMatch: 'No PURL pledges match this filter.',
  svgTitle: 'PURL packages over time, EUR million',
  desc: 'A step line for the running total above bars for each package at its announcement date on a time axis, numbered in date order with a key of donors; the data table has the same numbers.',
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
  running: 'Running total',
  keyboardHint: 'chart: arrow keys step through the packages',
  runningAxis: 'Running total without double counting, EUR million',
  barsAxis: {
    week: 'Packages announced each week, EUR million (numbers: see the key below)',
    month: 'Packages announced each month, EUR million (numbers: see the key below)',
  },
  /** The same titles when the key stands beside the chart (the deck), under its own name. */
  barsAxisKeyAside: {
    week: 'Packages announced each week, EUR million',
    month: 'Packages announced each month, EUR million',
  },
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
};

export type PurlChartText = typeof purlChartTextEn;

export const purlChartTextDe = {
  title: 'PURL-Pakete im Zeitverlauf',
  units:
    'Mio. €, umgerechnet zu Referenzkursen, auf einer Zeitachse: oben die laufende Summe ohne Doppelzählung; darunter jedes Paket oder jeder Beitrag bei Ankündigung, nach Datum nummeriert (die Legende nennt die Geber)',
  source:
    'Rechercheliste des Projekts mit belegten Zusagen (Quellen je Zeile in der Tabelle der Zusagen)',
  caption: 'PURL-Pakete und -Beiträge nach Datum',
  noMatch: 'Keine PURL-Zusagen passen zu diesem Filter.',
  svgTitle: 'PURL-Pakete im Zeitverlauf, Mio. €',
  desc: 'Eine Stufenlinie für die laufende Summe über Balken für jedes Paket am Tag seiner Ankündigung auf einer Zeitachse, nach Datum nummeriert mit einer Legende der Geber; die Datentabelle enthält dieselben Zahlen.',
  columns: {
    date: 'Angekündigt',
    label: 'Paket oder Beitrag',
    amount: 'Betrag (original)',
    eur: 'Mio. € (umgerechnet)',
    adds: 'Erhöht die laufende Summe um (Mio. €)',
    running: 'Laufende Summe (Mio. €)',
  },
  single: 'Beitrag eines Landes',
  jointTotal: 'Gemeinsames Paket (gesamt)',
  running: 'Laufende Summe',
  keyboardHint: 'Diagramm: Pfeiltasten gehen die Pakete durch',
  runningAxis: 'Laufende Summe ohne Doppelzählung, Mio. €',
  barsAxis: {
    week: 'Pro Woche angekündigte Pakete, Mio. € (Nummern: siehe Legende unten)',
    month: 'Pro Monat angekündigte Pakete, Mio. € (Nummern: siehe Legende unten)',
  },
  barsAxisKeyAside: {
    week: 'Pro Woche angekündigte Pakete, Mio. €',
    month: 'Pro Monat angekündigte Pakete, Mio. €',
  },
  statedLoading: 'Genannte laufende Summen werden geladen …',
  statedUnavailable: 'Genannte laufende Summen nicht verfügbar:',
  statedSummary: (count: string) =>
    `Laufende Summen laut NATO, USA, Ukraine und Presse (${count}; keine Zusagen, nie addiert)`,
  per: (period: string) =>
    ` pro ${period === 'month' ? 'Monat' : period === 'year' ? 'Jahr' : period}`,
  statedTypes: {
    cumulative_pledged: 'bisher zugesagt',
    delivered_value: 'bisher geliefert',
    new_pledges_at_meeting: 'neue Zusagen bei einem Treffen',
    target: 'Ziel',
    cumulative_2025: 'im Jahr 2025 aufgebracht',
  },
  notes:
    'Gemeinsame Pakete sind ein schraffierter Balken; ihre bekannten Länderanteile werden dort genannt, der Rest ist „keinem einzelnen Land zugeordnet“.',
} satisfies PurlChartText;

/**
 * The PURL chart's text in `locale` (default: the current one). Kept out of the app dictionary so
 * that it loads with the chart, not with the first view; read at render time, so a language switch
 * re-words the chart at once.
 */
export function purlChartText(locale: Locale = getLocale()): PurlChartText {
  return locale === 'de' ? purlChartTextDe : purlChartTextEn;
}
