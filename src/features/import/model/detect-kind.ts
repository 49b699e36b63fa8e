import { parseCsv } from '@/lib/csv/parse-csv';
import type { DataSetKind } from './import-types';

export interface DetectedFormat {
  format: 'csv' | 'json';
  /** null: the content matches neither a Kiel data explorer nor a pledge list. */
  kind: DataSetKind | null;
}

/** The header line only (enough to recognise the file; a 10 MB file is not parsed twice). */
function firstLine(text: string): string {
  const end = text.search(/\r|\n/);
  return end === -1 ? text : text.slice(0, end);
}

/**
 * Recognise a file by its content (the name can lie): JSON -> pledge list; CSV with `iso` and
 * `total` -> Kiel data explorer; CSV with `donors` or `instrument` -> pledge list.
 */
export function detectKind(text: string, fileName = ''): DetectedFormat {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart().charAt(0);
  if (start === '{' || start === '[' || /\.json$/i.test(fileName)) {
    return { format: 'json', kind: 'pledges' };
  }
  const header = parseCsv(firstLine(body)).header.map((name) => name.trim().toLowerCase());
  const has = (name: string) => header.includes(name);
  if (has('iso') && (has('total') || has('military'))) return { format: 'csv', kind: 'kiel' };
  if (has('donors') || has('instrument')) return { format: 'csv', kind: 'pledges' };
  return { format: 'csv', kind: null };
}

/** "kiel-ust-r30/data_explorer.csv", "release_31.csv" -> "30", "31"; null when not named. */
export function releaseFromFileName(fileName: string): string | null {
  const match = /(?:^|[^a-z])r(?:elease)?[-_ ]?(\d{1,3})(?!\d)/i.exec(fileName);
  return match?.[1] ?? null;
}
