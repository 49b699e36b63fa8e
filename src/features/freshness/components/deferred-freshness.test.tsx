import { act, screen } from '@testing-library/react';
import { createDataServer } from '@mocks/node';
import { renderWithClient } from '@/test-utils/render-with-client';
import { PageFreshnessNote, StaleSectionNotes } from './deferred-freshness';

/** Serves public/data, every PURL statement dated 30 Nov 2025 (so the PURL note is stale). */
const requested: string[] = [];
const server = createDataServer(async (path, request, read) => {
  requested.push(path);
  const text = await read(path, request);
  if (path !== 'purl-running-totals.json')
    return new Response(text, { headers: { 'Content-Type': 'application/json' } });
  const json = JSON.parse(text) as { statements: { date: string }[] };
  for (const s of json.statements) s.date = '2025-11-30';
  return new Response(JSON.stringify(json), { headers: { 'Content-Type': 'application/json' } });
});

/** The browser's idle callbacks, run when a test says the browser is idle. */
let idleCallbacks: IdleRequestCallback[] = [];
const idle = () =>
  act(() => {
    const run = idleCallbacks;
    idleCallbacks = [];
    for (const callback of run) callback({ didTimeout: false, timeRemaining: () => 50 });
  });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  requested.length = 0;
  idleCallbacks = [];
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
    idleCallbacks.push(callback);
    return idleCallbacks.length;
  });
  vi.stubGlobal('cancelIdleCallback', () => {});
});
afterEach(() => {
  server.resetHandlers();
  vi.unstubAllGlobals();
});
afterAll(() => server.close());

const TODAY = new Date('2026-12-07T12:00:00Z');

describe('the freshness notes, deferred until the browser is idle', () => {
  it('keep the page note’s line and request nothing before, then show the notes', async () => {
    const { container } = renderWithClient(
      <>
        <PageFreshnessNote page="explorer" today={TODAY} />
        <StaleSectionNotes page="explorer" sections={['purl']} today={TODAY} />
      </>,
    );
    // Before the browser is idle: an empty line of the note's size, no text, no PURL request.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const pending = container.querySelector('.freshness');
    expect(pending).toHaveAttribute('aria-hidden', 'true');
    expect(pending?.querySelector('.freshness__line')).toBeInTheDocument();
    expect(pending).toHaveTextContent(/^\s*$/);
    expect(screen.queryByRole('note')).toBeNull();
    expect(requested).not.toContain('purl-running-totals.json');

    idle();
    expect(
      await screen.findByText('Newest figure: Apr 2026 (Kiel tracker, data month) — 221 days ago'),
    ).toBeInTheDocument();
    expect(await screen.findByRole('note')).toHaveTextContent(
      'Older data: PURL running totals, newest figure 30 Nov 2025',
    );
    expect(requested).toContain('purl-running-totals.json');
    expect(container.querySelector('.freshness[aria-hidden]')).toBeNull();
  });
});
