import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { createDataServer } from '@mocks/node';
import { setLocale } from '@/lib/i18n/locale';
import { renderWithClient } from '@/test-utils/render-with-client';
import { KielReleaseChanges } from './kiel-release-changes';
import type { KielReleaseRef } from './kiel-release-types';

// Two real states of the tracker's files (tests/fixtures/kiel-releases/README.md), served as the
// bundled folders kiel-ust-r29 (previous) and kiel-ust-r30 (current).
const FIXTURES = join(process.cwd(), 'tests/fixtures/kiel-releases');
const FOLDERS: Record<string, string> = {
  'kiel-ust-r29': 'r29-2026-08-04',
  'kiel-ust-r30': 'r30-label-2026-07-21',
};
const server = createDataServer((path) => {
  const [folder = '', file] = path.split('/');
  const fixture = FOLDERS[folder];
  if (!fixture || file !== 'data_explorer.csv') {
    return Promise.resolve(new HttpResponse(null, { status: 404 }));
  }
  return Promise.resolve(
    HttpResponse.text(readFileSync(join(FIXTURES, fixture, 'data_explorer.csv'), 'utf8')),
  );
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  setLocale('en');
});
afterAll(() => server.close());

const ref = (release: string, period: string, lastMonth: string): KielReleaseRef => ({
  release,
  period,
  date: '2026-08-04',
  label: null,
  folder: `kiel-ust-r${release}`,
  firstMonth: '2022-01',
  lastMonth,
});
const R29 = ref('29', '04/2026', '2026-04');
const R30 = ref('30', '07/2026', '2026-06');

describe('KielReleaseChanges', () => {
  it('with one release bundled, says there is nothing to compare yet', () => {
    renderWithClient(<KielReleaseChanges releases={{ current: R29, previous: null }} />);
    expect(
      screen.getByText(/none to show\. Release 29 is the only Kiel release bundled/),
    ).toBeInTheDocument();
  });

  it('on opening, shows new months apart from revisions, per donor and type', async () => {
    renderWithClient(<KielReleaseChanges releases={{ current: R30, previous: R29 }} />);
    await userEvent.click(screen.getByText('Changes since release 29'));
    expect(
      await screen.findByText(
        'Data to Jun 2026 (previous release: to Apr 2026). New months: May 2026, Jun 2026.',
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table');
    const uk = within(table)
      .getAllByRole('row')
      .find(
        (row) =>
          /United Kingdom/.test(row.textContent ?? '') && /Military/.test(row.textContent ?? ''),
      );
    expect(uk).toBeDefined();
    const cells = within(uk!)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(-3)).toEqual(['+0.871', '−2.680', 'Dec 2022, Dec 2023, Feb 2024, Apr 2026']);
  });

  it('is worded in German too', async () => {
    setLocale('de');
    renderWithClient(<KielReleaseChanges releases={{ current: R30, previous: R29 }} />);
    await userEvent.click(screen.getByText('Änderungen seit Release 29'));
    expect(await screen.findByText(/^Neue Monate \(Mrd\. €\)$/)).toBeInTheDocument();
    expect(screen.getByText(/Neue Monate: Mai 2026, Juni 2026\./)).toBeInTheDocument();
  });
});
