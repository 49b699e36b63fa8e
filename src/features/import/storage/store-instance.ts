import type { DataSetStore } from './data-set-store';
import { createIdbStore } from './idb-store';
import { createMemoryStore } from './memory-store';

let instance: DataSetStore | null = null;

/** The app's store: IndexedDB when the browser has it, else memory (kept until the tab closes). */
export function getDataSetStore(): DataSetStore {
  instance ??= typeof indexedDB === 'undefined' ? createMemoryStore() : createIdbStore();
  return instance;
}

/** Tests install their own store (and reset with null). */
export function setDataSetStore(store: DataSetStore | null): void {
  instance = store;
}
