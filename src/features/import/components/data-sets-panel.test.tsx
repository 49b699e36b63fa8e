import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataServer } from '@mocks/node';
import { createTestQueryClient } from '@/test-utils/render-with-client';
import { BUNDLED_ID } from '../model/import-types';
import { getActiveSelection } from '@/lib/data-sets/active-selection';
import type { DataSetStore } from '../storage/data-set-store';
import { createMemoryStore } from '../storage/memory-store';
import { setDataSetStore } from '../storage/store-instance';
import { DataButton } from './data-button';
import { ImportedDataBanner } from './imported-data-banner';

const WAIT = { timeout: 15_000 };
const server = createDataServer();
const fixture = (name: string) =>
  new File([readFileSync(join(process.cwd(), 'tests/fixtures/import', name))], name, {
    type: name.endsWith('.json') ? 'application/json' : 'text/csv',
  });

let store: DataSetStore;
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  store = createMemoryStore();
  setDataSetStore(store);
});
afterEach(() => {
  server.resetHandlers();
  localStorage.clear();
  setDataSetStore(null);
});
afterAll(() => server.close());

async function openPanel() {
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <DataButton />
      <ImportedDataBanner />
    </QueryClientProvider>,
  );
  await user.click(screen.getByRole('button', { name: 'Data' }));
  // The panel is loaded on demand when the dialog first opens.
  await screen.findByLabelText('Choose a file to import', {}, WAIT);
  return user;
}

describe('DataSetsPanel', () => {
  it('a refused file names the missing column and changes nothing', async () => {
    const user = await openPanel();
    await user.upload(
      screen.getByLabelText('Choose a file to import'),
      fixture('kiel-missing-military.csv'),
    );
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent('Missing required column(s): military');
    expect(screen.queryByRole('button', { name: 'Use this data' })).toBeNull();
    expect(await store.list()).toEqual([]);
    expect(getActiveSelection()).toEqual({ pledges: BUNDLED_ID, kiel: BUNDLED_ID });
  });

  it('report (counts, rejected rows, preview) -> Cancel keeps nothing', async () => {
    const user = await openPanel();
    await user.upload(
      screen.getByLabelText('Choose a file to import'),
      fixture('kiel-corrupt-rows.csv'),
    );
    const report = await screen.findByRole(
      'region',
      { name: /Check of kiel-corrupt-rows.csv/ },
      WAIT,
    );
    expect(within(report).getByText('Rows accepted').nextSibling).toHaveTextContent('47');
    expect(report).toHaveTextContent(
      'Row 10: month: expected a whole number from 1 to 12, found "13"',
    );
    const preview = await within(report).findByRole('region', { name: /Totals by donor/ }, WAIT);
    expect(within(preview).getByRole('rowheader', { name: 'Germany (DEU)' })).toBeInTheDocument();
    await user.click(within(report).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: /Check of/ })).toBeNull();
    expect(await store.list()).toEqual([]);
    expect(getActiveSelection().kiel).toBe(BUNDLED_ID);
  });

  it('Use this data -> stored, in use, labelled; Remove -> bundled again', async () => {
    const user = await openPanel();
    await user.upload(
      screen.getByLabelText('Choose a file to import'),
      fixture('pledges-subset.csv'),
    );
    await user.click(await screen.findByRole('button', { name: 'Use this data' }, WAIT));
    await waitFor(() => expect(getActiveSelection().pledges).not.toBe(BUNDLED_ID));
    const [meta] = await store.list();
    expect(meta).toMatchObject({ kind: 'pledges', fileName: 'pledges-subset.csv', accepted: 16 });
    expect(getActiveSelection().pledges).toBe(meta?.id);
    const banner = await screen.findByRole('region', { name: 'Data in use' }, WAIT);
    expect(banner).toHaveTextContent(
      /Your data: pledges-subset\.csv \(imported \d+ \w{3} \d{4} \d{2}:\d{2}\)/,
    );
    await user.click(screen.getByRole('button', { name: 'Remove pledges-subset.csv' }));
    await waitFor(() => expect(getActiveSelection().pledges).toBe(BUNDLED_ID));
    expect(await store.list()).toEqual([]);
  });

  it('storage failing -> kept for this session, and the panel says so (not "Now in use")', async () => {
    const failing: DataSetStore = {
      ...store,
      persistent: true,
      put: () => Promise.reject(new DOMException('raw IndexedDB text', 'UnknownError')),
    };
    setDataSetStore(failing);
    const user = await openPanel();
    await user.upload(
      screen.getByLabelText('Choose a file to import'),
      fixture('pledges-subset.csv'),
    );
    await user.click(await screen.findByRole('button', { name: 'Use this data' }, WAIT));
    const status = await screen.findByText(/^Now in use for this session only/, {}, WAIT);
    expect(status).toHaveTextContent(
      'This browser refused to keep the data set (its storage is blocked or failing).',
    );
    expect(status).toHaveTextContent('gone after a reload');
    expect(status).not.toHaveTextContent('raw IndexedDB text');
    expect(await store.list()).toEqual([]);
    const id = getActiveSelection().pledges;
    expect(id).not.toBe(BUNDLED_ID);
    const banner = await screen.findByRole('region', { name: 'Data in use' }, WAIT);
    expect(banner).toHaveTextContent(/Your data: pledges-subset\.csv/);
  });
});
