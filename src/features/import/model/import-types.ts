import { z } from 'zod/mini';
import type { KielDataExplorerParse } from '@/features/kiel/model/parse-kiel';
import type { ParsedPledgeFile } from '@/features/pledges/model/parse-pledge-rows';
import type { DonorTotal } from './donor-totals';

export const dataSetKinds = ['kiel', 'pledges'] as const;
export type DataSetKind = (typeof dataSetKinds)[number];

/** The id of the data shipped with the app; never overwritten, never removed. */
export const BUNDLED_ID = 'bundled';

/** What the registry knows of an imported data set without loading its rows. */
export const dataSetMetaSchema = z.object({
  id: z.string().check(z.regex(/^imp-[a-z0-9-]{4,64}$/)),
  kind: z.enum(dataSetKinds),
  fileName: z.string().check(z.minLength(1), z.maxLength(300)),
  /** ISO timestamp of the import. */
  importedAt: z.iso.datetime(),
  format: z.enum(['csv', 'json']),
  /** Rows kept. */
  accepted: z.number().check(z.int(), z.nonnegative()),
  /** Rows left out (each named in the validation report). */
  rejected: z.number().check(z.int(), z.nonnegative()),
  /** Rows kept with a remark (e.g. a donor code the dashboard does not know). */
  warnings: z.number().check(z.int(), z.nonnegative()),
  /** Kiel release number when the file or the user gave one. */
  release: z.nullable(z.string()),
});
export type DataSetMeta = z.infer<typeof dataSetMetaSchema>;

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
}

export function isUsable(
  analysis: ImportAnalysis,
): analysis is ImportAnalysis & { payload: DataSetPayload } {
  return analysis.fatal.length === 0 && analysis.payload !== null;
}

/**
 * What the page gets back from a check: the report and the preview totals, without the rows
 * (they stay where the file was checked until the user keeps or drops them).
 */
export type ImportSummary = Omit<ImportAnalysis, 'payload'> & {
  usable: boolean;
  /** Totals by donor in the file (EUR bn); null when refused or no rates for a pledge list. */
  totals: DonorTotal[] | null;
};
