import * as v from 'valibot';
import { safeParseData } from '@/lib/schema-primitives';
import { parseWith } from '@/lib/validate';
import { pledgeDatasetSchema, pledgeSchema, type PledgeDataset } from '../api/pledge-schema';
import { NO_OWN_MESSAGE, rowProblemOf } from './describe-row-issue';
import { rejectIntegrityProblems, type IndexedPledge } from './integrity-rejections';
import type { RejectedPledgeRow } from './rejected-row';

/** The file's header must be valid and `pledges` a list; its rows are checked one by one. */
const pledgeFileShape = v.object({
  dataset: pledgeDatasetSchema.entries.dataset,
  pledges: v.array(v.unknown()),
});

const MAX_ID_LENGTH = 24;

/** The id of a raw row, as text, when it has one (shown to people: shortened). */
function rawId(row: unknown): string | null {
  if (typeof row !== 'object' || row === null || !('id' in row)) return null;
  const { id } = row;
  if (typeof id !== 'string' && typeof id !== 'number') return null;
  const text = String(id).trim();
  if (!text) return null;
  return text.length > MAX_ID_LENGTH ? `${text.slice(0, MAX_ID_LENGTH)}…` : text;
}

export interface ParsedPledgeFile {
  /** Header and the rows that passed every check, in file order. */
  dataset: PledgeDataset;
  /** Rows left out, in file order, each with its problems. */
  rejected: RejectedPledgeRow[];
}

/**
 * Read pledges.json for the app, keeping what is sound: the header and the overall shape must be
 * valid (else DataFormatError naming the file), each row is validated on its own, rows breaking
 * the links between rows are left out, and so are rows pointing to a row left out. The data
 * checker (scripts/data-check.ts) stays strict: there, any bad row fails the file.
 */
export function parsePledgeRows(data: unknown, url: string): ParsedPledgeFile {
  const file = parseWith(pledgeFileShape, data, url);
  const valid: IndexedPledge[] = [];
  const invalid: RejectedPledgeRow[] = [];
  file.pledges.forEach((row, index) => {
    // Issues are kept as codes (rowProblemOf), worded when shown in the language in use then.
    const result = safeParseData(pledgeSchema, row, NO_OWN_MESSAGE);
    if (result.success) {
      valid.push({ index, pledge: result.output });
      return;
    }
    invalid.push({ index, id: rawId(row), problems: result.issues.map(rowProblemOf) });
  });
  const { kept, rejected } = rejectIntegrityProblems(valid, file.dataset, invalid);
  return {
    dataset: { dataset: file.dataset, pledges: kept.map((row) => row.pledge) },
    rejected: [...invalid, ...rejected].sort((a, b) => a.index - b.index),
  };
}
