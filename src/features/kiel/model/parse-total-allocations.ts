import { kielText } from '../kiel-text';
import {
  KielRowReader,
  readKielTable,
  sumsMatch,
  toPeriod,
  YEAR_MAX,
  YEAR_MIN,
  type KielParseIssue,
  type KielTableParse,
  showNumber,
} from './kiel-table';

/** `total_allocations.csv`: all donors together, per month and category (EUR bn). */
export interface KielTotalMonth {
  year: number;
  month: number;
  period: string;
  total: number;
  military: number;
  financial: number;
  humanitarian: number;
}

export const TOTAL_ALLOCATIONS_REQUIRED = [
  'year',
  'month',
  'total_allocations',
  'military',
  'financial',
  'humanitarian',
] as const;

export function parseKielTotalAllocations(text: string): KielTableParse<KielTotalMonth> {
  const table = readKielTable(text, TOTAL_ALLOCATIONS_REQUIRED, []);
  const rows: KielTotalMonth[] = [];
  const problems = [...table.problems];
  const warnings: KielParseIssue[] = [];
  for (const record of table.records) {
    const r = new KielRowReader(table, record);
    const year = r.integer('year', YEAR_MIN, YEAR_MAX);
    const month = r.integer('month', 1, 12);
    const total = r.amount('total_allocations');
    const military = r.amount('military');
    const financial = r.amount('financial');
    const humanitarian = r.amount('humanitarian');
    if (r.failure) {
      problems.push(r.failure);
      continue;
    }
    const parts = military + financial + humanitarian;
    if (!sumsMatch(total, parts)) {
      warnings.push({
        line: r.line,
        field: 'total_allocations',
        message: kielText().rows.totalDiffers(
          showNumber(total),
          'military + financial + humanitarian',
          showNumber(parts),
        ),
      });
    }
    rows.push({
      year,
      month,
      period: toPeriod(year, month),
      total,
      military,
      financial,
      humanitarian,
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
