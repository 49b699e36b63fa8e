import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDataServer } from '@mocks/node';
import { renderWithClient } from '@/test-utils/render-with-client';
import { DecisionTimelineSection } from './components/decision-timeline-section';
import { FundingGapSection } from './components/funding-gap-section';

/** This feature's two views (the page also holds the EU-options views, tested in their folder). */
function FinancingPage({ highlight }: { highlight: readonly string[] }) {
  return (
    <>
      <FundingGapSection highlight={highlight} />
      <DecisionTimelineSection highlight={highlight} />
    </>
  );
}

const WAIT = { timeout: 15_000 };
const server = createDataServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  window.history.replaceState(null, '', '/');
});
afterAll(() => server.close());

const sum = () => screen.getByTestId('funding-gap-sum').textContent;

// Hand-computed from financing.json and fx-rates.json: coverage EUR 131.1029669bn
// (disbursed 1.29, decided 107.176, pledged 15.4369654, proposed 7.2000015).
describe('FinancingPage', { timeout: 30_000 }, () => {
  it('shows the gap for the default estimate, and switching changes the numbers and the URL', async () => {
    window.history.replaceState(null, '', '/?page=financing');
    const user = userEvent.setup();
    renderWithClient(<FinancingPage highlight={[]} />);
    await screen.findByRole('figure', { name: /Funding gap 2026–2027/ }, WAIT);
    expect(screen.getByRole('radio', { name: 'Commission: €135.7B' })).toBeChecked();
    expect(sum()).toBe('Need €135.7B − covered €131.1B = remaining gap €4.6B');

    await user.click(screen.getByRole('radio', { name: 'IMF/Commission: €137B' }));
    expect(sum()).toBe('Need €137.0B − covered €131.1B = remaining gap €5.9B');
    expect(new URLSearchParams(window.location.search).get('need')).toBe('imf-137');
    expect(new URLSearchParams(window.location.search).get('page')).toBe('financing');

    await user.click(screen.getByRole('radio', { name: 'News report: more than €100B' }));
    expect(sum()).toBe('Need at least €100.0B − covered €131.1B = covered, with €31.1B to spare');

    await user.click(screen.getByRole('radio', { name: 'Commission: €135.7B' }));
    expect(window.location.search).toBe('?page=financing');
  });

  it('reads the estimate from the URL and names a value it does not know', async () => {
    window.history.replaceState(null, '', '/?need=imf-135');
    const { unmount } = renderWithClient(<FinancingPage highlight={[]} />);
    await screen.findByTestId('funding-gap-sum', {}, WAIT);
    expect(screen.getByRole('radio', { name: 'IMF: €135B' })).toBeChecked();
    expect(sum()).toBe('Need €135.0B − covered €131.1B = remaining gap €3.9B');
    unmount();

    window.history.replaceState(null, '', '/?need=bogus');
    renderWithClient(<FinancingPage highlight={[]} />);
    expect(
      await screen.findByText(/need estimate “bogus” was not recognised/, {}, WAIT),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Commission: €135.7B' })).toBeChecked();
  });

  it('shows the arithmetic as a table, with sources as links and the selected donors marked', async () => {
    const user = userEvent.setup();
    renderWithClient(<FinancingPage highlight={['DEU']} />);
    const figure = await screen.findByRole('figure', { name: /Funding gap 2026–2027/ }, WAIT);
    await user.click(within(figure).getByRole('button', { name: 'Show data table' }));
    const table = within(figure).getByRole('table', { name: /Funding gap arithmetic/ });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent ?? '');
    expect(rows[1]).toContain('€135.7B');
    expect(
      rows.some(
        (r) =>
          r.startsWith('− ★ Germany: 2026 budget for military support') && r.includes('−€11.5B'),
      ),
    ).toBe(true);
    expect(
      rows.some(
        (r) =>
          r.startsWith('− IMF Extended Fund Facility (48 months): paid') &&
          r.includes('USD 1.5B') &&
          r.includes('0.86'),
      ),
    ).toBe(true);
    expect(rows.at(-1)).toMatch(/^= Remaining gap.*€4\.6B$/);
    const link = within(table).getByRole('link', {
      name: /EEAS: European Council, 18 December 2025/,
    });
    expect(link).toHaveAttribute(
      'href',
      'https://www.eeas.europa.eu/delegations/ukraine/european-council-18-december-2025-ukraine_en',
    );
    expect(within(figure).getByRole('table', { name: /By part of the need/ })).toBeInTheDocument();
    // Conflict: both values with their sources.
    expect(within(figure).getByText(/Sources disagree/).parentElement).toHaveTextContent(
      /€52\.3B.*€55\.2B/,
    );
    expect(within(figure).getByText(/Your donor selection/).parentElement).toHaveTextContent(
      '€11.5B',
    );
  });

  it('lists the decision timeline in date order with sources', async () => {
    renderWithClient(<FinancingPage highlight={['HUN']} />);
    const figure = await screen.findByRole('figure', { name: /Decision timeline/ }, WAIT);
    const events = within(figure).getAllByRole('listitem');
    expect(events.length).toBe(14);
    expect(events[0]).toHaveTextContent('3 Dec 2025');
    expect(
      events.some(
        (e) => /Hungary blocks the loan/.test(e.textContent ?? '') && /★/.test(e.textContent ?? ''),
      ),
    ).toBe(true);
    expect(within(events[0] as HTMLElement).getAllByRole('link').length).toBeGreaterThan(0);
    expect(events.at(-1)).toHaveTextContent(/Unconfirmed/);
  });
});
