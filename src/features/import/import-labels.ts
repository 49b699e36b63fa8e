import { MONTHS } from '@/lib/format';
import { getLocale, type Locale } from '@/lib/i18n/locale';

/**
 * The import feature's text that the first view needs (the Data button, the banner while imported
 * data is in use, the source line and heading of charts drawn from it), English and German. The
 * panel's and the report's text is in import-text.ts, which only the lazily loaded panel imports.
 */
export const importLabelsEn = {
  months: MONTHS.en,
  /** "25 Nov 2026 14:02" */
  dateTime: (day: number, month: string, year: number, time: string) =>
    `${day} ${month} ${year} ${time}`,
  userDataLabel: (fileName: string, importedAt: string) =>
    `Your data: ${fileName} (imported ${importedAt})`,
  kielHeading: (fileName: string, importedAt: string) =>
    `Context: your Kiel tracker data, ${fileName} (imported ${importedAt})`,
  kindNames: { kiel: 'Kiel tracker data (data_explorer.csv)', pledges: 'pledge list' },
  and: ' and ',

  dataButton: 'Data',
  dialogTitle: 'Data sets',
  close: 'Close',
  loadingPanel: 'data sets',
  dismiss: 'Dismiss',

  bannerLabel: 'Data in use',
  /** Around the user data label (shown bold). */
  showingBefore: 'Showing ',
  showingAfter: {
    kiel: ' instead of the bundled Kiel tracker data (data_explorer.csv).',
    pledges: ' instead of the bundled pledge list.',
  },
  /** A pledge list kept to add to the bundled one. */
  showingAdded: ' added to the bundled pledge list (a line with a bundled id replaces that line).',
  /** Between the bundled source and the user's file in a chart's source line. */
  sourcePlus: '; with ',
  switchBack: {
    kiel: 'Switch back to the bundled Kiel data',
    pledges: 'Switch back to the bundled pledges',
  },
  lost: (names: string) =>
    `The ${names} you had chosen is no longer stored in this browser, so the bundled data is shown.`,
  sourceSuffix: ', checked in this browser; not a published source.',
  /** A chart's load error when the set in use is gone (removed in another tab, storage cleared). */
  missingSet: {
    kiel: 'Your Kiel tracker data set is no longer stored in this browser; switch back to the bundled data or import the file again.',
    pledges:
      'Your pledge data set is no longer stored in this browser; switch back to the bundled data or import the file again.',
  },
};

export type ImportLabels = typeof importLabelsEn;

export const importLabelsDe = {
  months: MONTHS.de,
  dateTime: (day: number, month: string, year: number, time: string) =>
    `${day}. ${month} ${year}, ${time} Uhr`,
  userDataLabel: (fileName: string, importedAt: string) =>
    `Ihre Daten: ${fileName} (importiert am ${importedAt})`,
  kielHeading: (fileName: string, importedAt: string) =>
    `Kontext: Ihre Kiel-Tracker-Daten, ${fileName} (importiert am ${importedAt})`,
  kindNames: { kiel: 'Kiel-Tracker-Daten (data_explorer.csv)', pledges: 'Zusagenliste' },
  and: ' und ',

  dataButton: 'Daten',
  dialogTitle: 'Datensätze',
  close: 'Schließen',
  loadingPanel: 'Datensätze',
  dismiss: 'Schließen',

  bannerLabel: 'Verwendete Daten',
  showingBefore: 'Angezeigt werden ',
  showingAfter: {
    kiel: ' statt der mitgelieferten Kiel-Tracker-Daten (data_explorer.csv).',
    pledges: ' statt der mitgelieferten Zusagenliste.',
  },
  showingAdded:
    ' zusätzlich zur mitgelieferten Zusagenliste (eine Zeile mit einer mitgelieferten ID ersetzt diese Zeile).',
  sourcePlus: '; dazu ',
  switchBack: {
    kiel: 'Zurück zu den mitgelieferten Kiel-Daten',
    pledges: 'Zurück zu den mitgelieferten Zusagen',
  },
  lost: (names: string) =>
    `Ihre Auswahl (${names}) ist in diesem Browser nicht mehr gespeichert; daher werden die mitgelieferten Daten gezeigt.`,
  sourceSuffix: ', in diesem Browser geprüft; keine veröffentlichte Quelle.',
  missingSet: {
    kiel: 'Ihr Kiel-Tracker-Datensatz ist in diesem Browser nicht mehr gespeichert; wechseln Sie zu den mitgelieferten Daten oder importieren Sie die Datei erneut.',
    pledges:
      'Ihr Zusagen-Datensatz ist in diesem Browser nicht mehr gespeichert; wechseln Sie zu den mitgelieferten Daten oder importieren Sie die Datei erneut.',
  },
} satisfies ImportLabels;

const LABELS: Record<Locale, ImportLabels> = { en: importLabelsEn, de: importLabelsDe };

/** The first view's import labels in `locale` (default: the current one). */
export function importLabels(locale: Locale = getLocale()): ImportLabels {
  return LABELS[locale];
}
