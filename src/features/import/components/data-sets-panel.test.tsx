import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataServer } from '@mocks/node';
import { importedPledges, pledgeQueries } from '@/features/pledges';
import { createTestQueryClient } from '@/test-utils/render-with-client';
import { loadLocale } from '@/lib/i18n/load-locale';
import { setLocale } from '@/lib/i18n/locale';
import { loadImportedPledges } from '../api/load-imported';
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
beforeAll(() => {
  // What src/app/compose-features.ts wires in the app: the pledge queries load imported sets here.
  importedPledges.provide(loadImportedPledges);
  server.listen({ onUnhandledRequest: 'error' });
});
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

async function openPanel(client = createTestQueryClient()) {
  const user = userEvent.setup();
  const tree = () => (
    <QueryClientProvider client={client}>
      <DataButton />
      <ImportedDataBanner />
    </QueryClientProvider>
  );
  const { rerender } = render(tree());
  await user.click(screen.getByRole('button', { name: 'Data' }));
  // The panel is loaded on demand when the dialog first opens.
  await screen.findByLabelText('Choose a file to import', {}, WAIT);
  /** Draw again (as the app does after a language switch), keeping the panel's state. */
  const redraw = () => rerender(tree());
  return Object.assign(user, { redraw });
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
    // The reason is kept as a code: after a switch to German it reads in German.
    await loadLocale('de');
    try {
      setLocale('de');
      user.redraw();
      const german = await screen.findByText(/^Nur für diese Sitzung in Verwendung/, {}, WAIT);
      expect(german).toHaveTextContent(
        'Dieser Browser hat das Speichern des Datensatzes verweigert',
      );
      expect(german).not.toHaveTextContent('This browser');
    } finally {
      setLocale('en');
      user.redraw();
    }
    expect(await store.list()).toEqual([]);
    const id = getActiveSelection().pledges;
    expect(id).not.toBe(BUNDLED_ID);
    const banner = await screen.findByRole('region', { name: 'Data in use' }, WAIT);
    expect(banner).toHaveTextContent(/Your data: pledges-subset\.csv/);
  });

  it('adds by default: the preview counts and names the duplicate id; the set in use has both', async () => {
    const client = createTestQueryClient();
    const user = await openPanel(client);
    await user.upload(
      screen.getByLabelText('Choose a file to import'),
      fixture('pledges-add-three.csv'),
    );
    const choice = await screen.findByRole(
      'group',
      { name: 'What this file does to the bundled pledges' },
      WAIT,
    );
    const add = within(choice).getByRole('radio', { name: 'Add its lines to the bundled data' });
    expect(add).toBeChecked();
    expect(choice).toHaveTextContent(
      'Adds 3 lines to the 56 bundled lines and replaces 1 of them: 59 lines in use.',
    );
    expect(choice).toHaveTextContent(
      '1 line of this file has an id the bundled data already has: P008. Each replaces the bundled line with the same id',
    );
    // The totals preview is the bundled data with the file added: only the donors it touches.
    const preview = await screen.findByRole('region', { name: /Totals by donor/ }, WAIT);
    expect(within(preview).getByRole('rowheader', { name: 'Poland (POL)' })).toBeInTheDocument();
    expect(within(preview).queryByRole('rowheader', { name: 'Germany (DEU)' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Use this data' }));
    await waitFor(() => expect(getActiveSelection().pledges).not.toBe(BUNDLED_ID));
    const [meta] = await store.list();
    expect(meta).toMatchObject({ fileName: 'pledges-add-three.csv', accepted: 4, mode: 'add' });
    const inUse = await client.fetchQuery(pledgeQueries.dataset(meta?.id ?? BUNDLED_ID));
    const ids = inUse.dataset.pledges.map((p) => p.id);
    expect(ids).toHaveLength(59);
    expect(ids.slice(-3)).toEqual(['U901', 'U902', 'U903']);
    expect(inUse.dataset.pledges.find((p) => p.id === 'P008')?.amount).toBe(120_000_000);
    expect(inUse.rejected).toEqual([]);
    const banner = await screen.findByRole('region', { name: 'Data in use' }, WAIT);
    expect(banner).toHaveTextContent(/pledges-add-three\.csv.*added to the bundled pledge list/);
    const list = screen.getByRole('region', { name: 'Data sets in this browser' });
    expect(
      within(list)
        .getByText(/pledges-add-three\.csv/)
        .closest('li'),
    ).toHaveTextContent('adds to the bundled pledges');
  });

  it('replace, chosen by keyboard: the preview says so and only the file’s lines are in use', async () => {
    const client = createTestQueryClient();
    const user = await openPanel(client);
    await user.upload(
      screen.getByLabelText('Choose a file to import'),
      fixture('pledges-add-three.csv'),
    );
    const add = await screen.findByRole(
      'radio',
      { name: 'Add its lines to the bundled data' },
      WAIT,
    );
    add.focus();
    await user.keyboard('{ArrowDown}');
    const choice = screen.getByRole('group', {
      name: 'What this file does to the bundled pledges',
    });
    expect(
      within(choice).getByRole('radio', { name: 'Use only its lines (replace the bundled data)' }),
    ).toBeChecked();
    expect(choice).toHaveTextContent('Replaces the 56 bundled lines with 4.');
    expect(choice).not.toHaveTextContent('P008');
    // Replacing: every bundled donor not in the file drops out of the totals.
    const preview = await screen.findByRole('region', { name: /Totals by donor/ }, WAIT);
    expect(
      await within(preview).findByRole('rowheader', { name: 'Germany (DEU)' }, WAIT),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use this data' }));
    await waitFor(() => expect(getActiveSelection().pledges).not.toBe(BUNDLED_ID));
    const [meta] = await store.list();
    expect(meta?.mode).toBe('replace');
    const inUse = await client.fetchQuery(pledgeQueries.dataset(meta?.id ?? BUNDLED_ID));
    expect(inUse.dataset.pledges.map((p) => p.id)).toEqual(['U901', 'U902', 'U903', 'P008']);
    const list = screen.getByRole('region', { name: 'Data sets in this browser' });
    expect(
      within(list)
        .getByText(/pledges-add-three\.csv/)
        .closest('li'),
    ).toHaveTextContent('replaces the bundled pledges');
  });

  it('a share of a bundled package: accepted when adding, rejected naming row and field when replacing', async () => {
    const client = createTestQueryClient();
    const user = await openPanel(client);
    await user.upload(
      screen.getByLabelText('Choose a file to import'),
      fixture('pledges-share-of-bundled.csv'),
    );
    const report = await screen.findByRole(
      'region',
      { name: /Check of pledges-share-of-bundled.csv: ready to use/ },
      WAIT,
    );
    // Adding (the default): U911, Finland's share of the bundled P013, resolves.
    expect(within(report).getByText('Rows accepted').nextSibling).toHaveTextContent('1');
    expect(within(report).getByText('Rows rejected').nextSibling).toHaveTextContent('0');
    const preview = await screen.findByRole('region', { name: /Totals by donor/ }, WAIT);
    expect(
      await within(preview).findByRole('rowheader', { name: 'Finland (FIN)' }, WAIT),
    ).toBeInTheDocument();
    // Replacing: the file alone has no P013; the row and the field are named, nothing to use.
    await user.click(
      screen.getByRole('radio', { name: 'Use only its lines (replace the bundled data)' }),
    );
    expect(
      screen.getByRole('region', { name: /Check of pledges-share-of-bundled.csv: refused/ }),
    ).toHaveTextContent(/Row 2.*U911.*shareOf.*P013/);
    expect(screen.queryByRole('button', { name: 'Use this data' })).toBeNull();
    expect(
      screen.getByRole('group', { name: 'What this file does to the bundled pledges' }),
    ).not.toHaveTextContent('Replaces the');
    // Back to adding: usable again, and kept so.
    await user.click(screen.getByRole('radio', { name: 'Add its lines to the bundled data' }));
    await user.click(screen.getByRole('button', { name: 'Use this data' }));
    await waitFor(() => expect(getActiveSelection().pledges).not.toBe(BUNDLED_ID));
    const [meta] = await store.list();
    expect(meta).toMatchObject({ accepted: 1, rejected: 0, mode: 'add' });
    const inUse = await client.fetchQuery(pledgeQueries.dataset(meta?.id ?? BUNDLED_ID));
    expect(inUse.rejected).toEqual([]);
    expect(inUse.dataset.pledges.filter((p) => p.shareOf === 'P013').map((p) => p.id)).toContain(
      'U911',
    );
  });

  it('German: the choice and its preview', async () => {
    await loadLocale('de');
    setLocale('de');
    try {
      const user = userEvent.setup();
      render(
        <QueryClientProvider client={createTestQueryClient()}>
          <DataButton />
        </QueryClientProvider>,
      );
      await user.click(screen.getByRole('button', { name: 'Daten' }));
      const input = await screen.findByLabelText('Datei zum Importieren auswählen', {}, WAIT);
      await user.upload(input, fixture('pledges-add-three.csv'));
      const choice = await screen.findByRole(
        'group',
        { name: 'Was diese Datei mit den mitgelieferten Zusagen macht' },
        WAIT,
      );
      expect(choice).toHaveTextContent(
        'Fügt den 56 mitgelieferten Zeilen 3 Zeilen hinzu und ersetzt 1 davon: 59 Zeilen in Verwendung.',
      );
      expect(choice).toHaveTextContent('P008');
    } finally {
      setLocale('en');
    }
  });

  it('a set kept for this session only is marked so in the data-set list', async () => {
    setDataSetStore({
      ...store,
      persistent: true,
      put: () => Promise.reject(new DOMException('blocked', 'UnknownError')),
    });
    const user = await openPanel();
    await user.upload(
      screen.getByLabelText('Choose a file to import'),
      fixture('pledges-add-three.csv'),
    );
    await user.click(await screen.findByRole('button', { name: 'Use this data' }, WAIT));
    await screen.findByText(/^Now in use for this session only/, {}, WAIT);
    const list = screen.getByRole('region', { name: 'Data sets in this browser' });
    const item = (await within(list).findByText(/pledges-add-three\.csv/, {}, WAIT)).closest('li');
    expect(item).toHaveTextContent('kept for this session only: gone after a reload');
    // The bundled row is not marked.
    expect(within(list).getByText('pledges.json').closest('li')).not.toHaveTextContent(
      'this session only',
    );
  });
});
