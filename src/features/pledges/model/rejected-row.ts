import type { Locale } from '@/lib/i18n/locale';
import { wordRowRef, type RowProblem } from './row-problem';

/** A row of pledges.json that was left out, and why. */
export interface RejectedPledgeRow {
  /** Position in the file's `pledges` array (0-based; shown to people as row index + 1). */
  index: number;
  /** The row's id when it has one (as text, shortened), else null. */
  id: string | null;
  /** What is wrong, one per problem: codes, worded when shown (`wordRowProblem`). */
  problems: RowProblem[];
}

/**
 * "row 5 (P005)" / "Zeile 5 (P005)", or without the id: how a row is named on screen (1-based;
 * a plain number, like a line number, so that it can be searched for in the file).
 */
export function rowName(row: Pick<RejectedPledgeRow, 'index' | 'id'>, locale?: Locale): string {
  return wordRowRef({ index: row.index, id: row.id }, locale);
}
