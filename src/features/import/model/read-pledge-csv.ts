import { unneutralise } from '@/lib/csv/csv-cell';
import { duplicateColumns, type DuplicateColumn } from '@/lib/csv/duplicate-columns';
import { parseCsv } from '@/lib/csv/parse-csv';
import { parseDecimal } from '@/features/kiel';
import { importText } from '../import-text';
import type { ImportIssue } from './import-types';
import {
  LIST_SEPARATOR,
  PLEDGE_CSV_OPTIONAL,
  PLEDGE_CSV_REQUIRED,
  type PledgeCsvColumn,
} from './pledge-csv-columns';

export interface PledgeCsvRead {
  /** Raw pledge objects (not yet validated), with the file line of each. */
  rows: { line: number; value: Record<string, unknown> }[];
  /** Rows that could not even be read (wrong number of cells). */
  unreadable: ImportIssue[];
  missingRequired: string[];
  /** Columns the header names twice: the file is refused rather than one picked in silence. */
  duplicateColumns: DuplicateColumn[];
  absentOptional: string[];
  separator: ',' | ';';
  truncated: boolean;
}

function list(cell: string): string[] {
  return cell
    .split(new RegExp(`[${LIST_SEPARATOR}|\\s]+`))
    .map((code) => code.trim())
    .filter(Boolean);
}

/**
 * Read a pledge CSV into raw pledge objects. Empty optional cells are left out; the amount is read
 * as a number when it is one (else kept as text, so the schema names the problem); the schema
 * check is parsePledgeRows' job.
 */
export function readPledgeCsv(text: string): PledgeCsvRead {
  const csv = parseCsv(text);
  const index = new Map<string, number>();
  csv.header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  const missingRequired = PLEDGE_CSV_REQUIRED.filter((name) => !index.has(name));
  const absentOptional = PLEDGE_CSV_OPTIONAL.filter((name) => !index.has(name));
  const duplicates = duplicateColumns(csv.header, [...PLEDGE_CSV_REQUIRED, ...PLEDGE_CSV_OPTIONAL]);
  const base = {
    missingRequired,
    duplicateColumns: duplicates,
    absentOptional,
    separator: csv.separator,
  };
  if (missingRequired.length > 0 || duplicates.length > 0) {
    return { ...base, rows: [], unreadable: [], truncated: csv.unterminatedQuote };
  }
  const decimalComma = csv.separator === ';';
  const rows: PledgeCsvRead['rows'] = [];
  const unreadable: ImportIssue[] = [];
  for (const record of csv.rows) {
    if (record.cells.length !== csv.header.length) {
      unreadable.push({
        row: record.line,
        label: null,
        reason: importText().check.cells(String(csv.header.length), String(record.cells.length)),
      });
      continue;
    }
    const cell = (name: PledgeCsvColumn): string => {
      const i = index.get(name);
      return i === undefined ? '' : unneutralise((record.cells[i] ?? '').trim());
    };
    const value: Record<string, unknown> = {};
    const set = (field: string, raw: string) => {
      if (raw !== '') value[field] = raw;
    };
    set('id', cell('id'));
    value.donors = list(cell('donors'));
    value.kind = cell('kind') || 'contribution';
    set('label', cell('label'));
    set('instrument', cell('instrument'));
    set('category', cell('category'));
    const amountText = cell('amount');
    const amount = parseDecimal(amountText, decimalComma);
    if (amountText !== '') value.amount = Number.isFinite(amount) ? amount : amountText;
    set('currency', cell('currency').toUpperCase());
    value.qualifier = cell('qualifier') || 'exact';
    value.announced = cell('announced') || null;
    set('status', cell('status'));
    set('statusNote', cell('status_note'));
    set('statusNoteDe', cell('status_note_de'));
    set('shareOf', cell('share_of'));
    const spans = list(cell('spans'));
    if (spans.length > 0) value.spans = spans;
    set('includedIn', cell('included_in'));
    value.description = cell('description') || cell('label');
    set('descriptionDe', cell('description_de'));
    const source: Record<string, unknown> = { date: cell('source_date') || null };
    if (cell('source_title')) source.title = cell('source_title');
    if (cell('source_url')) source.url = cell('source_url');
    if (cell('source_reliability')) source.reliability = cell('source_reliability');
    value.sources = [source];
    rows.push({ line: record.line, value });
  }
  const lastChar = text.charCodeAt(text.length - 1);
  const lastRecord = csv.rows.at(-1);
  const truncated =
    csv.unterminatedQuote ||
    (lastChar !== 10 &&
      lastChar !== 13 &&
      lastRecord !== undefined &&
      lastRecord.cells.length < csv.header.length);
  return { ...base, rows, unreadable, truncated };
}
