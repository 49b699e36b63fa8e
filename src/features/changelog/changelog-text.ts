/** Text of "What changed in the data" (English and German); dates arrive formatted. */
import { getLocale, type Locale } from '@/lib/i18n/locale';

const en = {
  title: 'What changed in the data',
  intro:
    'Each update of the dashboard’s own data files, newest first: the lines added, revised (old → new, with the reason) and removed.',
  failed: 'The data changelog could not be loaded.',
  none: 'No update recorded yet.',
  entrySummary: (date: string, added: number, revised: number, removed: number) =>
    `${date}: ${added} added, ${revised} revised, ${removed} removed`,
  holds: 'The data after this update',
  added: 'Added',
  revised: 'Revised',
  removed: 'Removed',
  /** Follows a line's label: where the line is. */
  lineWhere: (file: string, key: string) => ` (${file}, ${key})`,
  reason: 'Reason: ',
  /** A line of the data summary ("pledges.json: 52 lines", as written by data:changelog). */
  summaryLine: (line: string) => line,
};

export type ChangelogText = typeof en;

const de: ChangelogText = {
  title: 'Was sich an den Daten geändert hat',
  intro:
    'Jede Aktualisierung der eigenen Datendateien des Dashboards, die neueste zuerst: hinzugefügte, geänderte (alt → neu, mit Grund) und entfernte Zeilen.',
  failed: 'Das Änderungsprotokoll der Daten konnte nicht geladen werden.',
  none: 'Noch keine Aktualisierung verzeichnet.',
  entrySummary: (date, added, revised, removed) =>
    `${date}: ${added} hinzugefügt, ${revised} geändert, ${removed} entfernt`,
  holds: 'Die Daten nach dieser Aktualisierung',
  added: 'Hinzugefügt',
  revised: 'Geändert',
  removed: 'Entfernt',
  lineWhere: (file, key) => ` (${file}, ${key})`,
  reason: 'Grund: ',
  summaryLine: (line) =>
    line.replace(/: (\d+) (lines?)$/, (_all, count: string, word: string) =>
      word === 'line' ? `: ${count} Zeile` : `: ${count} Zeilen`,
    ),
};

export function changelogText(locale: Locale = getLocale()): ChangelogText {
  return locale === 'de' ? de : en;
}
