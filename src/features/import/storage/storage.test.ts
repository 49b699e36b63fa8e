import { BUNDLED_ID, type StoredDataSet } from '../model/import-types';
import {
  getActiveSelection,
  parseSelection,
  setActiveDataSet,
} from '@/lib/data-sets/active-selection';
import { newDataSetId } from './data-set-store';
import { createMemoryStore } from './memory-store';
import { createAppStore } from './store-instance';

const set = (id: string, importedAt: string): StoredDataSet => ({
  id,
  kind: 'kiel',
  fileName: `${id}.csv`,
  importedAt,
  format: 'csv',
  accepted: 1,
  rejected: 0,
  warnings: 0,
  release: null,
  payload: {
    kind: 'kiel',
    data: {
      rows: [],
      header: [],
      missingRequired: [],
      duplicateColumns: [],
      problems: [],
      warnings: [],
      recordCount: 0,
      truncated: false,
      quirks: {
        negativeToBeAllocatedRows: 0,
        negativeToBeAllocatedDonors: [],
        donorsWithoutGdp: [],
      },
    },
  },
});

describe('parseSelection', () => {
  it.each([
    [null, BUNDLED_ID, BUNDLED_ID],
    ['not json', BUNDLED_ID, BUNDLED_ID],
    ['{"pledges":"imp-abc-123","kiel":"bundled"}', 'imp-abc-123', BUNDLED_ID],
    ['{"pledges":"javascript:x","kiel":42}', BUNDLED_ID, BUNDLED_ID],
    ['[1]', BUNDLED_ID, BUNDLED_ID],
  ])('%j -> pledges %s, kiel %s', (raw, pledges, kiel) => {
    expect(parseSelection(raw)).toEqual({ pledges, kiel });
  });
});

describe('active selection in localStorage', () => {
  afterEach(() => localStorage.clear());
  it('is kept per kind and survives re-reading (a reload)', () => {
    setActiveDataSet('kiel', 'imp-abc-123');
    expect(getActiveSelection()).toEqual({ pledges: BUNDLED_ID, kiel: 'imp-abc-123' });
    expect(getActiveSelection()).toBe(getActiveSelection());
    setActiveDataSet('kiel', BUNDLED_ID);
    expect(getActiveSelection().kiel).toBe(BUNDLED_ID);
  });
});

describe('memory store (same interface as IndexedDB)', () => {
  it('lists newest first without rows, gets, removes', async () => {
    const store = createMemoryStore();
    await store.put(set('imp-aaaa', '2026-01-01T00:00:00.000Z'));
    await store.put(set('imp-bbbb', '2026-02-01T00:00:00.000Z'));
    const list = await store.list();
    expect(list.map((m) => m.id)).toEqual(['imp-bbbb', 'imp-aaaa']);
    expect(list[0]).not.toHaveProperty('payload');
    expect((await store.get('imp-aaaa'))?.fileName).toBe('imp-aaaa.csv');
    await store.remove('imp-aaaa');
    expect(await store.get('imp-aaaa')).toBeNull();
  });

  it('new ids are valid registry ids', () => {
    expect(newDataSetId(new Date(0), () => 0.5)).toMatch(/^imp-[a-z0-9-]{4,64}$/);
  });
});

describe('app store (IndexedDB plus the sets kept for this session)', () => {
  it('lists the sets held in memory marked sessionOnly, the stored ones not', async () => {
    const persistent = createMemoryStore([set('imp-kept', '2026-01-01T00:00:00.000Z')]);
    const session = createMemoryStore([set('imp-held', '2026-02-01T00:00:00.000Z')]);
    const list = await createAppStore(persistent, session).list();
    expect(list.map((m) => [m.id, m.sessionOnly === true])).toEqual([
      ['imp-held', true],
      ['imp-kept', false],
    ]);
  });

  it('IndexedDB failing to list: the session sets are still listed, marked', async () => {
    const failing = {
      ...createMemoryStore(),
      list: () => Promise.reject(new DOMException('blocked', 'UnknownError')),
    };
    const session = createMemoryStore([set('imp-held', '2026-02-01T00:00:00.000Z')]);
    expect(await createAppStore(failing, session).list()).toMatchObject([
      { id: 'imp-held', sessionOnly: true },
    ]);
  });
});
