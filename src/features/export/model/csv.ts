import { BRIEFING_TEXT } from '@/features/briefing/briefing-text';
import type { CsvTable } from '@/features/briefing/model/slide-types';
import { csvCell } from '@/lib/csv/csv-cell';

/**
 * CSV for a chart's data, for spreadsheets:
 * - UTF-8 with a byte-order mark (Excel then reads accents and "€" correctly), CRLF line ends;
 * - comma-separated; numbers unformatted with a dot decimal (no thousands separators, no rounding);
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

export function buildCsv(table: CsvTable, meta: CsvMeta): string {
  // The labels follow the interface language; the numbers below stay machine-readable.
  const t = BRIEFING_TEXT;
  const lines = [
    `# ${meta.title}`,
    `# ${t.unitsLabel}: ${meta.units}`,
    `# ${t.filtersLabel}: ${meta.filters}`,
    `# ${t.sourceLabel}: ${meta.source}`,
    `# ${t.asOfLabel}: ${meta.asOf}`,
    ...(meta.note ? [`# ${t.noteLabel}: ${meta.note}`] : []),
  ].map((line) => csvCell(line.replaceAll(/\s+/g, ' ')));
  lines.push(table.columns.map(csvCell).join(','));
  for (const row of table.rows) lines.push(row.map(csvCell).join(','));
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
