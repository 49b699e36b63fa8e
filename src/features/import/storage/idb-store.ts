import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
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

/**
 * Opens the database. `onClosed`: this connection was closed (another tab opened a newer version,
 * or the browser closed it, e.g. storage cleared); the store then reconnects on its next use.
 */
async function open(factory: IDBFactory, onClosed: () => void): Promise<IDBPDatabase> {
  const req = factory.open(DB_NAME, VERSION);
  req.onupgradeneeded = () => {
    const db = req.result;
    if (!db.objectStoreNames.contains(META)) db.createObjectStore(META, { keyPath: 'id' });
    if (!db.objectStoreNames.contains(PAYLOAD)) db.createObjectStore(PAYLOAD, { keyPath: 'id' });
    if (!db.objectStoreNames.contains(CHUNKS)) db.createObjectStore(CHUNKS);
  };
  // Another tab holding an older version open: wait no longer than it takes to say so.
  const blocked = new Promise<never>((_, reject) => {
    req.onblocked = () => reject(new StorageUnavailableError('failed'));
  });
  const db = await Promise.race([wrap(req), blocked]);
  if (!db) throw new StorageUnavailableError('failed');
  // On every connection (not only one that upgraded): a newer version opened in another tab must
  // not wait for this one, so close it; this tab reconnects on next use.
  db.addEventListener('versionchange', () => {
    db.close();
    onClosed();
  });
  db.addEventListener('close', onClosed);
  return db;
}

/** IndexedDB behind the DataSetStore interface (through `idb`, one database, three object stores). */
/** `factory` null: this browser has no IndexedDB (every call fails, in words). */
export function createIdbStore(
  factory: IDBFactory | null = globalThis.indexedDB ?? null,
): DataSetStore {
  let db: Promise<IDBPDatabase> | null = null;
  const forget = () => {
    db = null;
  };
  const connect = () => {
    if (!factory) return Promise.reject(new StorageUnavailableError('missing'));
    db ??= Promise.resolve()
      .then(() => open(factory, forget))
      .catch((error: unknown) => {
        db = null;
        throw storageError(error);
      });
    return db;
  };
  return {
    persistent: true,
    async list() {
      const rows: unknown[] = await (await connect()).getAll(META);
      // Entries that do not match the schema (an older version, a damaged store) are skipped.
      return rows
        .map((row) => v.safeParse(dataSetMetaSchema, row))
        .filter((result) => result.success)
        .map((result) => result.output)
        .sort(newestFirst);
    },
    async get(id) {
      const tx = (await connect()).transaction([META, PAYLOAD, CHUNKS], 'readonly');
      const [meta, payload, chunks] = (await Promise.all([
        tx.objectStore(META).get(id),
        tx.objectStore(PAYLOAD).get(id),
        tx.objectStore(CHUNKS).getAll(chunkRange(id)),
      ])) as [unknown, unknown, unknown[]];
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
      let tx: IDBPTransaction<unknown, string[], 'readwrite'> | null = null;
      // Every request made so far, so that when one throws (quota) before all are awaited, the
      // others' rejections (AbortError, once the transaction is undone) are handled, not left loose.
      const requests: Promise<unknown>[] = [];
      const track = (request: Promise<unknown>) => void requests.push(request);
      try {
        tx = (await connect()).transaction([META, PAYLOAD, CHUNKS], 'readwrite');
        track(tx.done);
        const { payload, ...meta } = set;
        const { shell, chunks } = splitPayload(payload);
        const rowStore = tx.objectStore(CHUNKS);
        track(rowStore.delete(chunkRange(set.id)));
        chunks.forEach((rows, index) => track(rowStore.put(rows, chunkKey(set.id, index))));
        track(tx.objectStore(PAYLOAD).put({ id: set.id, payload: shell, chunks: chunks.length }));
        track(tx.objectStore(META).put(meta));
        await Promise.all(requests);
      } catch (error) {
        for (const request of requests) request.catch(() => undefined);
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
      await Promise.all([
        tx.objectStore(META).delete(id),
        tx.objectStore(PAYLOAD).delete(id),
        tx.objectStore(CHUNKS).delete(chunkRange(id)),
        tx.done,
      ]);
    },
  };
}
