import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { setActiveDataSet } from '@/lib/data-sets/active-selection';
import { createTestQueryClient } from '@/test-utils/render-with-client';
import { createMemoryStore } from '../storage/memory-store';
import { setDataSetStore } from '../storage/store-instance';
import { storedKielSet } from './stored-kiel-set.fixture';
import { ImportedDataBanner } from './imported-data-banner';

/** Counts loads of the banner's code, which the bundled data's first view does without. */
const bodyLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock('./imported-data-banner-body', async (importOriginal) => {
  bodyLoads.count += 1;
  return importOriginal();
});

const WAIT = { timeout: 10_000 };
const kielSet = storedKielSet('imp-mine-0001', 'mine.csv');

afterEach(() => {
  localStorage.clear();
  setDataSetStore(null);
});

describe('ImportedDataBanner', () => {
  it('loads, draws and reads nothing while the bundled data is in use; the banner once a set is selected', async () => {
    const store = createMemoryStore([kielSet]);
    const list = vi.spyOn(store, 'list');
    setDataSetStore(store);
    const { container } = render(
      <QueryClientProvider client={createTestQueryClient()}>
        <ImportedDataBanner />
      </QueryClientProvider>,
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(container).toBeEmptyDOMElement();
    expect(list).not.toHaveBeenCalled();
    expect(bodyLoads.count).toBe(0);

    act(() => setActiveDataSet('kiel', 'imp-mine-0001'));
    expect(await screen.findByRole('region', { name: 'Data in use' }, WAIT)).toHaveTextContent(
      /mine\.csv/,
    );
    expect(list).toHaveBeenCalled();
    expect(bodyLoads.count).toBe(1);

    // Back to the bundled data: the banner goes.
    act(() => setActiveDataSet('kiel', 'bundled'));
    await waitFor(() => expect(container).toBeEmptyDOMElement(), WAIT);
  });
});
