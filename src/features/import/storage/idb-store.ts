import * as v from 'valibot';
import { dataSetMetaSchema, type StoredDataSet } from '../model/import-types';
import { newestFirst, type DataSetStore } from './data-set-store';

const DB_NAME = 'ukraine-aid-dashboard';
const VERSION = 1;
/** Registry entries (small): listing never loads the rows. */
const META = 'data-set-meta';
/** The validated rows, keyed by the same id. */
const PAYLOAD = 'data-set-payload';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(DB_NAME, VERSION);
  req.onupgradeneeded = () => {
    const db = req.result;
    if (!db.objectStoreNames.contains(META)) db.createObjectStore(META, { keyPath: 'id' });
    if (!db.objectStoreNames.contains(PAYLOAD)) db.createObjectStore(PAYLOAD, { keyPath: 'id' });
  };
  return request(req);
}

/** IndexedDB behind the DataSetStore interface (raw API, one database, two object stores). */
export function createIdbStore(factory: IDBFactory = indexedDB): DataSetStore {
  let db: Promise<IDBDatabase> | null = null;
  const connect = () => {
    db ??= open(factory).catch((error: unknown) => {
      db = null;
      throw error;
    });
    return db;
  };
  return {
    persistent: true,
    async list() {
      const tx = (await connect()).transaction(META, 'readonly');
      const rows: unknown[] = await request(tx.objectStore(META).getAll());
      // Entries that do not match the schema (an older version, a damaged store) are skipped.
      return rows
        .map((row) => v.safeParse(dataSetMetaSchema, row))
        .filter((result) => result.success)
        .map((result) => result.output)
        .sort(newestFirst);
    },
    async get(id) {
      const tx = (await connect()).transaction([META, PAYLOAD], 'readonly');
      const [meta, payload] = await Promise.all([
        request<unknown>(tx.objectStore(META).get(id)),
        request<unknown>(tx.objectStore(PAYLOAD).get(id)),
      ]);
      const parsed = v.safeParse(dataSetMetaSchema, meta);
      if (!parsed.success || typeof payload !== 'object' || payload === null) return null;
      const stored = (payload as { payload?: StoredDataSet['payload'] }).payload;
      if (stored?.kind !== parsed.output.kind) return null;
      return { ...parsed.output, payload: stored };
    },
    async put(set) {
      const tx = (await connect()).transaction([META, PAYLOAD], 'readwrite');
      const { payload, ...meta } = set;
      tx.objectStore(PAYLOAD).put({ id: set.id, payload });
      tx.objectStore(META).put(meta);
      await done(tx);
    },
    async remove(id) {
      const tx = (await connect()).transaction([META, PAYLOAD], 'readwrite');
      tx.objectStore(META).delete(id);
      tx.objectStore(PAYLOAD).delete(id);
      await done(tx);
    },
  };
}
