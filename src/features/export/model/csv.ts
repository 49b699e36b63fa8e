import { BRIEFING_TEXT, type CsvTable } from '@/features/briefing';
import { csvCell } from '@/lib/csv/csv-cell';

/**
 * CSV for a chart's data, for spreadsheets:
 * - UTF-8 with a byte-order mark (Excel then reads accents and "€" correctly), CRLF line ends;
 * - comma-separated; numbers with a dot decimal and no thousands separators, rounded per column
 *   (CsvTable.decimals, else CSV_DEFAULT_DECIMALS) and the rounding stated in a "#" line;
 * - the first rows are metadata lines starting with "#" (title, units, filters, source, as-of,
 *   conversion note), each one quoted cell; tools such as pandas skip them with `comment='#'`;
 * - then one header row and the data rows, the same rows as the chart's data table.
 */
export interface CsvMeta {
  title: string;
  units: string;
  filters: string;
  source: string;
  asOf: string;
  note: string;
}

export const BOM = '\uFEFF';
export const CSV_DEFAULT_DECIMALS = 2;

/** `value` rounded to `decimals`, without float noise or trailing zeros (15126.47365 -> 15126.47). */
export function roundTo(value: number, decimals: number): number {
  return Number.isFinite(value) ? Number(value.toFixed(decimals)) : value;
}

/** Each numeric column's decimals, and the rows with their numbers rounded to them. */
function rounded(table: CsvTable): { rows: (string | number)[][]; stated: string[] } {
  const decimalsOf = (index: number) => table.decimals?.[index] ?? CSV_DEFAULT_DECIMALS;
  const numeric = table.columns
    .map((_, index) => index)
    .filter((index) => table.rows.some((row) => typeof row[index] === 'number'));
  return {
    rows: table.rows.map((row) =>
      row.map((cell, index) =>
        typeof cell === 'number' ? roundTo(cell, decimalsOf(index)) : cell,
      ),
    ),
    stated: numeric.map((index) => `${table.columns[index] ?? ''}: ${decimalsOf(index)}`),
  };
}

export function buildCsv(table: CsvTable, meta: CsvMeta): string {
  // The labels follow the interface language; the numbers below stay machine-readable.
  const t = BRIEFING_TEXT;
  const { rows, stated } = rounded(table);
  const lines = [
    `# ${meta.title}`,
    `# ${t.unitsLabel}: ${meta.units}`,
    `# ${t.filtersLabel}: ${meta.filters}`,
    `# ${t.sourceLabel}: ${meta.source}`,
    `# ${t.asOfLabel}: ${meta.asOf}`,
    ...(meta.note ? [`# ${t.noteLabel}: ${meta.note}`] : []),
    ...(stated.length > 0 ? [`# ${t.roundingLabel}: ${stated.join('; ')}`] : []),
  ].map((line) => csvCell(line.replaceAll(/\s+/g, ' ')));
  lines.push(table.columns.map(csvCell).join(','));
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** "Pledges by donor" -> "pledges-by-donor"; used for file names. */
export function fileStem(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replaceAll(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replaceAll(/[^a-z0-9]+/g, '-')
      .replaceAll(/^-+|-+$/g, '')
      .slice(0, 60) || 'chart'
  );
}
