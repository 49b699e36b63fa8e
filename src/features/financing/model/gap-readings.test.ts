// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRateTable, type RateTable } from '@/features/pledges';
import { fxRatesSchema } from '@/lib/fx-schema';
import * as v from 'valibot';
import { financingDataSchema, type CoverageItem, type NeedEstimate } from '../api/financing-schema';
import { coverageLines } from './coverage-lines';
import { euFraming, firmGap, gapReadings, primaryReading, readingsDiffer } from './gap-readings';
import { monthsIn, overlapMonths, windowLines } from './prorate';

const RATES: RateTable = new Map([
  ['EUR', 1],
  ['USD', 0.8],
]);
const SRC = [{ title: 'S', url: 'https://example.org/s', date: '2025-11-20' }];
const WINDOW = { from: '2026-01', to: '2027-12' };

function item(
  partial: Partial<CoverageItem> & Pick<CoverageItem, 'id' | 'amount' | 'status'>,
): CoverageItem {
  return {
    label: partial.id,
    donors: [],
    currency: 'EUR',
    qualifier: 'exact',
    period: '2026-2027',
    span: WINDOW,
    dates: [{ what: 'x', date: '2026-01' }],
    note: 'n',
    sources: SRC,
    ...partial,
  };
}

function estimate(partial: Partial<NeedEstimate> = {}): NeedEstimate {
  return {
    id: 'need',
    label: 'need',
    shortLabel: 'need',
    amount: 100e9,
    currency: 'EUR',
    qualifier: 'exact',
    period: '2026-2027',
    window: WINDOW,
    statedBy: 's',
    basis: 'b',
    sources: SRC,
    ...partial,
  };
}

const NET_OF = { before: '2025-11-17', statement: 's', sources: SRC };

describe('prorating to the need’s months', () => {
  it('counts months inclusively and only where the spans meet', () => {
    expect(monthsIn({ from: '2026-02', to: '2030-01' })).toBe(48);
    expect(overlapMonths({ from: '2026-02', to: '2030-01' }, WINDOW)).toBe(23);
    expect(overlapMonths({ from: '2024-01', to: '2025-12' }, WINDOW)).toBe(0);
    expect(overlapMonths({ from: '2026-04', to: '2026-04' }, WINDOW)).toBe(1);
  });

  it('spreads the unpaid rest evenly and counts a paid tranche in its month', () => {
    const imf = item({
      id: 'imf',
      amount: 8e9,
      currency: 'USD',
      status: 'decided',
      span: { from: '2026-02', to: '2030-01' },
      tranches: [
        {
          label: 'p',
          amount: 2e9,
          currency: 'USD',
          date: '2026-02-27',
          status: 'paid',
          sources: SRC,
        },
      ],
    });
    const lines = windowLines(coverageLines([imf], RATES), [imf], WINDOW);
    const paid = lines.find((l) => l.part === 'paid');
    const rest = lines.find((l) => l.part === 'rest');
    expect(paid?.eurInWindow).toBeCloseTo(2e9 * 0.8);
    expect(rest?.eurInWindow).toBeCloseTo(6e9 * 0.8 * (23 / 48));
  });

  it('leaves out a tranche paid before the window', () => {
    const old = item({
      id: 'old',
      amount: 10e9,
      status: 'decided',
      span: { from: '2025-01', to: '2026-12' },
      tranches: [
        { label: 'p', amount: 4e9, currency: 'EUR', date: '2025-06', status: 'paid', sources: SRC },
      ],
    });
    const lines = windowLines(coverageLines([old], RATES), [old], WINDOW);
    expect(lines.find((l) => l.part === 'paid')?.eurInWindow).toBe(0);
    expect(lines.find((l) => l.part === 'rest')?.eurInWindow).toBeCloseTo(6e9 * (12 / 24));
  });
});

describe('the two readings and the steps by certainty', () => {
  const early = item({
    id: 'early',
    amount: 10e9,
    status: 'decided',
    dates: [{ what: 'budgeted', date: '2025-10-15' }],
  });
  const loan = item({
    id: 'loan',
    amount: 60e9,
    status: 'decided',
    dates: [{ what: 'agreed', date: '2025-12-18' }],
  });
  const pledge = item({ id: 'pledge', amount: 5e9, status: 'pledged' });
  const proposal = item({ id: 'proposal', amount: 1e9, status: 'proposed' });
  const items = [early, loan, pledge, proposal];
  const lines = coverageLines(items, RATES);

  it('the net reading leaves out what was promised before the letter; gross subtracts all', () => {
    const r = gapReadings(estimate({ netOf: NET_OF }), items, lines, RATES);
    expect(r.primary).toBe('net');
    expect(r.net.inside.map((l) => l.itemId)).toEqual(['early']);
    expect(r.net.gapEur).toBeCloseTo(100e9 - 66e9);
    expect(r.gross.gapEur).toBeCloseTo(100e9 - 76e9);
    expect(readingsDiffer(r)).toBe(true);
  });

  it('gives the gap after each status, cumulatively, firmest first', () => {
    const r = gapReadings(estimate({ netOf: NET_OF }), items, lines, RATES);
    expect(r.net.steps.map((s) => [s.status, s.addedEur / 1e9, s.gapEur / 1e9])).toEqual([
      ['disbursed', 0, 100],
      ['decided', 60, 40],
      ['pledged', 5, 35],
      ['proposed', 1, 34],
    ]);
    expect(firmGap(r.net)).toBeCloseTo(40e9);
  });

  it('without a stated basis the gross reading leads and the net one divides at the source date', () => {
    const r = gapReadings(estimate(), items, lines, RATES);
    expect(r.primary).toBe('gross');
    expect(r.netStated).toBe(false);
    expect(r.netBefore).toBe('2025-11-20');
    expect(primaryReading(r).gapEur).toBeCloseTo(24e9);
  });

  it('the EU framing: its share, the partners’ share, and what listed lines match of it', () => {
    const est = estimate({ netOf: NET_OF });
    const r = gapReadings(est, items, lines, RATES);
    const framing = { estimateId: 'need', euItemId: 'loan', statement: 's', sources: SRC };
    const view = euFraming(framing, est, r);
    expect(view?.euEur).toBeCloseTo(60e9);
    expect(view?.euShare).toBeCloseTo(0.6);
    expect(view?.partnersEur).toBeCloseTo(40e9);
    expect(view?.partnersListedEur).toBeCloseTo(6e9);
    expect(view?.partnersUnmatchedEur).toBeCloseTo(34e9);
    expect(euFraming({ ...framing, estimateId: 'other' }, est, r)).toBeNull();
  });
});

describe('the bundled data', () => {
  const data = v.parse(
    financingDataSchema,
    JSON.parse(readFileSync('public/data/financing.json', 'utf8')),
  );
  const rates = buildRateTable(
    v.parse(fxRatesSchema, JSON.parse(readFileSync('public/data/fx-rates.json', 'utf8'))),
  );
  const lines = coverageLines(data.coverage, rates);
  const commission = data.needs.estimates.find((e) => e.id === 'commission');
  if (!commission) throw new Error('no commission estimate');
  const r = gapReadings(commission, data.coverage, lines, rates);

  it('reads the Commission figure as net of support promised before 17 Nov 2025', () => {
    expect(r.netStated).toBe(true);
    expect(r.primary).toBe('net');
    // Promised before the letter: already inside the Commission's figure.
    const inside = new Set(r.net.inside.map((l) => l.itemId));
    for (const id of ['deu-2026', 'gbr-2026-2027', 'swe-2026-2027', 'nor-2026'])
      expect(inside.has(id)).toBe(true);
    expect(inside.has('eu-support-loan')).toBe(false);
  });

  it('counts the IMF programme only for its months in 2026-2027', () => {
    const imf = r.gross.counted.filter((l) => l.itemId === 'imf-eff-2026');
    const usd = imf.reduce((sum, l) => sum + l.amount * l.share, 0);
    // USD 1.5bn paid in Feb 2026 + USD 6.6bn x 23/48 months.
    expect(usd / 1e9).toBeCloseTo(1.5 + 6.6 * (23 / 48), 6);
  });

  it('the EU framing: EUR 90bn of EUR 135.7bn, partners EUR 45.7bn', () => {
    const view = euFraming(data.framing, commission, r);
    expect(view?.euEur).toBeCloseTo(90e9);
    expect(view?.partnersEur).toBeCloseTo(45.7e9);
    expect(view?.euShare).toBeCloseTo(90 / 135.7);
  });
});
