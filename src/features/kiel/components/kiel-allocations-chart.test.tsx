import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { EMPTY_FILTERS, type FilterState } from '@/lib/filter-state';
import { createDataServer } from '@mocks/node';
import { renderWithClient } from '@/test-utils/render-with-client';
import { KielAllocationsChart } from './kiel-allocations-chart';

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

function renderChart(filters: FilterState = EMPTY_FILTERS, measure: 'eur' | 'gdp' = 'eur') {
  const onMeasureChange = vi.fn();
  renderWithClient(
    <KielAllocationsChart filters={filters} measure={measure} onMeasureChange={onMeasureChange} />,
  );
  return { onMeasureChange };
}

async function openTable() {
  await userEvent.click(await screen.findByRole('button', { name: 'Show data table' }));
  // The table shows once the file has arrived (read from disk by the data server).
  const caption = await screen.findByText(
    /^Allocations by donor, /,
    { selector: 'caption' },
    { timeout: 10_000 },
  );
  const table = caption.closest('table');
  if (!table) throw new Error('no data table');
  return table;
}

// Plain selectors below: role queries over a 42-row table next to an SVG chart are slow in jsdom.
const text = (cells: Iterable<Element>) => [...cells].map((cell) => cell.textContent ?? '');

/** Row headers (donor names) of the table body, in order. */
function donorsInTable(table: HTMLElement): string[] {
  return text(table.querySelectorAll('tbody th'));
}

/** Cells of the body row whose header cell is `donor`. */
function rowCells(table: HTMLElement, donor: string): string[] {
  const row = [...table.querySelectorAll('tbody tr')].find(
    (tr) => tr.querySelector('th')?.textContent === donor,
  );
  if (!row) throw new Error(`no row for ${donor}`);
  return text(row.querySelectorAll('td'));
}

function footerCells(table: HTMLElement): string[] {
  return text(table.querySelectorAll('tfoot th, tfoot td'));
}

/** Sum of a column of another release file, as an independent check on the totals. */
function sumColumn(file: string, column: string): number {
  const [header = '', ...lines] = readData(file).trim().split('\n');
  const index = header.split(',').indexOf(`"${column}"`);
  return lines.reduce((sum, line) => sum + Number(line.split(',')[index]), 0);
}

// Rendering Recharts in jsdom is slow on a busy 2-core machine: allow more than the default 5 s.
describe('KielAllocationsChart', { timeout: 20_000 }, () => {
  it('shows a busy skeleton, then EUR bn per donor with a total row', async () => {
    renderChart();
    expect(document.querySelector('[aria-busy="true"]')).not.toBeNull();
    const table = await openTable();
    expect(document.querySelector('[aria-busy="true"]')).toBeNull();

    // Expectations from data_explorer.csv, all months 2022-01..2026-04 (military, financial, humanitarian, total).
    expect(rowCells(table, 'United States')).toEqual(['64.62', '47.30', '3.47', '115.38']);
    expect(rowCells(table, 'EU institutions')).toEqual(['0.00', '81.21', '3.21', '84.43']);
    expect(rowCells(table, 'Germany')).toEqual(['24.21', '1.65', '4.07', '29.93']);
    expect(donorsInTable(table).slice(0, 3)).toEqual([
      'United States',
      'EU institutions',
      'Germany',
    ]);
    // All 42 donors are in the table (the chart draws the top 15), total = total_allocations.csv.
    expect(donorsInTable(table)).toHaveLength(42);
    const total = sumColumn('total_allocations.csv', 'total_allocations');
    expect(footerCells(table)).toEqual([
      'Total, 42 donors',
      '172.99',
      '159.68',
      '25.72',
      total.toFixed(2),
    ]);
    expect(total.toFixed(2)).toBe('358.40');
  });

  it('shows % of donor GDP with 3 decimals and explains who is left out', async () => {
    renderChart(EMPTY_FILTERS, 'gdp');
    expect(await screen.findByText('% of donor GDP')).toBeInTheDocument();
    const table = await openTable();
    // Denmark: 11.0254 EUR bn / 336.763 EUR bn GDP; eu_aid_shares.csv gives 3.273931 (bilateral, % of GDP).
    expect(rowCells(table, 'Denmark')).toEqual(['2.955', '0.034', '0.285', '3.274']);
    expect(donorsInTable(table)[0]).toBe('Denmark');
    expect(donorsInTable(table)).not.toContain('EU institutions');
    expect(footerCells(table)).toEqual([
      'All 41 donors (% of their combined GDP)',
      '0.262',
      '0.119',
      '0.034',
      '0.416',
    ]);
    expect(
      screen.getByText(
        /Not shown as % of GDP \(1 donor\): EU institutions \(EU institutions have no GDP\)/,
      ),
    ).toBeInTheDocument();
  });

  it('passes the measure toggle to the app', async () => {
    const { onMeasureChange } = renderChart();
    const toggle = await screen.findByRole('group', { name: 'Measure' });
    expect(within(toggle).getByRole('button', { name: 'EUR bn' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(within(toggle).getByRole('button', { name: '% of GDP' }));
    expect(onMeasureChange).toHaveBeenCalledWith('gdp');
  });

  it('applies donors, month range and categories from the filter', async () => {
    renderChart({
      ...EMPTY_FILTERS,
      donors: ['POL', 'DEU'],
      from: '2025-08',
      categories: ['military', 'humanitarian'],
    });
    const table = await openTable();
    expect(text(table.querySelectorAll('thead th'))).toEqual([
      'Donor',
      'Military (EUR bn)',
      'Humanitarian (EUR bn)',
      'Total (EUR bn)',
    ]);
    expect(rowCells(table, 'Germany')).toEqual(['7.51', '0.52', '8.03']);
    expect(rowCells(table, 'Poland')).toEqual(['0.40', '0.00', '0.40']);
    expect(footerCells(table)).toEqual(['Total, 2 donors', '7.92', '0.52', '8.44']);
    expect(
      screen.getByText(/5 donor-months in this selection report a negative “to be allocated”/),
    ).toBeInTheDocument();
  });

  it('notes the negative to_be_allocated quirk and cites the release', async () => {
    renderChart();
    expect(
      await screen.findByText(
        /406 donor-months in this selection report a negative “to be allocated”/,
      ),
    ).toBeInTheDocument();
    const link = screen.getByRole('link', {
      name: /Kiel Institute for the World Economy, Ukraine Support Tracker, Release 29 \(04\/2026\)/,
    });
    expect(link).toHaveAttribute(
      'href',
      'https://www.ifw-kiel.de/topics/war-against-ukraine/ukraine-support-tracker/',
    );
    expect(await screen.findByText(/released 4 Aug 2026/)).toBeInTheDocument();
    expect(screen.getByText(/As of Apr 2026 \(last month of data\)/)).toBeInTheDocument();
  });

  it('draws the top 15 donors with a legend in stacking order, and can show all', async () => {
    renderChart();
    const more = await screen.findByRole('button', { name: 'Show all 42 donors' });
    // The chart's SVG <desc> says how many bars it draws.
    const desc = () =>
      document.querySelector('.recharts-wrapper > svg.recharts-surface desc')?.textContent;
    await waitFor(() => expect(desc()).toMatch(/one per donor \(15 shown\)/));
    const legend = [...document.querySelectorAll('.recharts-legend-item-text')].map(
      (item) => item.textContent,
    );
    expect(legend).toEqual(['Military', 'Financial', 'Humanitarian']);
    await userEvent.click(more);
    await waitFor(() => expect(desc()).toMatch(/one per donor \(42 shown\)/));
    expect(screen.getByRole('button', { name: 'Show top 15 donors' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('shows a load error naming the file, with a working Retry', async () => {
    server.use(
      http.get(
        '*/data/kiel-ust-r29/data_explorer.csv',
        () => new HttpResponse('boom', { status: 500 }),
      ),
    );
    renderChart();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/data_explorer\.csv/);
    expect(alert).toHaveTextContent(/500/);
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    const table = await openTable();
    expect(rowCells(table, 'Germany')).toEqual(['24.21', '1.65', '4.07', '29.93']);
  });

  it.each([
    {
      name: 'a required column is missing',
      body: () => readData('data_explorer.csv').replace('"military"', '"military_aid"'),
      message: /data_explorer\.csv is malformed: missing required column\(s\): military/,
    },
    {
      name: 'the file was cut off mid-row',
      body: () => readData('data_explorer.csv').slice(0, 50_000),
      message: /data_explorer\.csv is malformed: the file ends in the middle of a row/,
    },
    {
      name: 'no row is valid',
      body: () => readData('data_explorer.csv').replace(/,(\d+),(\d+),/g, ',$1,13,'),
      message:
        /data_explorer\.csv is malformed: none of its 1079 data rows is valid; line 2, month/,
    },
  ])('rejects the file when $name', async ({ body, message }) => {
    server.use(http.get('*/data/kiel-ust-r29/data_explorer.csv', () => HttpResponse.text(body())));
    renderChart();
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(
      screen.getByRole('heading', { name: 'Allocations by donor (Kiel tracker)' }),
    ).toBeInTheDocument();
  });

  it('keeps the chart when release_info.csv fails, without the release date', async () => {
    server.use(
      http.get(
        '*/data/kiel-ust-r29/release_info.csv',
        () => new HttpResponse(null, { status: 404 }),
      ),
    );
    renderChart();
    const table = await openTable();
    expect(rowCells(table, 'Germany')).toEqual(['24.21', '1.65', '4.07', '29.93']);
    expect(screen.queryByText(/released/)).toBeNull();
  });
});
