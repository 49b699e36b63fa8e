/**
 * One CSV cell, the one escaping rule for every CSV the product writes (chart exports, data-set
 * exports, the pledge template):
 * - numbers are written as they are (a negative number is a number, not a formula);
 * - text a spreadsheet would run as a formula gets an apostrophe in front: text starting with
 *   = + - @, a tab or a carriage return (also after spaces, and the full-width forms some
 *   spreadsheets fold to ASCII). Text that is exactly a plain number ("-5") is left alone: a
 *   spreadsheet reads it as that number and nothing runs;
 * - the same holds after every `,`, `;` or line break inside the text: a spreadsheet that splits
 *   the file on the other separator (German Excel splits on `;`), or ignores quotes, starts a
 *   cell there. "Polen;=1+1" is written as "Polen;'=1+1";
 * - a cell holding a quote, a comma, a semicolon or a line break is quoted.
 * Reading a file back (unneutralise) takes off exactly the apostrophes added here.
 */
const TRIGGER = '=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20';
const FORMULA_START = new RegExp(`^\\s*[${TRIGGER}]`);
const PLAIN_NUMBER = /^\s*-?\d+(?:\.\d+)?(?:e[+-]?\d+)?\s*$/i;
const CELL_BREAK = /(\r\n|[,;\r\n])/;
const NEEDS_QUOTES = /[",;\r\n]/;
const ADDED_APOSTROPHE = new RegExp(`(^|[,;\\r\\n])'(?=\\s*[${TRIGGER}])`, 'g');

function neutralise(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // Odd parts are the breaks themselves; each even part may start a cell in some reader.
  const safe = value
    .split(CELL_BREAK)
    .map((part, i) => (i % 2 === 0 ? neutralise(part) : part))
    .join('');
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A cell as read from a file: the apostrophes csvCell put before formula characters go. */
export function unneutralise(cell: string): string {
  return cell.includes("'") ? cell.replace(ADDED_APOSTROPHE, '$1') : cell;
}
