import * as v from 'valibot';
import type { KielDataExplorerParse } from '@/features/kiel';
import type { ParsedPledgeFile } from '@/features/pledges';
import { finiteNumber } from '@/lib/schema-primitives';
import type { DonorTotal } from './donor-totals';
import type { DataSetKind } from '@/lib/data-sets/data-set-kind';
import { importModes } from './merge-pledges';

import { dataSetKinds } from '@/lib/data-sets/data-set-kind';

export { BUNDLED_ID, dataSetKinds, type DataSetKind } from '@/lib/data-sets/data-set-kind';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * An ISO timestamp in UTC as `Date.toISOString()` writes it: `YYYY-MM-DDTHH:MM:SS[.fraction]Z`
 * with a real calendar date (seconds required, no offset other than Z).
 */
export function isIsoUtcTimestamp(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?Z$/.exec(
    value,
  );
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

const count = v.pipe(finiteNumber, v.safeInteger(), v.minValue(0));

/** What the registry knows of an imported data set without loading its rows. */
export const dataSetMetaSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^imp-[a-z0-9-]{4,64}$/)),
  kind: v.picklist(dataSetKinds),
  fileName: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  /** ISO timestamp of the import. */
  importedAt: v.pipe(v.string(), v.check(isIsoUtcTimestamp)),
  format: v.picklist(['csv', 'json']),
  /** Rows kept. */
  accepted: count,
  /** Rows left out (each named in the validation report). */
  rejected: count,
  /** Rows kept with a remark (e.g. a donor code the dashboard does not know). */
  warnings: count,
  /** Kiel release number when the file or the user gave one. */
  release: v.nullable(v.string()),
  /**
   * A pledge list adds to the bundled lines or replaces them (merge-pledges.ts). Absent in sets
   * stored before the choice existed: those replaced, as every import did then.
   */
  mode: v.optional(v.picklist(importModes)),
});
export type DataSetMeta = v.InferOutput<typeof dataSetMetaSchema>;

/** The validated rows, in exactly the shape the bundled data has after its own parsing. */
export type DataSetPayload =
  { kind: 'kiel'; data: KielDataExplorerParse } | { kind: 'pledges'; data: ParsedPledgeFile };

export type StoredDataSet = DataSetMeta & { payload: DataSetPayload };

/** One row named in a validation report (1-based row number as a spreadsheet shows it). */
export interface ImportIssue {
  /** Line in a CSV file (header = 1) or position in a JSON list (first = 1); null: whole file. */
  row: number | null;
  /** Pledge id or Kiel donor-month, when known. */
  label: string | null;
  reason: string;
}

/** The result of checking one file: nothing is stored until the user accepts it. */
export interface ImportAnalysis {
  fileName: string;
  kind: DataSetKind;
  /** What the content looked like (null: could not tell); the user may override it. */
  detectedKind: DataSetKind | null;
  format: 'csv' | 'json';
  /** Why the whole file is refused (missing columns, malformed JSON, no valid row). Empty = usable. */
  fatal: string[];
  accepted: number;
  rejected: ImportIssue[];
  warnings: ImportIssue[];
  /** Facts about the file worth knowing (optional columns absent, separator, release). */
  notes: string[];
  release: string | null;
  payload: DataSetPayload | null;
  /**
   * A pledge list checked as added to the bundled pledges (analyseImport's `addTo`): the same
   * report fields for that way. The fields above are the file checked on its own (replacing).
   */
  asAdded?: AddedCheck | undefined;
}

/** The report of a pledge list checked as added to the bundled pledges. */
export type AddedCheck = Pick<
  ImportAnalysis,
  'fatal' | 'accepted' | 'rejected' | 'warnings' | 'notes' | 'payload'
>;

export function isUsable(
  analysis: ImportAnalysis,
): analysis is ImportAnalysis & { payload: DataSetPayload } {
  return analysis.fatal.length === 0 && analysis.payload !== null;
}

/**
 * What the page gets back from a check: the report and the preview totals, without the rows
 * (they stay where the file was checked until the user keeps or drops them).
 */
export type ImportSummary = Omit<ImportAnalysis, 'payload' | 'asAdded'> & {
  usable: boolean;
  /** Totals by donor in the file (EUR bn); null when refused or no rates for a pledge list. */
  totals: DonorTotal[] | null;
  /** The ids of a usable pledge list's lines (for the add-or-replace preview); else null. */
  pledgeIds: string[] | null;
  /**
   * A pledge list added to the bundled pledges (null: not a pledge list, or the bundled file was
   * not read): its report checked against the bundled lines merged with it, the totals by donor
   * then (null without rates), and the ids of bundled lines that adding leaves out because their
   * links no longer hold. The fields above are those of replacing (the file alone).
   */
  added: AddedSummary | null;
};

export type AddedSummary = Omit<AddedCheck, 'payload'> & {
  usable: boolean;
  pledgeIds: string[] | null;
  totals: DonorTotal[] | null;
  leftOut: string[];
};

/** What the report shows for the chosen way: adding (when checked so) or replacing. */
export function summaryFor(summary: ImportSummary, mode: 'add' | 'replace') {
  const { added } = summary;
  if (mode === 'add' && added) return { ...summary, ...added };
  return { ...summary, leftOut: [] as string[] };
}
