import { formatCount } from '@/lib/format';
import { getLocale, type Locale } from '@/lib/i18n/locale';

const lines = (count: number, one: string, many: string) =>
  `${formatCount(count)} ${count === 1 ? one : many}`;

/**
 * Text of the add-or-replace choice of an import, its preview and the data-set list's notes on
 * each set (how it meets the bundled data, whether it is kept for this session only), English
 * and German. Counts are numbers (formatted here). English wording is asserted by the tests.
 */
export const importModeTextEn = {
  legend: 'What this file does to the bundled pledges',
  add: 'Add its lines to the bundled data',
  replace: 'Use only its lines (replace the bundled data)',
  /** `added`: new lines; `replaced`: bundled lines the file replaces (same id). */
  adds: (added: number, bundled: number, replaced: number, total: number) =>
    `Adds ${lines(added, 'line', 'lines')} to the ${lines(bundled, 'bundled line', 'bundled lines')}${replaced ? ` and replaces ${formatCount(replaced)} of them` : ''}: ${lines(total, 'line', 'lines')} in use.`,
  addsUnknown: (imported: number) =>
    `Adds ${lines(imported, 'line', 'lines')} to the bundled lines (the bundled file could not be read just now, so they cannot be counted here).`,
  replaces: (imported: number, bundled: number) =>
    `Replaces the ${lines(bundled, 'bundled line', 'bundled lines')} with ${formatCount(imported)}.`,
  replacesUnknown: (imported: number) =>
    `Replaces the bundled lines with ${lines(imported, 'line', 'lines')} from this file.`,
  duplicates: (count: number, ids: string) =>
    `${lines(count, 'line', 'lines')} of this file ${count === 1 ? 'has an id' : 'have ids'} the bundled data already has: ${ids}. Each replaces the bundled line with the same id (the bundled line is not used; it stays in the bundled data).`,
  leftOut: (count: number, ids: string) =>
    `Adding leaves out ${lines(count, 'line', 'lines')} whose links to a joint package or a larger pledge no longer hold, so that nothing is counted twice: ${ids}.`,
  kielReplaces:
    'A Kiel file replaces the bundled Kiel tracker data while it is in use (the bundled data stays one click away).',
  doneAdded: 'Its lines were added to the bundled pledges.',
  listAdds: 'adds to the bundled pledges',
  listReplaces: (kind: 'kiel' | 'pledges'): string =>
    kind === 'kiel' ? 'replaces the bundled Kiel data' : 'replaces the bundled pledges',
  sessionOnly: 'kept for this session only: gone after a reload, this browser could not store it',
};

export type ImportModeText = typeof importModeTextEn;

export const importModeTextDe = {
  legend: 'Was diese Datei mit den mitgelieferten Zusagen macht',
  add: 'Ihre Zeilen zu den mitgelieferten Daten hinzufügen',
  replace: 'Nur ihre Zeilen verwenden (mitgelieferte Daten ersetzen)',
  adds: (added: number, bundled: number, replaced: number, total: number) =>
    `Fügt den ${lines(bundled, 'mitgelieferten Zeile', 'mitgelieferten Zeilen')} ${lines(added, 'Zeile', 'Zeilen')} hinzu${replaced ? ` und ersetzt ${formatCount(replaced)} davon` : ''}: ${lines(total, 'Zeile', 'Zeilen')} in Verwendung.`,
  addsUnknown: (imported: number) =>
    `Fügt den mitgelieferten Zeilen ${lines(imported, 'Zeile', 'Zeilen')} hinzu (die mitgelieferte Datei ließ sich gerade nicht lesen, daher hier keine Zählung).`,
  replaces: (imported: number, bundled: number) =>
    `Ersetzt die ${lines(bundled, 'mitgelieferte Zeile', 'mitgelieferten Zeilen')} durch ${formatCount(imported)}.`,
  replacesUnknown: (imported: number) =>
    `Ersetzt die mitgelieferten Zeilen durch ${lines(imported, 'Zeile', 'Zeilen')} aus dieser Datei.`,
  duplicates: (count: number, ids: string) =>
    `${lines(count, 'Zeile', 'Zeilen')} dieser Datei ${count === 1 ? 'hat eine ID' : 'haben IDs'}, die es in den mitgelieferten Daten schon gibt: ${ids}. Jede ersetzt die mitgelieferte Zeile mit derselben ID (diese wird nicht verwendet, bleibt aber in den mitgelieferten Daten).`,
  leftOut: (count: number, ids: string) =>
    `Beim Hinzufügen ${count === 1 ? 'entfällt' : 'entfallen'} ${lines(count, 'Zeile', 'Zeilen')}, deren Verweis auf ein gemeinsames Paket oder eine größere Zusage nicht mehr stimmt, damit nichts doppelt zählt: ${ids}.`,
  kielReplaces:
    'Eine Kiel-Datei ersetzt die mitgelieferten Kiel-Tracker-Daten, solange sie verwendet wird (die mitgelieferten Daten bleiben einen Klick entfernt).',
  doneAdded: 'Ihre Zeilen wurden zu den mitgelieferten Zusagen hinzugefügt.',
  listAdds: 'ergänzt die mitgelieferten Zusagen',
  listReplaces: (kind: 'kiel' | 'pledges') =>
    kind === 'kiel'
      ? 'ersetzt die mitgelieferten Kiel-Daten'
      : 'ersetzt die mitgelieferten Zusagen',
  sessionOnly:
    'nur für diese Sitzung gehalten: nach einem Neuladen weg, dieser Browser konnte sie nicht speichern',
} satisfies ImportModeText;

const TEXT: Record<Locale, ImportModeText> = { en: importModeTextEn, de: importModeTextDe };

export function importModeText(locale: Locale = getLocale()): ImportModeText {
  return TEXT[locale];
}
