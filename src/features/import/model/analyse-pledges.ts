import { DataFormatError } from '@/lib/fetch-json';
import { isDonorCode } from '@/lib/donors';
import { isValidIsoDateOrMonth } from '@/lib/schema-primitives';
import {
  parsePledgeRows,
  type ParsedPledgeFile,
  type PledgeDataset,
  wordRowProblem,
} from '@/features/pledges';
import { parseWithBundled } from './check-with-bundled';
import type { ImportAnalysis, ImportIssue } from './import-types';
import { readPledgeCsv } from './read-pledge-csv';
import { showNumber } from '@/features/kiel';
import { importText } from '../import-text';

type PledgeAnalysis = Pick<
  ImportAnalysis,
  'fatal' | 'accepted' | 'rejected' | 'warnings' | 'notes' | 'payload'
>;

/**
 * The header a pledge list without one gets (a CSV, or a bare JSON list of pledges). Its as-of
 * date is the latest valid `announced` date: a bad date is the problem of its row (rejected by the
 * row check, naming row and field), never of the header.
 */
export function syntheticHeader(fileName: string, now: Date, rows: readonly unknown[]) {
  let latest = '';
  for (const row of rows) {
    if (typeof row !== 'object' || row === null || !('announced' in row)) continue;
    const { announced } = row;
    if (typeof announced === 'string' && announced > latest && isValidIsoDateOrMonth(announced))
      latest = announced;
  }
  return {
    title: `Your data: ${fileName}`,
    asOf: latest || now.toISOString().slice(0, 10),
    compiledFrom: `Imported by the user from ${fileName}`,
    notes: [`Imported from ${fileName} on ${now.toISOString().slice(0, 10)}.`],
  };
}

/** "Unexpected token } in JSON at position 12" -> "... (line 2, column 3)". */
function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position || /line \d+/.test(message)) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return importText().check.jsonPosition(message, String(line), String(column));
}

function finish(
  parsed: ParsedPledgeFile,
  rowNumber: (index: number) => number,
  extra: { rejected: ImportIssue[]; notes: string[] },
): PledgeAnalysis {
  const rejected: ImportIssue[] = [
    ...extra.rejected,
    ...parsed.rejected.map((row) => ({
      row: rowNumber(row.index),
      label: row.id,
      reason: row.problems.map((problem) => wordRowProblem(problem)).join('; '),
    })),
  ].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const warnings: ImportIssue[] = [];
  for (const pledge of parsed.dataset.pledges) {
    const unknown = pledge.donors.filter((code) => !isDonorCode(code));
    if (unknown.length > 0) {
      warnings.push({
        row: null,
        label: pledge.id,
        reason: importText().check.unknownPledgeDonors(unknown.join(', ')),
      });
    }
  }
  const fatal =
    parsed.dataset.pledges.length === 0
      ? [
          rejected.length === 0
            ? importText().check.noPledges
            : importText().check.nonePledgeValid(showNumber(rejected.length)),
        ]
      : [];
  return {
    fatal,
    accepted: fatal.length === 0 ? parsed.dataset.pledges.length : 0,
    rejected,
    warnings,
    notes: extra.notes,
    payload: fatal.length === 0 ? { kind: 'pledges', data: parsed } : null,
  };
}

function refused(fatal: string[]): PledgeAnalysis {
  return { fatal, accepted: 0, rejected: [], warnings: [], notes: [], payload: null };
}

/**
 * Run parsePledgeRows (the app's own row-by-row check); a bad header refuses the file. With
 * `bundled`, the rows are checked as added to those pledges (parseWithBundled).
 */
function parseRows(
  file: unknown,
  fileName: string,
  bundled: PledgeDataset | null,
): ParsedPledgeFile | string[] {
  try {
    return bundled ? parseWithBundled(file, bundled, fileName) : parsePledgeRows(file, fileName);
  } catch (error) {
    if (error instanceof DataFormatError)
      return error.problems.map((p) => importText().check.header(p));
    throw error;
  }
}

/**
 * A pledge file in the project's JSON schema: `{dataset, pledges}`, or a bare list of pledges.
 * `bundled`: check its rows as added to these pledges (null: the file on its own).
 */
export function analysePledgesJson(
  text: string,
  fileName: string,
  now: Date,
  bundled: PledgeDataset | null = null,
): PledgeAnalysis {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return refused([importText().check.notJson(describeJsonError(text, error))]);
  }
  const notes: string[] = [];
  let file: unknown = data;
  if (Array.isArray(data)) {
    file = { dataset: syntheticHeader(fileName, now, data), pledges: data };
    notes.push(importText().check.plainList);
  } else if (typeof data !== 'object' || data === null || !('pledges' in data)) {
    return refused([importText().check.expectedObject]);
  }
  const parsed = parseRows(file, fileName, bundled);
  if (Array.isArray(parsed)) return refused(parsed);
  return finish(parsed, (index) => index + 1, { rejected: [], notes });
}

/** A pledge list in the project's CSV format (one source per row); `bundled` as for JSON. */
export function analysePledgesCsv(
  text: string,
  fileName: string,
  now: Date,
  bundled: PledgeDataset | null = null,
): PledgeAnalysis {
  const csv = readPledgeCsv(text);
  const words = importText().check;
  const headerProblems = [
    ...(csv.missingRequired.length > 0
      ? [words.missingColumns(csv.missingRequired.join(', '))]
      : []),
    ...csv.duplicateColumns.map((c) => words.duplicateColumn(c.name, c.positions.join(', '))),
  ];
  if (headerProblems.length > 0) return refused(headerProblems);
  if (csv.truncated) {
    return refused([importText().check.csvTruncated]);
  }
  const notes: string[] = [];
  if (csv.separator === ';') notes.push(importText().check.pledgeSemicolon);
  const values = csv.rows.map((row) => row.value);
  const parsed = parseRows(
    { dataset: syntheticHeader(fileName, now, values), pledges: values },
    fileName,
    bundled,
  );
  if (Array.isArray(parsed)) return refused(parsed);
  return finish(parsed, (index) => csv.rows[index]?.line ?? index + 2, {
    rejected: csv.unreadable,
    notes,
  });
}
