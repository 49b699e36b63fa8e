import { formatCount } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';
import { rowName, type RejectedPledgeRow } from './rejected-row';
import { wordRowProblem } from './row-problem';

export interface RejectedNoticeLimits {
  /** Rows named before "and N more". */
  rows: number;
  /** Problems named per row before "(+N more)". */
  problemsPerRow: number;
}

const DEFAULT_LIMITS: RejectedNoticeLimits = { rows: 5, problemsPerRow: 3 };

function describeRow(row: RejectedPledgeRow, limit: number): string {
  const text = messages().pledgeRows;
  const shown = row.problems
    .slice(0, limit)
    .map((problem) => wordRowProblem(problem))
    .join(text.and);
  const more = row.problems.length - limit;
  return `${rowName(row)}: ${shown}${more > 0 ? text.moreProblems(formatCount(more)) : ''}`;
}

/**
 * One plain sentence on the rows of a file that were left out, in the interface language: "2 pledge
 * lines in pledges.json were left out: row 5 (P005): amount: must be positive (got -5); row 9: ..."
 * / "2 Zusagezeilen in pledges.json wurden ausgelassen: Zeile 5 (P005): amount: muss positiv sein
 * (erhalten: -5); ...". A row's problems are joined by "and"; rows by semicolons. Null when none.
 */
export function describeRejectedRows(
  rejected: readonly RejectedPledgeRow[],
  fileName: string,
  limits: RejectedNoticeLimits = DEFAULT_LIMITS,
): string | null {
  const count = rejected.length;
  if (count === 0) return null;
  const listed = rejected
    .slice(0, limits.rows)
    .map((row) => describeRow(row, limits.problemsPerRow));
  const rest = count - listed.length;
  return messages().pledgeRows.leftOut(
    count,
    formatCount(count),
    fileName,
    listed.join('; '),
    rest > 0 ? formatCount(rest) : null,
  );
}
