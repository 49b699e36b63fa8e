import type { DataSetPayload } from '../model/import-types';

/**
 * Rows per stored record. A 60 MB Kiel file (about 500,000 rows) in one IndexedDB value failed
 * to save; in records of this size no single value is large, and only the browser's quota limits
 * what can be kept.
 */
export const ROWS_PER_CHUNK = 10_000;

type Row = unknown;

/** The payload without its rows (the "shell") and the rows cut into chunks. */
export function splitPayload(payload: DataSetPayload): { shell: DataSetPayload; chunks: Row[][] } {
  const rows: readonly Row[] =
    payload.kind === 'kiel' ? payload.data.rows : payload.data.dataset.pledges;
  const chunks: Row[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_CHUNK) {
    chunks.push(rows.slice(i, i + ROWS_PER_CHUNK));
  }
  const shell: DataSetPayload =
    payload.kind === 'kiel'
      ? { kind: 'kiel', data: { ...payload.data, rows: [] } }
      : {
          kind: 'pledges',
          data: { ...payload.data, dataset: { ...payload.data.dataset, pledges: [] } },
        };
  return { shell, chunks };
}

/** The payload again from its shell and chunks (in order). */
export function joinPayload(shell: DataSetPayload, chunks: readonly Row[][]): DataSetPayload {
  const rows = chunks.flat();
  if (shell.kind === 'kiel') {
    return { kind: 'kiel', data: { ...shell.data, rows: rows as typeof shell.data.rows } };
  }
  const dataset = { ...shell.data.dataset, pledges: rows as typeof shell.data.dataset.pledges };
  return { kind: 'pledges', data: { ...shell.data, dataset } };
}
