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

const sum = () => screen.getByTestId('funding-gap-sum').textContent ?? '';

// Hand-computed from financing.json and fx-rates.json, coverage prorated to 2026-2027 (the IMF:
// USD 1.5bn paid + USD 6.6bn x 23/48). Net reading (Commission: support promised before
// 17 Nov 2025 is inside the need): EU loan EUR 90bn + IMF 4.01 + Denmark 1.26 + PURL 0.245
// = 95.51 -> gap EUR 40.19bn. Gross reading: every line -> gap EUR 7.55bn.
describe('FinancingPage', { timeout: 30_000 }, () => {
  it('shows the gap for the default estimate, and switching changes the numbers and the URL', async () => {
    window.history.replaceState(null, '', '/?page=financing');
    const user = userEvent.setup();
    renderWithClient(<FinancingPage highlight={[]} />);
    await screen.findByRole('figure', { name: /Funding gap 2026–2027/ }, WAIT);
    expect(screen.getByRole('radio', { name: 'Commission: €135.7B' })).toBeChecked();
    expect(sum()).toContain(
      'The EU’s own arithmetic: need €135.7B = EU share €90.0B (66%, decided) + partners’ share €45.7B.',
    );
    expect(sum()).toContain(
      'Partners’ money listed here and promised since 17 Nov 2025: €5.5B (7 lines, a partial list). Not matched by listed lines: €40.2B.',
    );
    expect(sum()).toContain(
      'Net: only money promised since 17 Nov 2025 subtracted. Gap after each step of certainty: + disbursed → €134.4B; + decided → €41.7B; + pledged → €40.2B; + proposed → €40.2B.',
    );
    expect(screen.getByTestId('funding-gap-rule')).toHaveTextContent(
      /already counts the support promised before 17 Nov 2025.*gross need.*would be €7\.6B.*prorated to Jan 2026–Dec 2027.*not all support/,
    );
    expect(sum()).not.toMatch(/remaining gap/i);

    await user.click(screen.getByRole('radio', { name: 'IMF/Commission: €137B' }));
    expect(sum()).toContain(
      'Gross: every listed line subtracted. Gap after each step of certainty: + disbursed → €135.7B; + decided → €31.5B; + pledged → €16.1B; + proposed → €8.9B.',
    );
    expect(screen.getByTestId('funding-gap-rule')).toHaveTextContent(
      /does not say whether IMF\/Commission: €137B is a gross need.*Gross.*€8\.9B; net.*€41\.5B/,
    );
    expect(new URLSearchParams(window.location.search).get('need')).toBe('imf-137');
    expect(new URLSearchParams(window.location.search).get('page')).toBe('financing');

    await user.click(screen.getByRole('radio', { name: 'News report: more than €100B' }));
    expect(sum()).toContain('+ proposed → none at the lower bound (€28.1B above it');
    expect(screen.getByTestId('funding-gap-rule')).toHaveTextContent(/lower bound/);

    await user.click(screen.getByRole('radio', { name: 'Commission: €135.7B' }));
    expect(window.location.search).toBe('?page=financing');
  });

  it('reads the estimate from the URL and names a value it does not know', async () => {
    window.history.replaceState(null, '', '/?need=imf-135');
    const { unmount } = renderWithClient(<FinancingPage highlight={[]} />);
    await screen.findByTestId('funding-gap-sum', {}, WAIT);
    expect(screen.getByRole('radio', { name: 'IMF: €135B' })).toBeChecked();
    expect(sum()).toContain('+ proposed → €6.9B.');
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
    const steps = within(figure).getByRole('table', { name: /Gap by step of certainty/ });
    const stepRows = within(steps)
      .getAllByRole('row')
      .map((row) => row.textContent ?? '');
    expect(stepRows[1]).toBe('Need€135.7B€135.7B');
    expect(stepRows.at(-1)).toBe('+ proposed€0.0B€40.2B€7.2B€7.6B');
    const table = within(figure).getByRole('table', {
      name: /Coverage lines and how each is counted/,
    });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent ?? '');
    expect(
      rows.some(
        (r) =>
          r.startsWith('★ Germany: 2026 budget for military support') &&
          r.includes('€11.5B') &&
          r.includes('gross only (promised before 17 Nov 2025)'),
      ),
    ).toBe(true);
    expect(
      rows.some(
        (r) =>
          r.startsWith('IMF Extended Fund Facility (48 months): not yet paid') &&
          r.includes('USD 6.6B') &&
          r.includes('47.9 %') &&
          r.includes('both readings'),
      ),
    ).toBe(true);
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
