import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import * as v from 'valibot';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDataServer } from '@mocks/node';
import { setLocale } from '@/lib/i18n/locale';
import { renderWithClient } from '@/test-utils/render-with-client';
import {
  DecisionTimelineSection,
  financingDataSchema,
  financingTextDe,
  financingTexts,
  FundingGapSection,
} from '@/features/financing';

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
// 17 Nov 2025 is inside the need): EU loan EUR 90bn + IMF 4.01 + Denmark 1.26 + PURL 0.245 +
// Canada FY 2026-27 1.23 = 96.74 -> gap EUR 38.96bn. Gross reading: every line -> EUR 3.43bn
// covered beyond the need.
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
      'Partners’ money listed here and promised since 17 Nov 2025: €6.7B (8 lines, a partial list). Not matched by listed lines: €39.0B.',
    );
    expect(sum()).toContain(
      'Net: only money promised since 17 Nov 2025 subtracted. Gap after each step of certainty: + disbursed → €134.4B; + decided → €41.7B; + pledged → €39.0B; + proposed → €39.0B.',
    );
    expect(screen.getByTestId('funding-gap-rule')).toHaveTextContent(
      /already counts the support promised before 17 Nov 2025.*gross need.*would be none \(€3\.4B to spare\).*prorated to Jan 2026–Dec 2027.*not all support/,
    );
    expect(sum()).not.toMatch(/remaining gap/i);

    await user.click(screen.getByRole('radio', { name: 'IMF/Commission: €137B' }));
    expect(sum()).toContain(
      'Gross: every listed line subtracted. Gap after each step of certainty: + disbursed → €135.7B; + decided → €31.5B; + pledged → €14.8B; + proposed → none (€2.1B to spare).',
    );
    expect(screen.getByTestId('funding-gap-rule')).toHaveTextContent(
      /does not say whether IMF\/Commission: €137B is a gross need.*Gross.*none \(€2\.1B to spare\); net.*€40\.3B/,
    );
    expect(new URLSearchParams(window.location.search).get('need')).toBe('imf-137');
    expect(new URLSearchParams(window.location.search).get('page')).toBe('financing');

    await user.click(screen.getByRole('radio', { name: 'News report: more than €100B' }));
    expect(sum()).toContain('+ proposed → none at the lower bound (€39.1B above it');
    expect(screen.getByTestId('funding-gap-rule')).toHaveTextContent(/lower bound/);

    await user.click(screen.getByRole('radio', { name: 'Commission: €135.7B' }));
    expect(window.location.search).toBe('?page=financing');
  });

  it('reads the estimate from the URL and names a value it does not know', async () => {
    window.history.replaceState(null, '', '/?need=imf-135');
    const { unmount } = renderWithClient(<FinancingPage highlight={[]} />);
    await screen.findByTestId('funding-gap-sum', {}, WAIT);
    expect(screen.getByRole('radio', { name: 'IMF: €135B' })).toBeChecked();
    expect(sum()).toContain('+ proposed → none (€4.1B to spare).');
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
    expect(stepRows.at(-1)).toBe('+ proposed€0.0B€39.0B€17.0B−€3.4B');
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
    // Germany's 2026 budget (EUR 11.5bn) and 2027 plan (EUR 9bn): listed, but both promised before
    // the Commission's letter, so none of it is new money in the net reading.
    expect(within(figure).getByText(/Your donor selection/).parentElement).toHaveTextContent(
      'contributes €20.5B of the listed coverage in 2026–2027 (€0.0B of it promised since 17 Nov 2025',
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

describe('FinancingPage in German', { timeout: 30_000 }, () => {
  afterEach(() => setLocale('en'));

  it('shows no English text of financing.json: every label, note, status and timeline line is German', async () => {
    const raw = v.parse(
      financingDataSchema,
      JSON.parse(
        readFileSync(resolve(__dirname, '../../public/data/financing.json'), 'utf8'),
      ) as unknown,
    );
    setLocale('de');
    window.history.replaceState(null, '', '/?page=financing&lang=de');
    renderWithClient(<FinancingPage highlight={[]} />);
    await screen.findByRole('figure', { name: /Finanzierungslücke 2026–2027/ }, WAIT);
    await screen.findByRole('heading', { name: 'Kommission legt Plan A und Plan B vor' }, WAIT);
    // Every string on the page, the closed <details> and the data table included; the titles of
    // the linked sources stay as published (a citation).
    const page = document.body.cloneNode(true) as HTMLElement;
    page.querySelectorAll('a[href]').forEach((link) => link.remove());
    const shown = page.textContent ?? '';
    const english = financingTexts(raw).filter(
      (text) => financingTextDe(text) !== text && text.length > 6,
    );
    expect(english.length).toBeGreaterThan(100);
    expect(english.filter((text) => shown.includes(text))).toEqual([]);
    expect(shown).not.toMatch(/: (not yet )?paid\b/);
    expect(shown).toContain('der Teil „Makrofinanz- und Haushaltsbedarf“');
    expect(shown).toMatch(/Vorschlag Reparationskredit \(Plan B\), 165\sMrd\.\s€/);
    // Quotations stay in their English original, marked as English for screen readers.
    const quoted = [...document.querySelectorAll('[lang="en"]')].map((el) => el.textContent);
    expect(quoted).toContainEqual(
      expect.stringMatching(/^According to preliminary IMF projections/),
    );
    expect(quoted).toContainEqual(expect.stringMatching(/^As long as Ukraine blocks the Druzhba/));
    expect(quoted).toContain('worst of all options');
  });
});
