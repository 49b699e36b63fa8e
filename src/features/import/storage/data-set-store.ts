import type { DataSetMeta, StoredDataSet } from '../model/import-types';

/** A registry entry as listed: `sessionOnly` when this browser could not store it (memory only). */
export type ListedDataSet = DataSetMeta & { sessionOnly?: boolean };

/**
 * Where imported data sets live. The browser uses IndexedDB (idb-store.ts); tests and browsers
 * without IndexedDB use the in-memory version (memory-store.ts). The bundled data is never here.
 */
export interface DataSetStore {
  /** Registry entries only (no rows), newest first. */
  list(): Promise<ListedDataSet[]>;
  get(id: string): Promise<StoredDataSet | null>;
  /** Registry entry and rows are written together, or not at all. */
  put(set: StoredDataSet): Promise<void>;
  remove(id: string): Promise<void>;
  /** True when the data survives a reload. */
  readonly persistent: boolean;
}

export function newestFirst(a: DataSetMeta, b: DataSetMeta): number {
  return b.importedAt.localeCompare(a.importedAt) || a.id.localeCompare(b.id);
}

/** A fresh id such as "imp-m3k9x2-7f3a". */
export function newDataSetId(now: Date, random: () => number = Math.random): string {
  const suffix = Math.floor(random() * 0xffffff)
    .toString(16)
    .padStart(6, '0');
  return `imp-${now.getTime().toString(36)}-${suffix}`;
}
