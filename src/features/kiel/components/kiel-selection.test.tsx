import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memo } from 'react';
import { createDataServer } from '@mocks/node';
import { EMPTY_FILTERS, type FilterState } from '@/features/filters/model/filter-state';
import type { StoredDataSet } from '@/features/import/model/import-types';
import { setActiveDataSet } from '@/features/import/storage/active-selection';
import { createMemoryStore } from '@/features/import/storage/memory-store';
import { setDataSetStore } from '@/features/import/storage/store-instance';
import { renderWithClient } from '@/test-utils/render-with-client';
import { parseKielDataExplorer } from '../model/parse-kiel';
import { KielMonthlyChart } from './kiel-monthly-chart';

// The summary's lazy module would re-render the chart once it loads, hiding a missing subscription.
vi.mock('@/features/briefing/model/use-takeaways', () => ({ useTakeaways: () => null }));

const server = createDataServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  localStorage.clear();
  setDataSetStore(null);
});
afterAll(() => server.close());

const HEADER =
  '"country","iso","year","month","total","financial","humanitarian","military","commitments","to_be_allocated","gdp","pct_gdp"';

/** An imported data explorer with one donor-month of military aid. */
function kielSet(id: string, year: number, month: number, military: number): StoredDataSet {
  const csv = `${HEADER}\n"Germany","DEU",${year},${month},${military},0,0,${military},${military},0,3601.75,0\n`;
  return {
    id,
    kind: 'kiel',
    fileName: `${id}.csv`,
    importedAt: '2026-11-25T13:02:00.000Z',
    format: 'csv',
    accepted: 1,
    rejected: 0,
    warnings: 0,
    release: null,
    payload: { kind: 'kiel', data: parseKielDataExplorer(csv) },
  };
}

const FILTERS: FilterState = { ...EMPTY_FILTERS, categories: ['military'] };
let parentRenders = 0;
/** A parent that never re-renders on its own: only the chart may react to the selection. */
const Parent = memo(function Parent() {
  parentRenders += 1;
  return <KielMonthlyChart filters={FILTERS} />;
});

const bodyRows = () =>
  [...document.querySelectorAll('table tbody tr')].map((tr) =>
    [...tr.children].map((cell) => cell.textContent ?? ''),
  );

describe('Kiel chart and the data set in use', { timeout: 20_000 }, () => {
  it('re-renders with the newly selected data set without any parent re-render', async () => {
    setDataSetStore(
      createMemoryStore([
        kielSet('imp-first-0001', 2024, 2, 7.5),
        kielSet('imp-second-0001', 2023, 3, 1.25),
      ]),
    );
    setActiveDataSet('kiel', 'imp-first-0001');
    parentRenders = 0;
    renderWithClient(<Parent />);
    await userEvent.click(await screen.findByRole('button', { name: 'Show data table' }));
    expect(bodyRows()).toEqual([['Feb 2024', '7.50', '7.50']]);
    const rendersBefore = parentRenders;

    act(() => setActiveDataSet('kiel', 'imp-second-0001'));
    await waitFor(() => expect(bodyRows()).toEqual([['Mar 2023', '1.25', '1.25']]));
    expect(parentRenders).toBe(rendersBefore);
  });
});
