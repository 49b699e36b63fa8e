import { messages } from '@/lib/i18n/messages';

/** A row of pledges.json that was left out, and why. */
export interface RejectedPledgeRow {
  /** Position in the file's `pledges` array (0-based; shown to people as row index + 1). */
  index: number;
  /** The row's id when it has one (as text, shortened), else null. */
  id: string | null;
  /** "field: what is wrong", one per problem (worded in the language current when read). */
  problems: string[];
}

/**
 * "row 5 (P005)" / "Zeile 5 (P005)", or without the id: how a row is named on screen (1-based;
 * a plain number, like a line number, so that it can be searched for in the file).
 */
export function rowName(row: Pick<RejectedPledgeRow, 'index' | 'id'>): string {
  return messages().pledgeRows.row(String(row.index + 1), row.id);
}
