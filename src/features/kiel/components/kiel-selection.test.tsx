import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memo } from 'react';
import { createDataServer } from '@mocks/node';
import { EMPTY_FILTERS, type FilterState } from '@/lib/filter-state';
import { setActiveDataSet } from '@/lib/data-sets/active-selection';
import { renderWithClient } from '@/test-utils/render-with-client';
import { importedKiel } from '../api/imported-kiel';
import { parseKielDataExplorer, type KielDataExplorerParse } from '../model/parse-kiel';
import { KielMonthlyChart } from './kiel-monthly-chart';

const server = createDataServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  localStorage.clear();
  importedKiel.provide(() => Promise.reject(new Error('no imported data set in this test')));
});
afterAll(() => server.close());

const HEADER =
  '"country","iso","year","month","total","financial","humanitarian","military","commitments","to_be_allocated","gdp","pct_gdp"';

/** An imported data explorer with one donor-month of military aid. */
function kielSet(year: number, month: number, military: number): KielDataExplorerParse {
  const csv = `${HEADER}\n"Germany","DEU",${year},${month},${military},0,0,${military},${military},0,3601.75,0\n`;
  return parseKielDataExplorer(csv);
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
    // The loader src/app provides from the import feature's store, here two sets in memory.
    const sets = new Map([
      ['imp-first-0001', kielSet(2024, 2, 7.5)],
      ['imp-second-0001', kielSet(2023, 3, 1.25)],
    ]);
    importedKiel.provide((id) => {
      const set = sets.get(id);
      return set ? Promise.resolve(set) : Promise.reject(new Error(`no set ${id}`));
    });
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
