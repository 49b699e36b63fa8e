import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { kielFixtureRow } from '../model/test-rows';
import type { StoredDataSet } from '../model/import-types';
import { createIdbStore } from './idb-store';
import { createMemoryStore } from './memory-store';
import { ROWS_PER_CHUNK } from './payload-chunks';
import { setLocale } from '@/lib/i18n/locale';
import { StorageUnavailableError } from './storage-error';
import { createAppStore } from './store-instance';

function kielSet(id: string, rows: number): StoredDataSet {
  return {
    id,
    kind: 'kiel',
    fileName: `${id}.csv`,
    importedAt: '2026-01-01T00:00:00.000Z',
    format: 'csv',
    accepted: rows,
    rejected: 0,
    warnings: 0,
    release: '30',
    payload: {
      kind: 'kiel',
      data: {
        rows: Array.from({ length: rows }, (_, i) =>
          kielFixtureRow({ month: (i % 12) + 1, total: i }),
        ),
        header: ['iso'],
        missingRequired: [],
        duplicateColumns: [],
        problems: [],
        warnings: [],
        recordCount: rows,
        truncated: false,
        quirks: {
          negativeToBeAllocatedRows: 0,
          negativeToBeAllocatedDonors: [],
          donorsWithoutGdp: [],
        },
      },
    },
  };
}

/** Number of records in one object store of the dashboard's database. */
async function countIn(factory: IDBFactory, store: string): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open('ukraine-aid-dashboard');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(new Error('open failed'));
  });
  const count = await new Promise<number>((resolve) => {
    const req = db.transaction(store).objectStore(store).count();
    req.onsuccess = () => resolve(req.result);
  });
  db.close();
  return count;
}

describe('IndexedDB store (fake-indexeddb)', () => {
  it('keeps a large set in chunks of rows and reads it back whole', async () => {
    const factory = new IDBFactory();
    const store = createIdbStore(factory);
    const rows = ROWS_PER_CHUNK * 2 + 5;
    const set = kielSet('imp-big-0001', rows);
    await store.put(set);
    expect(await countIn(factory, 'data-set-chunk')).toBe(3);
    const back = await store.get('imp-big-0001');
    expect(back).toEqual(set);
    expect((await store.list()).map((m) => m.id)).toEqual(['imp-big-0001']);
    await store.remove('imp-big-0001');
    expect(await store.get('imp-big-0001')).toBeNull();
    expect(await countIn(factory, 'data-set-chunk')).toBe(0);
  });

  it('removes a set whole (registry entry, payload, chunks) and leaves the others as they were', async () => {
    const factory = new IDBFactory();
    const store = createIdbStore(factory);
    const kept = kielSet('imp-kept-0001', ROWS_PER_CHUNK + 1);
    await store.put(kielSet('imp-gone-0001', ROWS_PER_CHUNK * 2 + 1));
    await store.put(kept);
    expect(await countIn(factory, 'data-set-payload')).toBe(2);
    await store.remove('imp-gone-0001');
    // Nothing of the removed set stays behind (a payload left over would fill the quota unseen).
    expect(await countIn(factory, 'data-set-meta')).toBe(1);
    expect(await countIn(factory, 'data-set-payload')).toBe(1);
    expect(await countIn(factory, 'data-set-chunk')).toBe(2);
    expect(await store.get('imp-gone-0001')).toBeNull();
    expect(await store.get('imp-kept-0001')).toEqual(kept);
  });

  it('gives way to a newer version opened in another tab, also when it did not create the database', async () => {
    const factory = new IDBFactory();
    await createIdbStore(factory).list(); // the database exists now, at the app's version
    const store = createIdbStore(factory);
    await store.list(); // this connection opened it without an upgrade
    const newer = await new Promise<string>((resolve) => {
      const req = factory.open('ukraine-aid-dashboard', 99);
      req.onsuccess = () => {
        req.result.close();
        resolve('opened');
      };
      req.onblocked = () => resolve('blocked');
      req.onerror = () => resolve('failed');
    });
    expect(newer).toBe('opened');
  });

  it('IndexedDB missing: says so in words', async () => {
    const store = createIdbStore(null);
    const error: unknown = await store.put(kielSet('imp-none-0001', 1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect((error as StorageUnavailableError).reason).toBe('missing');
    expect((error as Error).message).toMatch(/cannot keep imported data/);
    // Worded when read: the same error, kept across a switch, reads in German.
    setLocale('de');
    try {
      expect((error as Error).message).toMatch(/^Dieser Browser kann importierte Daten nicht/);
    } finally {
      setLocale('en');
    }
  });

  it('IndexedDB failing to open (blocked by settings): words, not the raw error', async () => {
    const factory = new IDBFactory();
    factory.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const error: unknown = await createIdbStore(factory)
      .put(kielSet('imp-sec-0001', 1))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect((error as Error).message).toMatch(/refused to keep the data set/);
    expect((error as Error).message).not.toMatch(/insecure/);
  });

  it('quota exceeded while writing: "full", nothing half-written', async () => {
    const factory = new IDBFactory();
    const store = createIdbStore(factory);
    await store.list(); // creates the database
    const { put } = IDBObjectStore.prototype as {
      put: (...args: unknown[]) => IDBRequest<IDBValidKey>;
    };
    let calls = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (++calls === 2) throw new DOMException('quota', 'QuotaExceededError');
      return put.apply(this, args);
    });
    try {
      await expect(store.put(kielSet('imp-full-0001', ROWS_PER_CHUNK * 3))).rejects.toMatchObject({
        reason: 'full',
      });
    } finally {
      spy.mockRestore();
    }
    expect(await store.list()).toEqual([]);
    expect(await countIn(factory, 'data-set-chunk')).toBe(0);
  });
});

describe('the app store: IndexedDB plus sets kept for the session', () => {
  it('lists and reads session sets while IndexedDB fails on every call', async () => {
    const session = createMemoryStore([kielSet('imp-sess-0001', 3)]);
    const app = createAppStore(createIdbStore(null), session);
    expect((await app.list()).map((m) => m.id)).toEqual(['imp-sess-0001']);
    expect((await app.get('imp-sess-0001'))?.payload.kind).toBe('kiel');
    expect(await app.get('imp-other-0001')).toBeNull();
    await app.remove('imp-sess-0001');
    expect(await app.list()).toEqual([]);
  });
});
