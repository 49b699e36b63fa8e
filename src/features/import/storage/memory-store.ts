import type { StoredDataSet } from '../model/import-types';
import { newestFirst, type DataSetStore } from './data-set-store';

/** The same interface kept in a Map: for tests, and when IndexedDB is not available. */
export function createMemoryStore(initial: readonly StoredDataSet[] = []): DataSetStore {
  const sets = new Map(initial.map((set) => [set.id, set]));
  return {
    persistent: false,
    list: () =>
      Promise.resolve(
        [...sets.values()].map(({ payload: _payload, ...meta }) => meta).sort(newestFirst),
      ),
    get: (id) => Promise.resolve(sets.get(id) ?? null),
    put: (set) => {
      sets.set(set.id, set);
      return Promise.resolve();
    },
    remove: (id) => {
      sets.delete(id);
      return Promise.resolve();
    },
  };
}
