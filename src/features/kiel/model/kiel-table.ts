import { parseCsv, type CsvRow } from '@/lib/csv/parse-csv';
import { duplicateColumns, type DuplicateColumn } from '@/lib/csv/duplicate-columns';
import { formatDecimal } from '@/lib/format';
import { getLocale } from '@/lib/i18n/locale';
import { kielText } from '../kiel-text';

/**
 * A number from the file inside a message: as JavaScript writes it in English (unchanged for the
 * data checker and the CLI), in the interface language's format otherwise ("1,5").
 */
export function showNumber(value: number): string {
  return getLocale() === 'en' ? String(value) : formatDecimal(value, 12);
}

/** A problem with one row (or with the file, then `field` is "(file)"). */
export interface KielParseIssue {
  /** 1-based physical line in the file. */
  line: number;
  /** Column name as the spec names it, "(row)" for the whole row, "(file)" for the file. */
  field: string;
  message: string;
}

/** What every Kiel file parser returns. Exported for the data checker and the import feature. */
export interface KielTableParse<Row> {
  rows: Row[];
  /** Header as found in the file. */
  header: string[];
  /** Required columns the header lacks; when non-empty, `rows` is empty. */
  missingRequired: string[];
  /** Columns the parser reads that the header names twice; when non-empty, `rows` is empty. */
  duplicateColumns: DuplicateColumn[];
  /** Rows rejected (and file-level problems such as truncation). */
  problems: KielParseIssue[];
  /** Rows kept with a remark (e.g. total differs from the sum of its parts). */
  warnings: KielParseIssue[];
  /** Data records read from the file (kept + rejected). */
  recordCount: number;
  /**
   * The file ends in the middle of a record (an unclosed quote, or no final line break after a
   * last record with too few cells): a truncated transfer, so the rows are not complete.
   */
  truncated: boolean;
}

export interface KielTable {
  header: string[];
  records: CsvRow[];
  /** Column name (lower case) -> cell index, for the required and optional columns found. */
  columns: ReadonlyMap<string, number>;
  missingRequired: string[];
  duplicateColumns: DuplicateColumn[];
  problems: KielParseIssue[];
  /** `;`-separated files (spreadsheet exports in German locales) may use a decimal comma. */
  decimalComma: boolean;
  truncated: boolean;
}

/** Parse CSV text and find columns by name (any order, case-insensitive, trimmed). */
export function readKielTable(
  text: string,
  required: readonly string[],
  optional: readonly string[],
): KielTable {
  const csv = parseCsv(text);
  const positions = new Map<string, number>();
  csv.header.forEach((name, index) => {
    const key = name.trim().toLowerCase();
    if (!positions.has(key)) positions.set(key, index);
  });
  const columns = new Map<string, number>();
  const missingRequired: string[] = [];
  for (const name of required) {
    const index = positions.get(name);
    if (index === undefined) missingRequired.push(name);
    else columns.set(name, index);
  }
  for (const name of optional) {
    const index = positions.get(name);
    if (index !== undefined) columns.set(name, index);
  }
  const duplicates = duplicateColumns(csv.header, [...required, ...optional]);
  const lastChar = text.charCodeAt(text.length - 1);
  const endsWithLineBreak = lastChar === 10 || lastChar === 13;
  const lastRecord = csv.rows.at(-1);
  const lastRecordShort = lastRecord !== undefined && lastRecord.cells.length < csv.header.length;
  return {
    header: csv.header,
    records: missingRequired.length > 0 || duplicates.length > 0 ? [] : csv.rows,
    truncated: csv.unterminatedQuote || (!endsWithLineBreak && lastRecordShort),
    columns,
    missingRequired,
    duplicateColumns: duplicates,
    problems: csv.problems.map((problem) => ({
      line: problem.line,
      field: '(file)',
      message: problem.message,
    })),
    decimalComma: csv.separator === ';',
  };
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A plain decimal number ("0.25", "-3", "1e-6"); NaN for anything else (Number() alone would
 * also accept "", "0x10" and "Infinity"). With `decimalComma`, "1,5" reads as 1.5.
 */
export function parseDecimal(cell: string, decimalComma: boolean): number {
  const trimmed = cell.trim();
  const normalized = decimalComma ? trimmed.replace(',', '.') : trimmed;
  return DECIMAL.test(normalized) ? Number(normalized) : Number.NaN;
}

const MISSING_MARKERS = new Set(['', 'na', 'n/a', 'nan', 'null', '-']);

/**
 * Plausibility bounds for every amount of a Kiel row (absolute values). Above `warn` the row is
 * kept with a warning naming it; above `max` it is rejected naming row and field (a total of
 * 1e308 would otherwise reach the charts as a 300-digit axis label). Release 29's largest values:
 * allocations 19.4 EUR bn per donor-month, commitments 90, GDP 19,713 EUR bn, share of GDP 0.72 %.
 */
export const KIEL_BOUNDS: Readonly<Record<string, { warn: number; max: number }>> = {
  total: { warn: 100, max: 1000 },
  financial: { warn: 100, max: 1000 },
  humanitarian: { warn: 100, max: 1000 },
  military: { warn: 100, max: 1000 },
  commitments: { warn: 300, max: 3000 },
  to_be_allocated: { warn: 300, max: 3000 },
  gdp: { warn: 50_000, max: 200_000 },
  pct_gdp: { warn: 10, max: 100 },
};

/** A number for a message: plain when short, else in exponent form (never 300 digits). */
function shortNumber(value: number): string {
  return Math.abs(value) < 1e9 ? showNumber(value) : value.toExponential(2);
}

/**
 * Reads the cells of one record. The first failure is kept in `failure` and the row is then
 * rejected by the caller; later reads return placeholders. Messages are in the interface language.
 */
export class KielRowReader {
  failure: KielParseIssue | null = null;
  readonly warnings: KielParseIssue[] = [];

  constructor(
    private readonly table: KielTable,
    private readonly record: CsvRow,
  ) {
    if (record.cells.length !== table.header.length) {
      this.fail(
        '(row)',
        kielText().rows.cells(String(table.header.length), String(record.cells.length)),
      );
    }
  }

  get line(): number {
    return this.record.line;
  }

  private cell(name: string): string | undefined {
    const index = this.table.columns.get(name);
    return index === undefined ? undefined : this.record.cells[index];
  }

  fail(field: string, message: string): void {
    this.failure ??= { line: this.record.line, field, message };
  }

  warn(field: string, message: string): void {
    this.warnings.push({ line: this.record.line, field, message });
  }

  /** Trimmed text; empty is a failure. */
  text(name: string): string {
    const value = (this.cell(name) ?? '').trim();
    if (value === '') this.fail(name, kielText().rows.empty);
    return value;
  }

  /** Trimmed text of an optional column, or null when the column or the value is absent. */
  optionalText(name: string): string | null {
    const value = (this.cell(name) ?? '').trim();
    return value === '' ? null : value;
  }

  /** Whole number within [min, max]. */
  integer(name: string, min: number, max: number): number {
    const raw = this.cell(name) ?? '';
    const value = parseDecimal(raw, false);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.fail(name, kielText().rows.wholeNumber(String(min), String(max), raw.trim()));
      return Number.NaN;
    }
    return value;
  }

  /** Non-negative amount (allocations in EUR bn). */
  amount(name: string): number {
    const raw = this.cell(name) ?? '';
    const value = parseDecimal(raw, this.table.decimalComma);
    if (!Number.isFinite(value)) {
      this.fail(name, kielText().rows.number(raw.trim()));
      return Number.NaN;
    }
    if (value < 0) {
      this.fail(name, kielText().rows.negative(shortNumber(value)));
      return Number.NaN;
    }
    return this.bounded(name, value);
  }

  /** The value, or NaN with a failure above its bound; a warning above the usual range. */
  private bounded(name: string, value: number): number {
    const bounds = KIEL_BOUNDS[name];
    if (!bounds) return value;
    if (Math.abs(value) > bounds.max) {
      this.fail(name, kielText().rows.implausible(shortNumber(value), showNumber(bounds.max)));
      return Number.NaN;
    }
    if (Math.abs(value) > bounds.warn) {
      this.warn(name, kielText().rows.unusual(shortNumber(value), showNumber(bounds.warn)));
    }
    return value;
  }

  /**
   * Number of an optional column: null when the column is absent or the cell is empty / NA.
   * A value that is not a number becomes null with a warning (the row is kept).
   */
  optionalNumber(name: string): number | null {
    const raw = this.cell(name);
    if (raw === undefined || MISSING_MARKERS.has(raw.trim().toLowerCase())) return null;
    const value = parseDecimal(raw, this.table.decimalComma);
    if (!Number.isFinite(value)) {
      this.warn(name, kielText().rows.notNumber(raw.trim()));
      return null;
    }
    const checked = this.bounded(name, value);
    return Number.isNaN(checked) ? null : checked;
  }
}

/** "2024", "5" -> "2024-05". */
export function toPeriod(year: number, month: number): string {
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

/** |total - sum of parts| within 1e-6 absolute or 1e-6 relative. */
export function sumsMatch(total: number, parts: number): boolean {
  const diff = Math.abs(total - parts);
  return diff <= 1e-6 || diff <= 1e-6 * Math.abs(total);
}

/** Plausible years for a data row (the tracker starts in 2022). */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
