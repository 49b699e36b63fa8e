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
  line: (label: string, file: string, key: string) => `${label || key} (${file}, ${key})`,
  change: (field: string, old: string, now: string) => `${field}: ${old} → ${now}`,
  reason: (text: string) => `Reason: ${text}`,
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
  line: (label, file, key) => `${label || key} (${file}, ${key})`,
  change: (field, old, now) => `${field}: ${old} → ${now}`,
  reason: (text) => `Grund: ${text}`,
};

export function changelogText(locale: Locale = getLocale()): ChangelogText {
  return locale === 'de' ? de : en;
}
