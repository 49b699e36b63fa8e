import { screen, within } from '@testing-library/react';
import { createDataServer } from '@mocks/node';
import { setLocale } from '@/lib/i18n/locale';
import { renderWithClient } from '@/test-utils/render-with-client';
import { DataChangelogSection } from './data-changelog-section';

/** Serves public/data; `log` (when a test sets it) replaces changelog.json. */
let log: unknown = null;
const server = createDataServer(async (path, request, read) => {
  const body =
    path === 'changelog.json' && log !== null ? JSON.stringify(log) : await read(path, request);
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  log = null;
  setLocale('en');
});
afterAll(() => server.close());

const entry = (date: string, reason: string, extra: object = {}) => ({
  date,
  reason,
  summary: [],
  added: [],
  revised: [],
  removed: [],
  ...extra,
});

/** Each list item's own text (a nested list left out), in document order. */
const lineTexts = (root: HTMLElement) =>
  Array.from(root.querySelectorAll('li')).map((li) =>
    Array.from(li.childNodes)
      .filter((node) => !(node instanceof HTMLUListElement))
      .map((node) => node.textContent)
      .join(''),
  );

describe('DataChangelogSection', () => {
  it('shows the bundled changelog’s first entry, which says it records no earlier change', async () => {
    renderWithClient(<DataChangelogSection />);
    expect(
      await screen.findByText(/^7 Dec 2026: 0 added, 0 revised, 0 removed$/),
    ).toBeInTheDocument();
    expect(screen.getByText(/It records no earlier change/)).toBeInTheDocument();
    expect(screen.getAllByText(/^pledges\.json: \d+ lines$/).length).toBeGreaterThan(0);
  });

  it('lists an update newest first: added, revised old → new with the reason, removed', async () => {
    log = {
      title: 't',
      entries: [
        entry('2026-12-01', 'Start'),
        entry('2027-01-15', 'January sweep', {
          added: [{ file: 'pledges.json', key: 'P060', label: 'Norway: PURL package' }],
          revised: [
            {
              file: 'pledges.json',
              key: 'P012',
              label: 'Germany: PURL share',
              changes: [{ field: 'amount', old: '200000000', new: '250000000' }],
              reason: 'Ministry corrected the amount',
            },
          ],
          removed: [{ file: 'fx-rates.json', key: 'SEK', label: 'SEK reference rate' }],
        }),
      ],
    };
    renderWithClient(<DataChangelogSection />);
    const summaries = await screen.findAllByText(/: \d+ added, \d+ revised, \d+ removed$/);
    expect(summaries.map((s) => s.textContent)).toEqual([
      '15 Jan 2027: 1 added, 1 revised, 1 removed',
      '1 Dec 2026: 0 added, 0 revised, 0 removed',
    ]);
    const newest = summaries[0]!.closest('details')!;
    expect(newest).toHaveAttribute('open');
    expect(lineTexts(newest)).toEqual([
      'Norway: PURL package (pledges.json, P060)',
      'Germany: PURL share (pledges.json, P012)',
      'amount: 200000000 → 250000000',
      'Reason: Ministry corrected the amount',
      'SEK reference rate (fx-rates.json, SEK)',
    ]);
  });

  it('shows an entry’s German when German is chosen; a line without German keeps its English, marked lang="en"', async () => {
    setLocale('de');
    log = {
      title: 't',
      entries: [
        entry('2027-01-15', 'January sweep', {
          reasonDe: 'Recherche Januar',
          added: [
            {
              file: 'pledges.json',
              key: 'P060',
              label: 'Norway: PURL package',
              labelDe: 'Norwegen: PURL-Paket',
            },
          ],
          revised: [
            {
              file: 'pledges.json',
              key: 'P012',
              label: 'Germany: PURL share',
              changes: [{ field: 'note', old: 'old note', new: 'new note' }],
              reason: 'Ministry corrected the amount',
              reasonDe: 'Ministerium korrigierte den Betrag',
            },
          ],
          removed: [{ file: 'fx-rates.json', key: 'SEK', label: 'SEK reference rate' }],
          summary: ['pledges.json: 52 lines', 'fx-rates.json: 1 line'],
        }),
      ],
    };
    renderWithClient(<DataChangelogSection />);
    const summary = await screen.findByText(/: 1 hinzugefügt/);
    const details = summary.closest('details')!;
    expect(lineTexts(details)).toEqual([
      'Norwegen: PURL-Paket (pledges.json, P060)',
      'Germany: PURL share (pledges.json, P012)',
      'note: old note → new note',
      'Grund: Ministerium korrigierte den Betrag',
      'SEK reference rate (fx-rates.json, SEK)',
      'pledges.json: 52 Zeilen',
      'fx-rates.json: 1 Zeile',
    ]);
    expect(details.querySelector('p')).toHaveTextContent(/^Grund: Recherche Januar$/);
    // English kept where there is no German, or where it quotes the data file: marked as English.
    expect(within(details).getByText('Germany: PURL share')).toHaveAttribute('lang', 'en');
    expect(within(details).getByText('SEK reference rate')).toHaveAttribute('lang', 'en');
    expect(within(details).getByText('old note')).toHaveAttribute('lang', 'en');
    expect(within(details).getByText('Norwegen: PURL-Paket')).not.toHaveAttribute('lang');
  });

  it('is worded in German, and says so when the file cannot be read', async () => {
    setLocale('de');
    log = { title: 't', entries: [{ date: 'yesterday' }] };
    renderWithClient(<DataChangelogSection />);
    expect(
      screen.getByRole('heading', { name: 'Was sich an den Daten geändert hat' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Das Änderungsprotokoll der Daten konnte nicht geladen werden.',
    );
  });
});
