import { getLocale, type Locale } from '@/lib/i18n/locale';

/**
 * Text of the Kiel tracker charts (English and German), read through `kielText()`
 * (below): titles, units, tables and notes, and under `rows` why a row of a Kiel file
 * could not be read or a donor is left out. Not part of the app dictionaries, so it downloads with
 * the Kiel charts (a lazy chunk), not with the first view. Functions take numbers already formatted
 * where they take text.
 */
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const kielTextEn = {
  allocationsTitle: 'Allocations by donor (Kiel tracker)',
  monthlyTitle: 'Allocations per month (Kiel tracker)',
  unitsEur: 'EUR billion, allocations',
  unitsGdp: '% of donor GDP',
  measure: 'Measure',
  measureEur: 'EUR bn',
  measureGdp: '% of GDP',
  categories: { military: 'Military', financial: 'Financial', humanitarian: 'Humanitarian' },
  /** Which date is which: the data run to the as-of month; the release came out later. */
  released: (period: string, date: string) => ` · data to ${period} · released ${date}`,
  dataPeriod: (month: string) => `${month} (last month of data)`,
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
  /** Rows of a Kiel tracker file that could not be read, and why donors are left out. */
  rows: {
    wholeRow: '(row)',
    wholeFile: '(file)',
    empty: 'is empty',
    wholeNumber: (min: string, max: string, found: string) =>
      `expected a whole number from ${min} to ${max}, found "${found}"`,
    number: (found: string) => `expected a number, found "${found}"`,
    negative: (value: string) => `must not be negative, found ${value}`,
    implausible: (value: string, max: string) =>
      `${value} is not plausible (more than ${max}); the row is left out`,
    unusual: (value: string, limit: string) =>
      `${value} is unusually large (more than ${limit}); check the row`,
    notNumber: (found: string) => `not a number ("${found}"); treated as missing`,
    cells: (expected: string, found: string) => `expected ${expected} cells, found ${found}`,
    totalDiffers: (total: string, parts: string, sum: string) =>
      `total ${total} differs from ${parts} = ${sum}`,
    secondRow: (iso: string, period: string, line: string) =>
      `second row for ${iso} ${period} (first on line ${line})`,
    notDate: (date: string) => `not a real date: "${date}"`,
    format: (format: string, found: string) => `expected ${format}, found "${found}"`,
    euNoGdp: 'EU institutions have no GDP',
    noGdp: 'no GDP in the data',
    missingColumns: (list: string) => `missing required column(s): ${list}`,
    truncated: (rows: string) =>
      `the file ends in the middle of a row after ${rows} rows (truncated transfer?)`,
    noRows: 'no data rows',
    noneValid: (rows: string) => `none of its ${rows} data rows is valid`,
    at: (line: string, field: string | null, message: string) =>
      `line ${line}${field === null ? '' : `, ${field}`}: ${message}`,
  },
};

export type KielText = typeof kielTextEn;

export const kielTextDe = {
  allocationsTitle: 'Bereitstellungen nach Geberland (Kiel-Tracker)',
  monthlyTitle: 'Bereitstellungen je Monat (Kiel-Tracker)',
  unitsEur: 'Mrd. €, Bereitstellungen',
  unitsGdp: '% des BIP des Geberlands',
  measure: 'Maß',
  measureEur: 'Mrd. €',
  measureGdp: '% des BIP',
  categories: { military: 'Militärisch', financial: 'Finanziell', humanitarian: 'Humanitär' },
  released: (period: string, date: string) => ` · Daten bis ${period} · veröffentlicht am ${date}`,
  dataPeriod: (month: string) => `${month} (letzter Datenmonat)`,
  noTable: (file: string) => `Keine Datentabelle: ${file} konnte nicht geladen werden.`,
  loading: 'Wird geladen …',
  loadWhat: (file: string) => `Datei ${file} des Kiel-Trackers`,
  showTop: (count: number) => `Nur die größten ${count} Geber zeigen`,
  showAll: (count: number) => `Alle ${count} Geber zeigen`,
  noMatch: 'Keine Bereitstellungen des Kiel-Trackers passen zu diesem Filter.',
  allocationsSvgTitle: (unit: string) => `Bereitstellungen nach Geberland, ${unit}`,
  allocationsDesc: (count: number, categories: string) =>
    `Gestapelte waagerechte Balken, einer je Geber (${count} gezeigt), aufgeteilt in ${categories}; die Datentabelle enthält dieselben Zahlen.`,
  monthlySvgTitle: 'Bereitstellungen je Monat, Mrd. €',
  monthlyDesc: (from: string, to: string) =>
    `Gestapelte Balken, einer je Monat von ${from} bis ${to}; die Datentabelle enthält dieselben Zahlen.`,
  donor: 'Geber',
  month: 'Monat',
  column: (label: string, unit: string) => `${label} (${unit})`,
  totalColumn: (unit: string) => `Summe (${unit})`,
  footerGdp: (count: number) => `Alle ${count} Geber (% ihres gemeinsamen BIP)`,
  footerEur: (count: number) => `Summe, ${count} Geber`,
  footerMonths: (count: number) => `Summe, ${count} Monate`,
  allocationsCaption: (gdp: boolean) =>
    `Bereitstellungen nach Geberland, ${gdp ? '% des BIP des Geberlands' : 'Mrd. €'}, größte zuerst`,
  monthlyCaption: 'Bereitstellungen je Monat, Mrd. €',
  negative: (count: number) =>
    `${count} ${plural(count, 'Geber-Monat', 'Geber-Monate')} in dieser Auswahl ${plural(count, 'weist', 'weisen')} einen negativen Wert „noch bereitzustellen“ aus (eine Nettogröße: Hilfe, die später bereitgestellt als zugesagt wurde). Wie veröffentlicht übernommen; nie von den gezeigten Bereitstellungen abgezogen.`,
  excluded: (count: number, list: string) =>
    `Nicht als % des BIP gezeigt (${count} Geber): ${list}.`,
  instrumentsIgnored: 'Instrumentfilter gelten nur für Zusagen, nicht für den Kiel-Tracker.',
  problems: (count: number, file: string, line: number, field: string, message: string) =>
    `${count} ${plural(count, 'Zeile', 'Zeilen')} von ${file} ${plural(count, 'konnte', 'konnten')} nicht gelesen werden und ${plural(count, 'bleibt', 'bleiben')} außen vor (erste: Zeile ${line}, ${field}: ${message}).`,
  rows: {
    wholeRow: '(Zeile)',
    wholeFile: '(Datei)',
    empty: 'ist leer',
    wholeNumber: (min: string, max: string, found: string) =>
      `erwartet: eine ganze Zahl von ${min} bis ${max}, gefunden: „${found}“`,
    number: (found: string) => `erwartet: eine Zahl, gefunden: „${found}“`,
    negative: (value: string) => `darf nicht negativ sein, gefunden: ${value}`,
    implausible: (value: string, max: string) =>
      `${value} ist nicht plausibel (mehr als ${max}); die Zeile wird ausgelassen`,
    unusual: (value: string, limit: string) =>
      `${value} ist ungewöhnlich groß (mehr als ${limit}); bitte die Zeile prüfen`,
    notNumber: (found: string) => `keine Zahl („${found}“); als fehlend behandelt`,
    cells: (expected: string, found: string) => `erwartet: ${expected} Zellen, gefunden: ${found}`,
    totalDiffers: (total: string, parts: string, sum: string) =>
      `Summe ${total} weicht von ${parts} = ${sum} ab`,
    secondRow: (iso: string, period: string, line: string) =>
      `zweite Zeile für ${iso} ${period} (erste in Zeile ${line})`,
    notDate: (date: string) => `kein gültiges Datum: „${date}“`,
    format: (format: string, found: string) => `erwartet: ${format}, gefunden: „${found}“`,
    euNoGdp: 'EU-Institutionen haben kein BIP',
    noGdp: 'kein BIP in den Daten',
    missingColumns: (list: string) => `Pflichtspalte(n) fehlen: ${list}`,
    truncated: (rows: string) =>
      `die Datei endet mitten in einer Zeile nach ${rows} Zeilen (Übertragung abgebrochen?)`,
    noRows: 'keine Datenzeilen',
    noneValid: (rows: string) => `keine ihrer ${rows} Datenzeilen ist gültig`,
    at: (line: string, field: string | null, message: string) =>
      `Zeile ${line}${field === null ? '' : `, ${field}`}: ${message}`,
  },
} satisfies KielText;

/**
 * The Kiel charts' text in `locale` (default: the current one). Kept out of the app dictionary so
 * that it loads with the Kiel charts, not with the first view; read at render time (and when a file
 * is parsed), so a language switch re-words the charts at once.
 */
export function kielText(locale: Locale = getLocale()): KielText {
  return locale === 'de' ? kielTextDe : kielTextEn;
}
