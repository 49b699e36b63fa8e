import { screen, waitFor } from '@testing-library/react';
import { createDataServer } from '@mocks/node';
import { setLocale } from '@/lib/i18n/locale';
import { renderWithClient } from '@/test-utils/render-with-client';
import { PageFreshnessNote, StaleSectionNotes } from './freshness-notes';

/** Serves public/data; every PURL statement is dated `purlDate` when a test sets it. */
let purlDate: string | null = null;
const server = createDataServer(async (path, request, read) => {
  const text = await read(path, request);
  if (path !== 'purl-running-totals.json' || purlDate === null)
    return new Response(text, { headers: { 'Content-Type': 'application/json' } });
  const json = JSON.parse(text) as { statements: { date: string }[] };
  for (const s of json.statements) s.date = purlDate;
  return new Response(JSON.stringify(json), { headers: { 'Content-Type': 'application/json' } });
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  purlDate = null;
  setLocale('en');
});
afterAll(() => server.close());

const TODAY = new Date('2026-12-07T12:00:00Z');

describe('PageFreshnessNote', () => {
  it('says how old the explorer’s newest figure is, from the bundled files', async () => {
    renderWithClient(<PageFreshnessNote page="explorer" today={TODAY} />);
    // Newest on the explorer: the Kiel release's data month (Apr 2026, counted from 30 Apr).
    expect(
      await screen.findByText('Newest figure: Apr 2026 (Kiel tracker, data month) — 221 days ago'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Pledges: 21 Apr 2026')).toBeInTheDocument());
    expect(await screen.findByText('PURL running totals: 10 Feb 2026')).toBeInTheDocument();
  });

  it('counts the financing page from its own data, in German too', async () => {
    setLocale('de');
    renderWithClient(<PageFreshnessNote page="financing" today={TODAY} />);
    expect(
      await screen.findByText(/^Neueste Zahl: \d+\. [A-ZÄa-zä.]+ 2026 \([^)]+\) — vor \d+ Tagen$/),
    ).toBeInTheDocument();
    // Each data set arrives on its own: wait for this one too.
    expect(await screen.findByText(/^EU-Optionen: 1\. Juni 2026$/)).toBeInTheDocument();
  });

  it('moves with today (nothing fixed in the component)', async () => {
    renderWithClient(
      <PageFreshnessNote page="explorer" today={new Date('2027-01-01T00:00:00Z')} compact />,
    );
    expect(
      await screen.findByText('Newest figure: Apr 2026 (Kiel tracker, data month) — 246 days ago'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Newest figure by data set')).toBeNull();
  });
});

describe('StaleSectionNotes', () => {
  it('says nothing while the section’s data is within 90 days of the page’s newest', async () => {
    renderWithClient(
      <>
        <PageFreshnessNote page="explorer" today={TODAY} />
        <StaleSectionNotes page="explorer" sections={['purl']} today={TODAY} />
      </>,
    );
    await screen.findByText('PURL running totals: 10 Feb 2026');
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('flags a data set more than 90 days older than the page’s newest figure', async () => {
    purlDate = '2025-11-30';
    renderWithClient(<StaleSectionNotes page="explorer" sections={['purl']} today={TODAY} />);
    expect(await screen.findByRole('note')).toHaveTextContent(
      'Older data: PURL running totals, newest figure 30 Nov 2025, 151 days older than the newest figure on this page (Apr 2026).',
    );
  });
});
