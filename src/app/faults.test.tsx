import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
  type MockInstance,
} from 'vitest';
import {
  breakPledgeRow,
  emptyPledgeFile,
  MARKUP,
  parsePledgeFile,
  ROW_FAULTS,
  SCRIPT,
  truncateText,
  UNSAFE_URLS,
  withExtremeAmounts,
  withMarkupInText,
  type RawPledgeFile,
  type RowFaultName,
} from '@mocks/faulty-data';
import { createDataServer, readFromDisk } from '@mocks/node';
import { syntheticPledgeDataset } from '@mocks/synthetic-pledges';
import { setDataTimeout } from '@/lib/fetch-json';
import { createTestQueryClient } from '@/test-utils/render-with-client';
import { App } from './app';

const PLEDGES = '*/data/pledges.json';
const KIEL = '*/data/kiel-ust-r29/data_explorer.csv';
const WAIT = { timeout: 15_000 };

const server = createDataServer();
const read = (path: string) => readFromDisk(path, new Request('http://localhost/'));
let real: RawPledgeFile;
let kielCsv: string;
let consoleError: MockInstance<typeof console.error>;
let restoreTimeout = () => {};

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  real = parsePledgeFile(await read('pledges.json'));
  kielCsv = await read('kiel-ust-r29/data_explorer.csv');
});
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});
afterEach(() => {
  server.resetHandlers();
  restoreTimeout();
  restoreTimeout = () => {};
  consoleError.mockRestore();
  window.history.replaceState(null, '', '/');
});
afterAll(() => server.close());

const serve = (path: string, body: () => Response | Promise<Response>) =>
  server.use(http.get(path, body));
const json = (file: JsonBodyType) => () => HttpResponse.json(file);

function renderApp() {
  render(<App client={createTestQueryClient()} />);
}

/** The headline region once drawn, and its "N pledge lines" note (any thousands separator). */
async function expectPledgeLines(count: number, wait = WAIT) {
  const headline = await screen.findByRole('region', { name: 'Headline figures' }, wait);
  const pattern = new RegExp(`^(${count}|${count.toLocaleString('en-GB')}) pledge lines$`);
  expect(within(headline).getByText(pattern)).toBeInTheDocument();
  return headline;
}

/** Nothing on screen reads NaN, Infinity or an exponent ("1e+21"). */
function expectNoBrokenNumbers() {
  const text = document.body.textContent;
  expect(text).not.toMatch(/NaN|Infinity|\de[+-]\d/);
}

describe('pledge file faults: a clear message, the rest keeps working, retry recovers', () => {
  const failures: {
    name: string;
    respond: () => Response | Promise<Response>;
    timeoutMs?: number;
    message: RegExp;
  }[] = [
    {
      name: 'missing (404)',
      respond: () => new HttpResponse('Not Found', { status: 404 }),
      message: /The data file \S*pledges\.json was not found \(404\)\./,
    },
    {
      name: 'failing (500)',
      respond: () => new HttpResponse('boom', { status: 500 }),
      message: /The data server answered 500 for \S*pledges\.json\./,
    },
    {
      name: 'offline',
      respond: () => HttpResponse.error(),
      message: /\S*pledges\.json could not be reached: the connection may be offline/,
    },
    {
      name: 'slower than the timeout',
      respond: async () => {
        await delay(3_000);
        return HttpResponse.json(real);
      },
      timeoutMs: 200,
      message: /\S*pledges\.json took too long to arrive \(not received within 0\.2 seconds\)/,
    },
    {
      name: 'truncated JSON',
      respond: () => HttpResponse.text(truncateText(JSON.stringify(real, null, 2))),
      message:
        /\S*pledges\.json is malformed: not valid JSON \(\d+ characters received; truncated\?\)/,
    },
  ];

  it.each(failures)('$name', { timeout: 30_000 }, async ({ respond, timeoutMs, message }) => {
    serve(PLEDGES, respond);
    if (timeoutMs) restoreTimeout = setDataTimeout(timeoutMs);
    renderApp();
    const alert = (
      await screen.findByText(/Could not load the pledge data\./, undefined, WAIT)
    ).closest('[role="alert"]');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('The rest of the dashboard keeps working.');
    // The Kiel charts draw from their own file.
    expect(
      await screen.findByRole('heading', { level: 3, name: /allocations by donor/i }, WAIT),
    ).toBeInTheDocument();

    server.resetHandlers();
    restoreTimeout();
    await userEvent.click(within(alert as HTMLElement).getByRole('button', { name: 'Retry' }));
    await expectPledgeLines(real.pledges.length);
    expect(screen.queryByText(/Could not load the pledge data/)).toBeNull();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it(
    'a truncated Kiel CSV fails only the Kiel charts, naming the file',
    { timeout: 30_000 },
    async () => {
      serve(KIEL, () => HttpResponse.text(truncateText(kielCsv)));
      renderApp();
      const messages = await screen.findAllByText(
        /Could not load the Kiel tracker file data_explorer\.csv\./,
        undefined,
        WAIT,
      );
      expect(messages[0]?.closest('[role="alert"]')).toHaveTextContent(
        /data_explorer\.csv is malformed: the file ends in the middle of a row/,
      );
      await expectPledgeLines(real.pledges.length);
    },
  );
});

describe('bad pledge rows are left out and named; the rest is drawn', () => {
  const cases = [
    ...(Object.keys(ROW_FAULTS) as RowFaultName[]).map((fault) => ({
      fault,
      target: 'leaf' as const,
    })),
    { fault: 'negative amount' as const, target: 'package' as const },
  ];

  it.each(cases)('$fault ($target row)', { timeout: 30_000 }, async ({ fault, target }) => {
    const { file, broken, problem } = breakPledgeRow(real, fault, target);
    serve(PLEDGES, json(file));
    renderApp();
    await expectPledgeLines(real.pledges.length - broken.length);
    const notice = screen.getAllByRole('status').find((el) => /left out/.test(el.textContent));
    const [first] = broken;
    const lines =
      broken.length === 1
        ? '1 pledge line in pledges.json was'
        : `${broken.length} pledge lines in pledges.json were`;
    expect(notice).toHaveTextContent(
      `${lines} left out: row ${first!.index + 1} (${first!.id}): ${problem}`,
    );
    for (const row of broken.slice(1, 5)) {
      expect(notice).toHaveTextContent(`row ${row.index + 1} (${row.id}): `);
      expect(notice).toHaveTextContent(
        `which was left out (row ${first!.index + 1} (${first!.id}))`,
      );
    }
    // Unsafe addresses are named as inert text; no link anywhere uses them.
    for (const url of UNSAFE_URLS) {
      expect(document.querySelector(`a[href^="${url.split(':')[0]}:"]`)).toBeNull();
    }
    if (fault.includes('source address')) {
      expect(notice?.textContent).toContain(
        fault.startsWith('javascript') ? UNSAFE_URLS[0] : UNSAFE_URLS[1],
      );
    }
    expect(consoleError).not.toHaveBeenCalled();
  });
});

describe('valid but unusual data', () => {
  it(
    'shows markup and script in every text field as text, creating no element',
    { timeout: 30_000 },
    async () => {
      const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
      serve(PLEDGES, json(withMarkupInText(real)));
      renderApp();
      await expectPledgeLines(real.pledges.length);
      const body = document.body;
      expect(body.textContent).toContain(`${MARKUP}${SCRIPT}`);
      expect(body.querySelector('img')).toBeNull();
      expect(body.querySelector('script')).toBeNull();
      expect(alert).not.toHaveBeenCalled();
      expect(consoleError).not.toHaveBeenCalled();
      alert.mockRestore();
    },
  );

  it('shows an empty state for an empty data set', { timeout: 30_000 }, async () => {
    serve(PLEDGES, json(emptyPledgeFile(real)));
    renderApp();
    await expectPledgeLines(0);
    expect(await screen.findByText('No pledges match this filter.')).toBeInTheDocument();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it(
    'formats huge and tiny amounts without NaN, Infinity or exponents',
    { timeout: 30_000 },
    async () => {
      const { file, huge, tiny } = withExtremeAmounts(real);
      serve(PLEDGES, json(file));
      renderApp();
      await expectPledgeLines(real.pledges.length);
      // The table loads after the charts: wait for its rows (waitFor retries only on a throw).
      const rowOf = (id: string) =>
        waitFor(() => {
          const row = document.getElementById(`pledge-${id}`);
          expect(row).not.toBeNull();
          return row as HTMLElement;
        });
      expect(await rowOf(huge.id)).toHaveTextContent('€1,000B');
      // Amount column (after the instrument): compact, never "1e-2"; what a cent rounds to is open.
      const tinyAmount = within(await rowOf(tiny.id)).getAllByRole('cell')[1];
      expect(tinyAmount?.textContent).toMatch(/€0(\.01)?$/);
      expectNoBrokenNumbers();
      expect(consoleError).not.toHaveBeenCalled();
    },
  );

  it(
    'draws the headline for 100,000 rows, pages the table and sums the timeline by month',
    { timeout: 60_000 },
    async () => {
      const count = 100_000;
      const body = JSON.stringify(syntheticPledgeDataset(count));
      serve(
        PLEDGES,
        () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } }),
      );
      renderApp();
      // Typically 5-12 s here; the longer wait only absorbs a busy machine.
      await expectPledgeLines(count, { timeout: 45_000 });
      expect(
        await screen.findByText(/Showing 100 of 100,000 pledge lines/, undefined, {
          timeout: 20_000,
        }),
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Show 100 more' })).toBeInTheDocument();
      // The synthetic PURL rows span 60 months: one bar per month, not one per row.
      const purl = screen
        .getByRole('heading', { name: 'PURL packages over time' })
        .closest('figure');
      if (!purl) throw new Error('no PURL figure');
      await userEvent.click(within(purl).getByRole('button', { name: 'Show data table' }));
      const monthRows = purl.querySelectorAll('tbody tr').length;
      expect(monthRows).toBeGreaterThan(0);
      expect(monthRows).toBeLessThanOrEqual(60);
      expectNoBrokenNumbers();
      expect(consoleError).not.toHaveBeenCalled();
    },
  );
});
