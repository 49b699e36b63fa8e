import { detectSeparator } from '@/lib/csv/parse-csv';
import { isDonorCode } from '@/lib/donors';
import {
  showNumber,
  DATA_EXPLORER_OPTIONAL,
  parseKielDataExplorer,
  wordKielMessage,
} from '@/features/kiel';
import { importText } from '../import-text';
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
  const words = importText().check;
  const notes: string[] = [];
  const fatal: string[] = [];
  if (parse.missingRequired.length > 0) {
    fatal.push(words.missingColumns(parse.missingRequired.join(', ')));
  }
  for (const column of parse.duplicateColumns) {
    fatal.push(words.duplicateColumn(column.name, column.positions.join(', ')));
  }
  if (parse.truncated) {
    fatal.push(words.kielTruncated(showNumber(parse.recordCount)));
  }
  if (fatal.length === 0 && parse.rows.length === 0) {
    fatal.push(
      parse.recordCount === 0 ? words.noDataRows : words.noneValid(showNumber(parse.recordCount)),
    );
  }
  if (text.charCodeAt(0) === 0xfeff) notes.push(words.bom);
  if (detectSeparator(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) === ';') {
    notes.push(words.kielSemicolon);
  }
  const columns = new Set(parse.header.map((name) => name.trim().toLowerCase()));
  const absent = DATA_EXPLORER_OPTIONAL.filter((name) => !columns.has(name));
  if (absent.length > 0 && parse.missingRequired.length === 0) {
    notes.push(words.optionalAbsent(absent.join(', ')));
  }
  const rejected: ImportIssue[] = [];
  for (const problem of parse.problems) {
    const message = wordKielMessage(problem.message);
    const reason = problem.field.startsWith('(') ? message : `${problem.field}: ${message}`;
    if (problem.field === '(file)') notes.push(words.fileLine(String(problem.line), message));
    else rejected.push({ row: problem.line, label: null, reason });
  }
  const warnings: ImportIssue[] = parse.warnings.map((warning) => ({
    row: warning.line,
    label: null,
    reason: warning.field.startsWith('(')
      ? wordKielMessage(warning.message)
      : `${warning.field}: ${wordKielMessage(warning.message)}`,
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
      reason: words.unknownKielDonor(iso, entry.country, showNumber(entry.rows)),
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
