/**
 * A small RFC 4180 CSV parser for the bundled data files and for files users import.
 *
 * - strips a UTF-8 byte order mark;
 * - detects the separator (`,` or `;`) from the header line, counting only outside quotes;
 * - quoted fields may hold doubled quotes (`""`), separators and line breaks;
 * - CRLF, LF and lone CR all end a record; blank lines are skipped;
 * - one pass over the string with `charCodeAt`/`indexOf`, no regular expressions per character.
 *
 * It never throws on bad input: it returns what it could read plus `problems`.
 * Checking the number of cells per row is the caller's job (it knows the columns).
 */
import { messages, type Messages } from '@/lib/i18n/messages';

export type CsvSeparator = ',' | ';';

export interface CsvRow {
  /** 1-based physical line on which the record starts (the header is line 1). */
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  /** Worded in the language in use when read; `code` and `args` word it again later. */
  message: string;
  code: keyof Messages['csv'];
  args: string[];
}

export interface CsvParseResult {
  header: string[];
  rows: CsvRow[];
  problems: CsvProblem[];
  separator: CsvSeparator;
  /** The file ended inside a quoted field (truncated); that last record was dropped. */
  unterminatedQuote: boolean;
}

export interface CsvParseOptions {
  /** Force a separator instead of detecting it from the header line. */
  separator?: CsvSeparator;
}

const QUOTE = 34; // "
const LF = 10;
const CR = 13;
const COMMA = 44;
const SEMICOLON = 59;

/** Count `,` and `;` outside quotes on the first line; `;` wins only when it is more frequent. */
export function detectSeparator(text: string): CsvSeparator {
  let commas = 0;
  let semicolons = 0;
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (c === LF || c === CR) break;
    else if (c === COMMA) commas++;
    else if (c === SEMICOLON) semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Number of line breaks (CRLF, LF or lone CR) in text[start, end). */
function countLineBreaks(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

export function parseCsv(input: string, options: CsvParseOptions = {}): CsvParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = options.separator ?? detectSeparator(text);
  const sep = separator.charCodeAt(0);
  const problems: CsvProblem[] = [];
  const records: CsvRow[] = [];
  const length = text.length;

  let pos = 0;
  let line = 1;
  let unterminatedQuote = false;

  while (pos < length) {
    // Skip blank lines between records.
    const first = text.charCodeAt(pos);
    if (first === LF || first === CR) {
      pos += first === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
      line++;
      continue;
    }

    const recordLine = line;
    const cells: string[] = [];
    let truncated = false;

    for (;;) {
      // One field starts at `pos`.
      if (text.charCodeAt(pos) === QUOTE) {
        let value = '';
        let chunkStart = pos + 1;
        for (;;) {
          const close = text.indexOf('"', chunkStart);
          if (close === -1) {
            truncated = true;
            line += countLineBreaks(text, chunkStart, length);
            pos = length;
            break;
          }
          line += countLineBreaks(text, chunkStart, close);
          value += text.slice(chunkStart, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            chunkStart = close + 2;
            continue;
          }
          pos = close + 1;
          break;
        }
        if (truncated) break;
        // After the closing quote only a separator, a line break or the end may follow.
        let tail = pos;
        while (tail < length) {
          const c = text.charCodeAt(tail);
          if (c === sep || c === LF || c === CR) break;
          tail++;
        }
        if (tail > pos) {
          const found = text.slice(pos, Math.min(tail, pos + 20));
          problems.push({
            line,
            message: messages().csv.afterQuote(found),
            code: 'afterQuote',
            args: [found],
          });
          value += text.slice(pos, tail);
          pos = tail;
        }
        cells.push(value);
      } else {
        const start = pos;
        while (pos < length) {
          const c = text.charCodeAt(pos);
          if (c === sep || c === LF || c === CR) break;
          pos++;
        }
        cells.push(text.slice(start, pos));
      }

      // What ends the field?
      if (pos >= length) break;
      const c = text.charCodeAt(pos);
      if (c === sep) {
        pos++;
        if (pos >= length) {
          cells.push('');
          break;
        }
        continue;
      }
      // A line break ends the record.
      pos += c === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
      line++;
      break;
    }

    if (truncated) {
      unterminatedQuote = true;
      problems.push({
        line: recordLine,
        message: messages().csv.unclosedQuote,
        code: 'unclosedQuote',
        args: [],
      });
      break;
    }
    records.push({ line: recordLine, cells });
  }

  const [headerRow, ...rows] = records;
  if (!headerRow) {
    if (problems.length === 0)
      problems.push({ line: 1, message: messages().csv.empty, code: 'empty', args: [] });
    return { header: [], rows: [], problems, separator, unterminatedQuote };
  }
  return { header: headerRow.cells, rows, problems, separator, unterminatedQuote };
}
