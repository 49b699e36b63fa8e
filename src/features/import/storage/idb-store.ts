import * as v from 'valibot';
import { dataSetMetaSchema, type StoredDataSet } from '../model/import-types';
import { newestFirst, type DataSetStore } from './data-set-store';
import { joinPayload, splitPayload } from './payload-chunks';
import { StorageUnavailableError, storageError } from './storage-error';

const DB_NAME = 'ukraine-aid-dashboard';
/** 2: rows in chunks (data-set-chunk); version-1 payloads (rows inline) are still read. */
const VERSION = 2;
/** Registry entries (small): listing never loads the rows. */
const META = 'data-set-meta';
/** The payload without its rows ("shell") and the number of chunks, keyed by the same id. */
const PAYLOAD = 'data-set-payload';
/** The rows, ROWS_PER_CHUNK at a time, keyed "id#index". */
const CHUNKS = 'data-set-chunk';
const chunkKey = (id: string, index: number) => `${id}#${String(index).padStart(6, '0')}`;
const chunkRange = (id: string) => IDBKeyRange.bound(`${id}#`, `${id}#\uffff`);

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
    if (!db.objectStoreNames.contains(CHUNKS)) db.createObjectStore(CHUNKS);
    // A newer version opened in another tab: let it upgrade (this tab reconnects on next use).
    db.onversionchange = () => db.close();
  };
  // Another tab holding version 1 open: wait no longer than it takes to say so.
  return new Promise((resolve, reject) => {
    req.onblocked = () => reject(new StorageUnavailableError('failed'));
    request(req).then(resolve, reject);
  });
}

/** IndexedDB behind the DataSetStore interface (raw API, one database, two object stores). */
/** `factory` null: this browser has no IndexedDB (every call fails, in words). */
export function createIdbStore(
  factory: IDBFactory | null = globalThis.indexedDB ?? null,
): DataSetStore {
  let db: Promise<IDBDatabase> | null = null;
  const connect = () => {
    if (!factory) return Promise.reject(new StorageUnavailableError('missing'));
    db ??= Promise.resolve()
      .then(() => open(factory))
      .catch((error: unknown) => {
        db = null;
        throw storageError(error);
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
      const tx = (await connect()).transaction([META, PAYLOAD, CHUNKS], 'readonly');
      const [meta, payload, chunks] = await Promise.all([
        request<unknown>(tx.objectStore(META).get(id)),
        request<unknown>(tx.objectStore(PAYLOAD).get(id)),
        request<unknown[]>(tx.objectStore(CHUNKS).getAll(chunkRange(id))),
      ]);
      const parsed = v.safeParse(dataSetMetaSchema, meta);
      if (!parsed.success || typeof payload !== 'object' || payload === null) return null;
      const record = payload as { payload?: StoredDataSet['payload']; chunks?: number };
      const stored = record.payload;
      if (stored?.kind !== parsed.output.kind) return null;
      if (record.chunks === undefined) return { ...parsed.output, payload: stored };
      // A set whose chunks are not all there (a damaged store) is not shown half.
      if (chunks.length !== record.chunks || !chunks.every(Array.isArray)) return null;
      return { ...parsed.output, payload: joinPayload(stored, chunks as unknown[][]) };
    },
    async put(set) {
      let tx: IDBTransaction | null = null;
      try {
        tx = (await connect()).transaction([META, PAYLOAD, CHUNKS], 'readwrite');
        const { payload, ...meta } = set;
        const { shell, chunks } = splitPayload(payload);
        const rowStore = tx.objectStore(CHUNKS);
        rowStore.delete(chunkRange(set.id));
        chunks.forEach((rows, index) => rowStore.put(rows, chunkKey(set.id, index)));
        tx.objectStore(PAYLOAD).put({ id: set.id, payload: shell, chunks: chunks.length });
        tx.objectStore(META).put(meta);
        await done(tx);
      } catch (error) {
        // A write that threw (quota) leaves nothing behind: the whole transaction is undone.
        try {
          tx?.abort();
        } catch {
          // already finished or aborted
        }
        throw storageError(error);
      }
    },
    async remove(id) {
      const tx = (await connect()).transaction([META, PAYLOAD, CHUNKS], 'readwrite');
      tx.objectStore(META).delete(id);
      tx.objectStore(PAYLOAD).delete(id);
      tx.objectStore(CHUNKS).delete(chunkRange(id));
      await done(tx);
    },
  };
}
