import type { StoredDataSet } from '../model/import-types';
import { newestFirst, type DataSetStore } from './data-set-store';
import { createIdbStore } from './idb-store';
import { createMemoryStore } from './memory-store';

/**
 * The app's store: IndexedDB, plus the sets this browser could not keep (IndexedDB missing,
 * blocked, full or failing) held in memory for this session. Reading never fails because
 * IndexedDB does: its sets are then simply not listed.
 */
export function createAppStore(persistent: DataSetStore, session: DataSetStore): DataSetStore {
  return {
    persistent: persistent.persistent,
    async list() {
      const [kept, held] = await Promise.all([persistent.list().catch(() => []), session.list()]);
      // The sets held in memory say so: the data-set list marks them "this session only".
      return [...kept, ...held.map((set) => ({ ...set, sessionOnly: true }))].sort(newestFirst);
    },
    async get(id) {
      return (await session.get(id)) ?? (await persistent.get(id).catch(() => null));
    },
    put: (set) => persistent.put(set),
    async remove(id) {
      if (await session.get(id)) return session.remove(id);
      return persistent.remove(id);
    },
  };
}

let session = createMemoryStore();
let instance: DataSetStore | null = null;

export function getDataSetStore(): DataSetStore {
  instance ??= createAppStore(createIdbStore(), session);
  return instance;
}

/** Keep a set for this session only (the browser could not store it). */
export function keepForSession(set: StoredDataSet): Promise<void> {
  return session.put(set);
}

/** Tests install their own store (and reset with null, which also empties the session). */
export function setDataSetStore(store: DataSetStore | null): void {
  if (store === null) session = createMemoryStore();
  instance = store && createAppStore(store, session);
}
