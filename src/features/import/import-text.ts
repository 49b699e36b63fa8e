import { getLocale, type Locale } from '@/lib/i18n/locale';
import { importLabelsDe, importLabelsEn } from './import-labels';

/**
 * Interface text of the data import panel and its report (English and German), loaded with the
 * panel; it includes the few labels the first view needs (import-labels.ts). Functions take values
 * already formatted. English wording is asserted by the tests: change it only together with them.
 */
export const importTextEn = {
  ...importLabelsEn,

  importTitle: 'Import your own data',
  readAs: 'Read the file as',
  detect: 'Detect from the content',
  detected: (kind: string) => ` (found: ${kind})`,
  pledgeOption: 'Pledge list (CSV or JSON)',
  releaseLabel: 'Kiel release number (optional)',
  nowInUse: (fileName: string, kind: string) =>
    `Now in use: ${fileName} as the ${kind}. The charts, filters and exports use it; the bundled data is kept and one click away.`,
  templatesTitle: 'Templates for a pledge list',
  templatesText:
    'The format is the dashboard’s own (see docs/data-import.md): one row per pledge, amounts in the original currency, each with its source.',
  downloadCsv: 'Download CSV template',
  downloadJson: 'Download JSON template',

  chooseFile: 'Choose a file to import',
  /** Around the file name `data_explorer.csv` (shown as code). */
  dropHintBefore: 'or drop it here. A Kiel ',
  dropHintAfter:
    ' of any release, or a pledge list (CSV or JSON) in this dashboard’s format. The file is checked first; nothing changes until you choose “Use this data”.',
  sizeLimit: (mb: string) => `Files up to ${mb} MB.`,
  tooLarge: (fileName: string, mb: string, limit: string) =>
    `${fileName} is ${mb} MB; files up to ${limit} MB can be imported. Nothing was changed.`,
  nowInUseSession: (fileName: string, kind: string, reason: string) =>
    `Now in use for this session only: ${fileName} as the ${kind}. ${reason} It will be gone after a reload or when this tab closes; import the file again then.`,
  /** Failures shown in the panel (worded when shown: the error is kept in the panel's state). */
  failures: {
    checkFailed: (detail: string) => `The file could not be checked: ${detail}`,
    workerFailed: 'the checking step stopped unexpectedly',
    rowsGone: 'the checked rows are no longer available; check the file again',
    keepFailed: (detail: string) =>
      `Could not keep the data in this browser (nothing was changed): ${detail}`,
  },
  storage: {
    missing: 'This browser cannot keep imported data (no IndexedDB, e.g. in a private window).',
    full: 'This browser’s storage for this site is full, so the data set cannot be kept.',
    failed: 'This browser refused to keep the data set (its storage is blocked or failing).',
  },

  stages: {
    reading: 'Reading the file',
    decoding: 'Decoding the text',
    checking: 'Checking every row',
    done: 'Done',
  },
  progress: (stage: string, fileName: string, percent: number) =>
    `${stage}: ${fileName} (${percent}%)`,
  progressLabel: (fileName: string) => `Checking ${fileName}`,
  cancel: 'Cancel',

  reportTitle: (fileName: string, usable: boolean) =>
    `Check of ${fileName}: ${usable ? 'ready to use' : 'refused'}`,
  readAsKind: (kind: string, format: string, release: string | null) =>
    `Read as a ${kind} (${format})${release ? `, release ${release}` : ''}.`,
  cannotUse: 'This file cannot be used.',
  nothingChanged: 'Nothing was changed.',
  rowsAccepted: 'Rows accepted',
  rowsRejected: 'Rows rejected',
  warnings: 'Warnings',
  rejectedTitle: 'Rejected rows (left out)',
  warningsTitle: 'Warnings (rows kept)',
  saving: 'Saving…',
  useThisData: 'Use this data',
  closeReport: 'Close the report',

  row: (row: number) => `Row ${row}`,
  wholeFile: 'File',
  pagesLabel: (title: string) => `${title}: pages`,
  previous: 'Previous',
  next: 'Next',
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,

  previewNoRates: 'The preview is not available: the reference exchange rates could not be loaded.',
  previewNoData: 'The preview is not available: the data in use now could not be loaded.',
  previewComputing: 'Computing the preview…',
  unitKiel: 'EUR bn, allocations, all months',
  unitPledges: 'EUR bn at reference rates, as counted',
  previewTitle: (unit: string) => `What changes: totals by donor (${unit})`,
  allDonors: (before: string, after: string, change: string) =>
    `All donors: ${before} now, ${after} with this file (${change}).`,
  noChange: 'No donor total changes.',
  changes: (count: number) => `${count} donor total(s) change, largest change first:`,
  previewRegion: 'Totals by donor before and after',
  colDonor: 'Donor',
  colNow: 'Now',
  colAfter: 'With this file',
  colChange: 'Change',
  showFirst: (count: number) => `Show the ${count} largest changes only`,
  showAll: (count: number) => `Show all ${count} donors that change`,

  listTitle: 'Data sets in this browser',
  listError: (message: string) => `The stored data sets could not be read: ${message}`,
  bundledDetail: { kiel: 'bundled: Kiel tracker release 29', pledges: 'bundled: project research' },
  importedDetail: (
    importedAt: string,
    rows: string,
    rejected: string | null,
    release: string | null,
  ) =>
    `your data, imported ${importedAt}: ${rows} rows${rejected ? `, ${rejected} rejected` : ''}${release ? `, release ${release}` : ''}`,
  inUse: 'in use',
  use: 'Use',
  useLabel: (fileName: string) => `Use ${fileName}`,
  exportCsv: 'Export CSV',
  exportCsvLabel: (fileName: string) => `Export CSV: ${fileName}`,
  exportJson: 'Export JSON',
  exportJsonLabel: (fileName: string) => `Export JSON: ${fileName}`,
  remove: 'Remove',
  removeLabel: (fileName: string) => `Remove ${fileName}`,
  exported: (fileName: string) => `Exported ${fileName}.`,
  exportFailed: (message: string) => `Export failed: ${message}`,
  removed: (fileName: string) => `Removed ${fileName}.`,
  removeFailed: (fileName: string, message: string) => `Could not remove ${fileName}: ${message}`,

  /** The check of a file (analyse-*.ts): refusals, notes, reasons for rejected rows, warnings. */
  check: {
    notRecognised:
      'Not recognised: neither a Kiel data_explorer.csv (columns iso, total, ...) nor a pledge list (columns id, donors, instrument, ...). Choose the kind by hand or check the header line.',
    kielNotJson: 'A Kiel tracker file must be the CSV file data_explorer.csv, not JSON.',
    missingColumns: (list: string) => `Missing required column(s): ${list}.`,
    kielTruncated: (rows: string) =>
      `The file ends in the middle of a row after ${rows} rows (cut off?); import the complete file.`,
    noDataRows: 'The file has a header but no data rows.',
    noneValid: (rows: string) => `None of its ${rows} data rows is valid.`,
    bom: 'UTF-8 byte-order mark at the start: removed.',
    kielSemicolon: 'Separator ";" with decimal commas (a spreadsheet export): read as such.',
    optionalAbsent: (list: string) =>
      `Optional column(s) not in this release: ${list}. Shown as "not given"; nothing else changes.`,
    fileLine: (line: string, message: string) => `Line ${line}: ${message}`,
    unknownKielDonor: (iso: string, country: string, rows: string) =>
      `donor code ${iso} ("${country}") is not in the dashboard's donor list: its ${rows} row(s) are kept and shown under the name in the file`,
    unknownPledgeDonors: (codes: string) =>
      `donor code(s) ${codes} not in the dashboard's donor list: kept and shown as the code`,
    noRate: (currency: string) =>
      `${currency} has no reference rate in fx-rates.json: the line is kept, shown as not converted, and not counted in any total`,
    noPledges: 'The file holds no pledges.',
    nonePledgeValid: (rows: string) => `None of its ${rows} pledge rows is valid.`,
    header: (problem: string) => `Header: ${problem}`,
    notJson: (detail: string) => `The file is not valid JSON: ${detail}.`,
    jsonPosition: (message: string, line: string, column: string) =>
      `${message} (line ${line}, column ${column})`,
    plainList: 'A plain list of pledges: title and as-of date were set from the file.',
    expectedObject:
      'Expected an object with "dataset" and "pledges", or a list of pledges (see the template).',
    csvTruncated: 'The file ends in the middle of a row (cut off?); import the complete file.',
    pledgeSemicolon: 'Separator ";" (decimal comma accepted).',
    cells: (expected: string, found: string) => `expected ${expected} cells, found ${found}`,
    utf16: (encoding: string) =>
      `The file is in ${encoding}, not UTF-8. Save it again as "CSV UTF-8" (or JSON in UTF-8) and import that file.`,
    notText:
      'The file is not text (it holds zero bytes): perhaps a spreadsheet (.xlsx) or a compressed file. Save it as "CSV UTF-8" and import that file.',
    windows1252: (examples: string) =>
      `The file is not UTF-8: read as Windows-1252 (Western European), the usual encoding of older Excel CSV files.${examples ? ` Check the names with accents, e.g. ${examples}.` : ''} To be sure, save it as "CSV UTF-8".`,
    duplicateColumn: (name: string, positions: string) =>
      `Column "${name}" appears more than once (columns ${positions}): rename or remove the extra one(s); the file cannot be read without guessing which one is meant.`,
  },
};

export type ImportText = typeof importTextEn;

export const importTextDe = {
  ...importLabelsDe,

  importTitle: 'Eigene Daten importieren',
  readAs: 'Datei lesen als',
  detect: 'Aus dem Inhalt erkennen',
  detected: (kind: string) => ` (erkannt: ${kind})`,
  pledgeOption: 'Zusagenliste (CSV oder JSON)',
  releaseLabel: 'Release-Nummer des Kiel-Trackers (optional)',
  nowInUse: (fileName: string, kind: string) =>
    `Jetzt in Verwendung: ${fileName} als ${kind}. Diagramme, Filter und Exporte verwenden diese Datei; die mitgelieferten Daten bleiben erhalten und sind einen Klick entfernt.`,
  templatesTitle: 'Vorlagen für eine Zusagenliste',
  templatesText:
    'Das Format ist das des Dashboards (siehe docs/data-import.md): eine Zeile je Zusage, Beträge in der Originalwährung, jeweils mit Quelle.',
  downloadCsv: 'CSV-Vorlage herunterladen',
  downloadJson: 'JSON-Vorlage herunterladen',

  chooseFile: 'Datei zum Importieren auswählen',
  dropHintBefore: 'oder hier ablegen. Eine Kiel-Datei ',
  dropHintAfter:
    ' beliebiger Release oder eine Zusagenliste (CSV oder JSON) im Format dieses Dashboards. Die Datei wird zuerst geprüft; nichts ändert sich, bevor Sie „Diese Daten verwenden“ wählen.',
  sizeLimit: (mb: string) => `Dateien bis ${mb} MB.`,
  tooLarge: (fileName: string, mb: string, limit: string) =>
    `${fileName} ist ${mb} MB groß; importiert werden können Dateien bis ${limit} MB. Nichts wurde geändert.`,
  nowInUseSession: (fileName: string, kind: string, reason: string) =>
    `Nur für diese Sitzung in Verwendung: ${fileName} als ${kind}. ${reason} Nach dem Neuladen oder Schließen dieses Tabs sind die Daten weg; dann die Datei erneut importieren.`,
  failures: {
    checkFailed: (detail: string) => `Die Datei konnte nicht geprüft werden: ${detail}`,
    workerFailed: 'der Prüfschritt brach unerwartet ab',
    rowsGone: 'die geprüften Zeilen sind nicht mehr verfügbar; bitte die Datei erneut prüfen',
    keepFailed: (detail: string) =>
      `Die Daten konnten in diesem Browser nicht gespeichert werden (nichts wurde geändert): ${detail}`,
  },
  storage: {
    missing:
      'Dieser Browser kann importierte Daten nicht speichern (kein IndexedDB, z. B. in einem privaten Fenster).',
    full: 'Der Speicher dieses Browsers für diese Seite ist voll; der Datensatz kann nicht gespeichert werden.',
    failed:
      'Dieser Browser hat das Speichern des Datensatzes verweigert (Speicher blockiert oder fehlerhaft).',
  },

  stages: {
    reading: 'Datei wird gelesen',
    decoding: 'Text wird dekodiert',
    checking: 'Jede Zeile wird geprüft',
    done: 'Fertig',
  },
  progress: (stage: string, fileName: string, percent: number) =>
    `${stage}: ${fileName} (${percent} %)`,
  progressLabel: (fileName: string) => `Prüfung von ${fileName}`,
  cancel: 'Abbrechen',

  reportTitle: (fileName: string, usable: boolean) =>
    `Prüfung von ${fileName}: ${usable ? 'verwendbar' : 'abgelehnt'}`,
  readAsKind: (kind: string, format: string, release: string | null) =>
    `Gelesen als ${kind} (${format})${release ? `, Release ${release}` : ''}.`,
  cannotUse: 'Diese Datei kann nicht verwendet werden.',
  nothingChanged: 'Es wurde nichts geändert.',
  rowsAccepted: 'Übernommene Zeilen',
  rowsRejected: 'Abgelehnte Zeilen',
  warnings: 'Warnungen',
  rejectedTitle: 'Abgelehnte Zeilen (ausgelassen)',
  warningsTitle: 'Warnungen (Zeilen übernommen)',
  saving: 'Wird gespeichert …',
  useThisData: 'Diese Daten verwenden',
  closeReport: 'Bericht schließen',

  row: (row: number) => `Zeile ${row}`,
  wholeFile: 'Datei',
  pagesLabel: (title: string) => `${title}: Seiten`,
  previous: 'Zurück',
  next: 'Weiter',
  pageOf: (page: number, pages: number) => `Seite ${page} von ${pages}`,

  previewNoRates:
    'Die Vorschau ist nicht verfügbar: Die Referenz-Wechselkurse konnten nicht geladen werden.',
  previewNoData:
    'Die Vorschau ist nicht verfügbar: Die derzeit verwendeten Daten konnten nicht geladen werden.',
  previewComputing: 'Vorschau wird berechnet …',
  unitKiel: 'Mrd. EUR, Zuweisungen, alle Monate',
  unitPledges: 'Mrd. EUR zu Referenzkursen, wie gezählt',
  previewTitle: (unit: string) => `Was sich ändert: Summen nach Geberland (${unit})`,
  allDonors: (before: string, after: string, change: string) =>
    `Alle Geber: jetzt ${before}, mit dieser Datei ${after} (${change}).`,
  noChange: 'Keine Summe eines Geberlandes ändert sich.',
  changes: (count: number) =>
    count === 1
      ? '1 Geber-Summe ändert sich:'
      : `${count} Geber-Summen ändern sich, die größte Änderung zuerst:`,
  previewRegion: 'Summen nach Geberland vorher und nachher',
  colDonor: 'Geber',
  colNow: 'Jetzt',
  colAfter: 'Mit dieser Datei',
  colChange: 'Änderung',
  showFirst: (count: number) => `Nur die ${count} größten Änderungen zeigen`,
  showAll: (count: number) => `Alle ${count} Geber mit Änderungen zeigen`,

  listTitle: 'Datensätze in diesem Browser',
  listError: (message: string) =>
    `Die gespeicherten Datensätze konnten nicht gelesen werden: ${message}`,
  bundledDetail: {
    kiel: 'mitgeliefert: Kiel-Tracker, Release 29',
    pledges: 'mitgeliefert: Recherche des Projekts',
  },
  importedDetail: (
    importedAt: string,
    rows: string,
    rejected: string | null,
    release: string | null,
  ) =>
    `Ihre Daten, importiert am ${importedAt}: ${rows} Zeilen${rejected ? `, ${rejected} abgelehnt` : ''}${release ? `, Release ${release}` : ''}`,
  inUse: 'in Verwendung',
  use: 'Verwenden',
  useLabel: (fileName: string) => `${fileName} verwenden`,
  exportCsv: 'Als CSV exportieren',
  exportCsvLabel: (fileName: string) => `Als CSV exportieren: ${fileName}`,
  exportJson: 'Als JSON exportieren',
  exportJsonLabel: (fileName: string) => `Als JSON exportieren: ${fileName}`,
  remove: 'Entfernen',
  removeLabel: (fileName: string) => `${fileName} entfernen`,
  exported: (fileName: string) => `${fileName} exportiert.`,
  exportFailed: (message: string) => `Export fehlgeschlagen: ${message}`,
  removed: (fileName: string) => `${fileName} entfernt.`,
  removeFailed: (fileName: string, message: string) =>
    `${fileName} konnte nicht entfernt werden: ${message}`,

  check: {
    notRecognised:
      'Nicht erkannt: weder eine Kiel-Datei data_explorer.csv (Spalten iso, total, …) noch eine Zusagenliste (Spalten id, donors, instrument, …). Bitte die Art von Hand wählen oder die Kopfzeile prüfen.',
    kielNotJson:
      'Eine Datei des Kiel-Trackers muss die CSV-Datei data_explorer.csv sein, nicht JSON.',
    missingColumns: (list: string) => `Pflichtspalte(n) fehlen: ${list}.`,
    kielTruncated: (rows: string) =>
      `Die Datei endet mitten in einer Zeile nach ${rows} Zeilen (abgeschnitten?); bitte die vollständige Datei importieren.`,
    noDataRows: 'Die Datei hat eine Kopfzeile, aber keine Datenzeilen.',
    noneValid: (rows: string) => `Keine ihrer ${rows} Datenzeilen ist gültig.`,
    bom: 'UTF-8-Byte-Order-Mark am Anfang: entfernt.',
    kielSemicolon:
      'Trennzeichen „;“ mit Dezimalkomma (Export aus einer Tabellenkalkulation): so gelesen.',
    optionalAbsent: (list: string) =>
      `Optionale Spalte(n) nicht in diesem Release: ${list}. Als „nicht angegeben“ gezeigt; sonst ändert sich nichts.`,
    fileLine: (line: string, message: string) => `Zeile ${line}: ${message}`,
    unknownKielDonor: (iso: string, country: string, rows: string) =>
      `Geberkürzel ${iso} („${country}“) steht nicht in der Geberliste des Dashboards: Seine ${rows} Zeile(n) werden übernommen und unter dem Namen aus der Datei gezeigt`,
    unknownPledgeDonors: (codes: string) =>
      `Geberkürzel ${codes} nicht in der Geberliste des Dashboards: übernommen und als Kürzel gezeigt`,
    noRate: (currency: string) =>
      `Für ${currency} gibt es keinen Referenzkurs in fx-rates.json: Die Zeile wird übernommen, als nicht umgerechnet gezeigt und in keiner Summe gezählt`,
    noPledges: 'Die Datei enthält keine Zusagen.',
    nonePledgeValid: (rows: string) => `Keine ihrer ${rows} Zusagezeilen ist gültig.`,
    header: (problem: string) => `Kopfteil: ${problem}`,
    notJson: (detail: string) => `Die Datei ist kein gültiges JSON: ${detail}.`,
    jsonPosition: (message: string, line: string, column: string) =>
      `${message} (Zeile ${line}, Spalte ${column})`,
    plainList:
      'Eine einfache Liste von Zusagen: Titel und Datenstand wurden aus der Datei gesetzt.',
    expectedObject:
      'Erwartet: ein Objekt mit „dataset“ und „pledges“ oder eine Liste von Zusagen (siehe Vorlage).',
    csvTruncated:
      'Die Datei endet mitten in einer Zeile (abgeschnitten?); bitte die vollständige Datei importieren.',
    pledgeSemicolon: 'Trennzeichen „;“ (Dezimalkomma zulässig).',
    cells: (expected: string, found: string) => `erwartet: ${expected} Zellen, gefunden: ${found}`,
    utf16: (encoding: string) =>
      `Die Datei ist in ${encoding} gespeichert, nicht in UTF-8. Bitte als „CSV UTF-8“ (oder JSON in UTF-8) speichern und diese Datei importieren.`,
    notText:
      'Die Datei ist kein Text (sie enthält Null-Bytes): vielleicht eine Tabelle (.xlsx) oder eine komprimierte Datei. Bitte als „CSV UTF-8“ speichern und diese Datei importieren.',
    windows1252: (examples: string) =>
      `Die Datei ist nicht in UTF-8: als Windows-1252 (westeuropäisch) gelesen, die übliche Kodierung älterer Excel-CSV-Dateien.${examples ? ` Bitte Namen mit Umlauten prüfen, z. B. ${examples}.` : ''} Sicherer: als „CSV UTF-8“ speichern.`,
    duplicateColumn: (name: string, positions: string) =>
      `Die Spalte „${name}“ kommt mehrfach vor (Spalten ${positions}): bitte die zusätzliche(n) umbenennen oder entfernen; sonst müsste geraten werden, welche gemeint ist.`,
  },
} satisfies ImportText;

const TEXT: Record<Locale, ImportText> = { en: importTextEn, de: importTextDe };

/** The import text in `locale` (default: the current interface language). */
export function importText(locale: Locale = getLocale()): ImportText {
  return TEXT[locale];
}
