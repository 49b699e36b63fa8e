import { detectSeparator } from '@/lib/csv/parse-csv';
import { isDonorCode } from '@/lib/donors';
import { DATA_EXPLORER_OPTIONAL, parseKielDataExplorer } from '@/features/kiel/model/parse-kiel';
import type { ImportAnalysis, ImportIssue } from './import-types';

type KielAnalysis = Pick<
  ImportAnalysis,
  'fatal' | 'accepted' | 'rejected' | 'warnings' | 'notes' | 'payload'
>;

/**
 * Check a Kiel `data_explorer.csv` of any release with the same parser as the bundled file.
 * Unknown donor codes (a donor new in a later release) are kept with a warning: the charts show
 * them under the country name the file gives.
 */
export function analyseKiel(text: string): KielAnalysis {
  const parse = parseKielDataExplorer(text);
  const notes: string[] = [];
  const fatal: string[] = [];
  if (parse.missingRequired.length > 0) {
    fatal.push(`Missing required column(s): ${parse.missingRequired.join(', ')}.`);
  }
  if (parse.truncated) {
    fatal.push(
      `The file ends in the middle of a row after ${parse.recordCount} rows (cut off?); import the complete file.`,
    );
  }
  if (fatal.length === 0 && parse.rows.length === 0) {
    fatal.push(
      parse.recordCount === 0
        ? 'The file has a header but no data rows.'
        : `None of its ${parse.recordCount} data rows is valid.`,
    );
  }
  if (text.charCodeAt(0) === 0xfeff) notes.push('UTF-8 byte-order mark at the start: removed.');
  if (detectSeparator(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) === ';') {
    notes.push('Separator ";" with decimal commas (a spreadsheet export): read as such.');
  }
  const columns = new Set(parse.header.map((name) => name.trim().toLowerCase()));
  const absent = DATA_EXPLORER_OPTIONAL.filter((name) => !columns.has(name));
  if (absent.length > 0 && parse.missingRequired.length === 0) {
    notes.push(
      `Optional column(s) not in this release: ${absent.join(', ')}. Shown as "not given"; nothing else changes.`,
    );
  }
  const rejected: ImportIssue[] = [];
  for (const problem of parse.problems) {
    const reason = problem.field.startsWith('(')
      ? problem.message
      : `${problem.field}: ${problem.message}`;
    if (problem.field === '(file)') notes.push(`Line ${problem.line}: ${problem.message}`);
    else rejected.push({ row: problem.line, label: null, reason });
  }
  const warnings: ImportIssue[] = parse.warnings.map((warning) => ({
    row: warning.line,
    label: null,
    reason: warning.field.startsWith('(')
      ? warning.message
      : `${warning.field}: ${warning.message}`,
  }));
  const unknown = new Map<string, { country: string; rows: number }>();
  parse.rows.forEach((row) => {
    if (isDonorCode(row.iso)) return;
    const entry = unknown.get(row.iso);
    if (entry) entry.rows++;
    else unknown.set(row.iso, { country: row.country, rows: 1 });
  });
  for (const [iso, entry] of unknown) {
    warnings.push({
      row: null,
      label: iso,
      reason: `donor code ${iso} ("${entry.country}") is not in the dashboard's donor list: its ${entry.rows} row(s) are kept and shown under the name in the file`,
    });
  }
  const ok = fatal.length === 0;
  return {
    fatal,
    accepted: ok ? parse.rows.length : 0,
    rejected,
    warnings,
    notes,
    payload: ok ? { kind: 'kiel', data: parse } : null,
  };
}
