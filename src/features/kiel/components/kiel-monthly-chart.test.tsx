import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { EMPTY_FILTERS, type FilterState } from '@/lib/filter-state';
import { createDataServer } from '@mocks/node';
import { renderWithClient } from '@/test-utils/render-with-client';
import { KielMonthlyChart } from './kiel-monthly-chart';

// Plain paths: jsdom's URL class does not resolve file: URLs.
const DATA_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../public/data/kiel-ust-r29',
);
const readData = (file: string) => readFileSync(join(DATA_DIR, file), 'utf8');

// The bundled files from public/data (mocks/node.ts); tests swap single files with server.use().
const server = createDataServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * total_allocations.csv (all donors per month, published separately by the Kiel Institute) as
 * table rows: an independent check of the sums the chart computes from data_explorer.csv.
 */
function publishedMonthlyTotals(): string[][] {
  const [header = '', ...lines] = readData('total_allocations.csv').trim().split('\n');
  const columns = header.split(',').map((name) => name.replaceAll('"', ''));
  const at = (cells: string[], name: string) => Number(cells[columns.indexOf(name)]);
  return lines.map((line) => {
    const cells = line.split(',');
    return [
      `${MONTHS[at(cells, 'month') - 1]} ${at(cells, 'year')}`,
      ...['military', 'financial', 'humanitarian', 'total_allocations'].map((name) =>
        at(cells, name).toFixed(2),
      ),
    ];
  });
}

async function openTable() {
  await userEvent.click(await screen.findByRole('button', { name: 'Show data table' }));
  // The table shows once the file has arrived (read from disk by the data server).
  const caption = await screen.findByText(
    'Allocations per month, EUR billion',
    { selector: 'caption' },
    { timeout: 10_000 },
  );
  const table = caption.closest('table');
  if (!table) throw new Error('no data table');
  return table;
}

// Plain selectors: role queries over a 52-row table next to an SVG chart are slow in jsdom.
const text = (cells: Iterable<Element>) => [...cells].map((cell) => cell.textContent ?? '');
const bodyRows = (table: HTMLElement) =>
  [...table.querySelectorAll('tbody tr')].map((tr) => text(tr.children));
const footer = (table: HTMLElement) => text(table.querySelectorAll('tfoot th, tfoot td'));

function renderChart(filters: FilterState = EMPTY_FILTERS) {
  renderWithClient(<KielMonthlyChart filters={filters} />);
}

// Rendering Recharts in jsdom is slow on a busy 2-core machine: allow more than the default 5 s.
describe('KielMonthlyChart', { timeout: 20_000 }, () => {
  it('sums all donors per month, matching the published total_allocations.csv', async () => {
    renderChart();
    expect(document.querySelector('[aria-busy="true"]')).not.toBeNull();
    const table = await openTable();
    const expected = publishedMonthlyTotals();
    expect(expected).toHaveLength(52);
    expect(bodyRows(table)).toEqual(expected);
    expect(footer(table)).toEqual(['Total, 52 months', '172.99', '159.68', '25.72', '358.40']);
    expect(
      screen.getByText(/406 donor-months in this selection report a negative “to be allocated”/),
    ).toBeInTheDocument();
    expect(screen.getByText('EUR billion, allocations')).toBeInTheDocument();
  });

  it('filters donor, months and category; months without rows show as zero', async () => {
    renderChart({
      ...EMPTY_FILTERS,
      donors: ['DEU'],
      from: '2025-01',
      to: '2025-12',
      categories: ['military'],
    });
    const table = await openTable();
    expect(text(table.querySelectorAll('thead th'))).toEqual([
      'Month',
      'Military (EUR bn)',
      'Total (EUR bn)',
    ]);
    // Germany's military allocations in 2025 (data_explorer.csv has no DEU rows for Mar and Sep).
    expect(bodyRows(table)).toEqual([
      ['Jan 2025', '0.39', '0.39'],
      ['Feb 2025', '0.06', '0.06'],
      ['Mar 2025', '0.00', '0.00'],
      ['Apr 2025', '0.20', '0.20'],
      ['May 2025', '4.26', '4.26'],
      ['Jun 2025', '0.00', '0.00'],
      ['Jul 2025', '0.79', '0.79'],
      ['Aug 2025', '1.12', '1.12'],
      ['Sep 2025', '0.00', '0.00'],
      ['Oct 2025', '2.00', '2.00'],
      ['Nov 2025', '0.09', '0.09'],
      ['Dec 2025', '0.11', '0.11'],
    ]);
    expect(footer(table)).toEqual(['Total, 12 months', '9.01', '9.01']);
  });

  it('draws one stacked bar per month with a legend', async () => {
    renderChart({ ...EMPTY_FILTERS, from: '2025-08' });
    const desc = () =>
      document.querySelector('.recharts-wrapper > svg.recharts-surface desc')?.textContent;
    await waitFor(() => expect(desc()).toMatch(/one per month from Aug 2025 to Apr 2026/));
    expect(text(document.querySelectorAll('.recharts-legend-item-text'))).toEqual([
      'Military',
      'Financial',
      'Humanitarian',
    ]);
  });

  it('shows an error naming the file inside the frame, and retries', async () => {
    server.use(
      http.get(
        '*/data/kiel-ust-r29/data_explorer.csv',
        () => new HttpResponse(null, { status: 404 }),
      ),
    );
    renderChart();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/data_explorer\.csv was not found \(404\)/);
    expect(
      screen.getByRole('heading', { name: 'Allocations per month (Kiel tracker)' }),
    ).toBeInTheDocument();
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    const table = await openTable();
    expect(footer(table)).toEqual(['Total, 52 months', '172.99', '159.68', '25.72', '358.40']);
  });
});
