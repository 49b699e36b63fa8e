import {
  KielRowReader,
  readKielTable,
  toPeriod,
  YEAR_MAX,
  YEAR_MIN,
  type KielParseIssue,
  type KielTableParse,
} from './kiel-table';

/**
 * `procurement_trends.csv`: military aid of all donors per month by how it was sourced (EUR bn).
 * `natoPurl` is NATO's PURL (from 2025-08); it cannot be split by donor.
 */
export interface KielProcurementMonth {
  year: number;
  month: number;
  period: string;
  natoPurl: number;
  stockpile: number | null;
  procurement: number | null;
  unspecified: number | null;
}

export const PROCUREMENT_REQUIRED = ['year', 'month', 'nato_purl'] as const;
export const PROCUREMENT_OPTIONAL = ['stockpile', 'procurement', 'unspecified'] as const;

export function parseKielProcurementTrends(text: string): KielTableParse<KielProcurementMonth> {
  const table = readKielTable(text, PROCUREMENT_REQUIRED, PROCUREMENT_OPTIONAL);
  const rows: KielProcurementMonth[] = [];
  const problems = [...table.problems];
  const warnings: KielParseIssue[] = [];
  for (const record of table.records) {
    const r = new KielRowReader(table, record);
    const year = r.integer('year', YEAR_MIN, YEAR_MAX);
    const month = r.integer('month', 1, 12);
    const natoPurl = r.amount('nato_purl');
    const stockpile = r.optionalNumber('stockpile');
    const procurement = r.optionalNumber('procurement');
    const unspecified = r.optionalNumber('unspecified');
    if (r.failure) {
      problems.push(r.failure);
      continue;
    }
    warnings.push(...r.warnings);
    rows.push({
      year,
      month,
      period: toPeriod(year, month),
      natoPurl,
      stockpile,
      procurement,
      unspecified,
    });
  }
  return {
    rows,
    header: table.header,
    missingRequired: table.missingRequired,
    duplicateColumns: table.duplicateColumns,
    problems,
    warnings,
    recordCount: table.records.length,
    truncated: table.truncated,
  };
}
