/** A row of pledges.json that was left out, and why. */
export interface RejectedPledgeRow {
  /** Position in the file's `pledges` array (0-based; shown to people as row index + 1). */
  index: number;
  /** The row's id when it has one (as text, shortened), else null. */
  id: string | null;
  /** "field: what is wrong", one per problem. */
  problems: string[];
}

/** "row 5 (P005)" or "row 5": how a row is named on screen (1-based). */
export function rowName(row: Pick<RejectedPledgeRow, 'index' | 'id'>): string {
  return `row ${row.index + 1}${row.id ? ` (${row.id})` : ''}`;
}
