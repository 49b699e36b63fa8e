import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { createTestQueryClient } from '@/test-utils/render-with-client';
import type { StoredDataSet } from '../model/import-types';
import { getActiveSelection, setActiveDataSet } from '@/lib/data-sets/active-selection';
import { createMemoryStore } from '../storage/memory-store';
import { setDataSetStore } from '../storage/store-instance';
import { storedKielSet } from './stored-kiel-set.fixture';
import { ImportedDataBanner } from './imported-data-banner';

const KEY = 'ukraine-aid-dashboard:active-data-sets';
const WAIT = { timeout: 10_000 };
const kielSet = storedKielSet;

/** What another tab does: store a set (shared IndexedDB) and select it (shared localStorage). */
async function otherTabSelects(
  store: ReturnType<typeof createMemoryStore>,
  set: StoredDataSet | null,
  id: string,
) {
  if (set) await store.put(set);
  await act(async () => {
    localStorage.setItem(KEY, JSON.stringify({ pledges: 'bundled', kiel: id }));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    await Promise.resolve();
  });
}

afterEach(() => {
  localStorage.clear();
  setDataSetStore(null);
});

describe('two tabs', () => {
  it("an import in another tab does not reset this tab's (or that tab's) selection", async () => {
    const store = createMemoryStore([kielSet('imp-first-0001', 'first.csv')]);
    setDataSetStore(store);
    setActiveDataSet('kiel', 'imp-first-0001');
    render(
      <QueryClientProvider client={createTestQueryClient()}>
        <ImportedDataBanner />
      </QueryClientProvider>,
    );
    await screen.findByText(/first\.csv/, {}, WAIT);
    await otherTabSelects(store, kielSet('imp-second-0001', 'second.csv'), 'imp-second-0001');
    await screen.findByText(/second\.csv/, {}, WAIT);
    expect(getActiveSelection().kiel).toBe('imp-second-0001');
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}')).toMatchObject({
      kiel: 'imp-second-0001',
    });
    expect(screen.queryByText(/no longer/i)).toBeNull();
  });

  it('a set this tab cannot see (kept for the session elsewhere) falls back here only', async () => {
    const store = createMemoryStore([kielSet('imp-first-0001', 'first.csv')]);
    setDataSetStore(store);
    setActiveDataSet('kiel', 'imp-first-0001');
    render(
      <QueryClientProvider client={createTestQueryClient()}>
        <ImportedDataBanner />
      </QueryClientProvider>,
    );
    await screen.findByText(/first\.csv/, {}, WAIT);
    await otherTabSelects(store, null, 'imp-session-0001');
    await screen.findByRole('status', {}, WAIT);
    expect(getActiveSelection().kiel).toBe('bundled');
    // The shared selection (the other tab's choice) is untouched.
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}')).toMatchObject({
      kiel: 'imp-session-0001',
    });
  });
});
