import { kielText } from '../kiel-text';
import { isValidIsoDateOrMonth } from '@/lib/schema-primitives';
import { KielRowReader, readKielTable, type KielTableParse } from './kiel-table';

/** `release_info.csv`: which release the files are, for which data period, published when. */
export interface KielReleaseInfo {
  /** "29" */
  release: string;
  /** Data period as published, "04/2026" (MM/YYYY). */
  period: string;
  /** Release date, YYYY-MM-DD. */
  date: string;
  /** "Ukraine Support Tracker, Release 29 (04/2026)", or null when the column is absent. */
  label: string | null;
}

export const RELEASE_INFO_REQUIRED = ['release', 'period', 'date'] as const;
export const RELEASE_INFO_OPTIONAL = ['label'] as const;

export function parseKielReleaseInfo(text: string): KielTableParse<KielReleaseInfo> {
  const table = readKielTable(text, RELEASE_INFO_REQUIRED, RELEASE_INFO_OPTIONAL);
  const rows: KielReleaseInfo[] = [];
  const problems = [...table.problems];
  for (const record of table.records) {
    const r = new KielRowReader(table, record);
    const release = r.text('release');
    const period = r.text('period');
    const date = r.text('date');
    const label = r.optionalText('label');
    if (period && !/^(0[1-9]|1[0-2])\/\d{4}$/.test(period))
      r.fail('period', kielText().rows.format('MM/YYYY', period));
    if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date))
      r.fail('date', kielText().rows.format('YYYY-MM-DD', date));
    else if (date && !isValidIsoDateOrMonth(date)) r.fail('date', kielText().rows.notDate(date));
    if (r.failure) {
      problems.push(r.failure);
      continue;
    }
    rows.push({ release, period, date, label });
  }
  return {
    rows,
    header: table.header,
    missingRequired: table.missingRequired,
    duplicateColumns: table.duplicateColumns,
    problems,
    warnings: [],
    recordCount: table.records.length,
    truncated: table.truncated,
  };
}
