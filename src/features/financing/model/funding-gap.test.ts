import { describe, expect, it } from 'vitest';
import type { RateTable } from '@/features/pledges/model/convert';
import type { CoverageItem, NeedEstimate } from '../api/financing-schema';
import { componentGaps } from './component-gaps';
import { coverageLines } from './coverage-lines';
import { arithmeticRows, computeGap, sumByStatus } from './funding-gap';

const RATES: RateTable = new Map([
  ['EUR', 1],
  ['USD', 0.8],
  ['GBP', 1.2],
]);
const SRC = [{ title: 'S', url: 'https://example.org/s', date: '2026-01-01' }];

function item(
  partial: Partial<CoverageItem> & Pick<CoverageItem, 'id' | 'amount' | 'currency' | 'status'>,
): CoverageItem {
  return {
    label: partial.id,
    donors: [],
    qualifier: 'exact',
    period: '2026-2027',
    dates: [{ what: 'x', date: '2026-01' }],
    note: 'n',
    sources: SRC,
    ...partial,
  };
}

function estimate(
  partial: Partial<NeedEstimate> & Pick<NeedEstimate, 'id' | 'amount'>,
): NeedEstimate {
  return {
    label: partial.id,
    shortLabel: partial.id,
    currency: 'EUR',
    qualifier: 'exact',
    period: '2026-2027',
    statedBy: 's',
    basis: 'b',
    sources: SRC,
    ...partial,
  };
}

const LOAN = item({
  id: 'loan',
  amount: 90e9,
  currency: 'EUR',
  status: 'decided',
  parts: [
    { component: 'military', amount: 60e9 },
    { component: 'budget', amount: 30e9 },
  ],
  tranches: [
    {
      label: 't',
      amount: 9e9,
      currency: 'EUR',
      date: '2026-06',
      status: 'announced',
      sources: SRC,
    },
  ],
});
const IMF = item({
  id: 'imf',
  amount: 10e9,
  currency: 'USD',
  status: 'decided',
  tranches: [
    { label: 'p', amount: 2e9, currency: 'USD', date: '2026-02', status: 'paid', sources: SRC },
  ],
});
const UK = item({
  id: 'uk',
  amount: 5e9,
  currency: 'GBP',
  status: 'pledged',
  donors: ['GBR'],
  parts: [{ component: 'military', amount: 5e9 }],
});
const NO = item({
  id: 'no',
  amount: 4e9,
  currency: 'EUR',
  status: 'proposed',
  parts: [{ component: 'military', amount: 1e9 }],
});
const SEK = item({ id: 'sek', amount: 1e9, currency: 'SEK', status: 'pledged' });

describe('coverageLines', () => {
  it.each([
    // [case, items, expected [key, status, eur]]
    [
      'EUR item as it is; an announced tranche is not disbursed',
      [LOAN],
      [['loan', 'decided', 90e9]],
    ],
    [
      'paid tranche split off as disbursed, rest at its status, USD at 0.8',
      [IMF],
      [
        ['imf:paid', 'disbursed', 1.6e9],
        ['imf:rest', 'decided', 6.4e9],
      ],
    ],
    ['GBP at 1.2', [UK], [['uk', 'pledged', 6e9]]],
    ['no rate: eur null', [SEK], [['sek', 'pledged', null]]],
  ] as const)('%s', (_, items, expected) => {
    const lines = coverageLines(items, RATES);
    expect(lines.map((l) => [l.key, l.status, l.eur === null ? null : Math.round(l.eur)])).toEqual(
      expected,
    );
  });

  it.each([
    ['parts in proportion', LOAN, { military: 60e9, budget: 30e9 }],
    ['unassigned rest', NO, { military: 1e9, unassigned: 3e9 }],
    ['no parts: all unassigned', IMF, { unassigned: 1.6e9 }],
  ] as const)('components: %s', (_, input, expected) => {
    const first = coverageLines([input], RATES)[0];
    const rounded = Object.fromEntries(
      Object.entries(first?.eurByComponent ?? {}).map(([k, v]) => [k, Math.round(v)]),
    );
    expect(rounded).toEqual(expected);
  });
});

describe('computeGap', () => {
  const lines = coverageLines([LOAN, IMF, UK, NO, SEK], RATES);
  // Hand-computed: disbursed 1.6, decided 90 + 6.4 = 96.4, pledged 6 (SEK not converted), proposed 4 -> 108 (EUR bn).
  it('sums by status', () => {
    expect(sumByStatus(lines)).toEqual({
      disbursed: 1.6e9,
      decided: 96.4e9,
      pledged: 6e9,
      proposed: 4e9,
    });
  });
  it.each([
    // [need, qualifier, currency, gap, firm gap, lower bound]
    [135.7e9, 'exact', 'EUR', 27.7e9, 37.7e9, false],
    [137e9, 'exact', 'EUR', 29e9, 39e9, false],
    [100e9, 'over', 'EUR', -8e9, 2e9, true],
    [120e9, 'exact', 'USD', -12e9, -2e9, false], // USD 120bn = EUR 96bn
  ] as const)(
    'need %d %s %s -> gap %d, firm gap %d',
    (amount, qualifier, currency, gap, firm, lower) => {
      const result = computeGap(estimate({ id: 'e', amount, qualifier, currency }), lines, RATES);
      expect(result.coveredEur).toBeCloseTo(108e9, -3);
      expect(result.gapEur).toBeCloseTo(gap, -3);
      expect(result.firmGapEur).toBeCloseTo(firm, -3);
      expect(result.needIsLowerBound).toBe(lower);
      expect(result.unconverted.map((l) => l.key)).toEqual(['sek']);
    },
  );
  it('need without a rate gives no gap', () => {
    const result = computeGap(estimate({ id: 'e', amount: 1e9, currency: 'JPY' }), lines, RATES);
    expect(result.gapEur).toBeNull();
    expect(
      arithmeticRows(estimate({ id: 'e', amount: 1e9, currency: 'JPY' }), lines, result),
    ).toEqual([]);
  });
});

describe('arithmeticRows', () => {
  const lines = coverageLines([NO, UK, IMF, LOAN], RATES);
  const need = estimate({ id: 'commission', amount: 135.7e9 });
  const rows = arithmeticRows(need, lines, computeGap(need, lines, RATES));
  it('lists need, each line by status (firmest first) with subtotals, then the gap', () => {
    expect(rows.map((r) => [r.key, Math.round(r.eur / 1e6), Math.round(r.running / 1e6)])).toEqual([
      ['need', 135700, 135700],
      ['imf:paid', -1600, 134100],
      ['subtotal:disbursed', -1600, 134100],
      ['imf:rest', -6400, 127700],
      ['loan', -90000, 37700],
      ['subtotal:decided', -96400, 37700],
      ['uk', -6000, 31700],
      ['subtotal:pledged', -6000, 31700],
      ['no', -4000, 27700],
      ['subtotal:proposed', -4000, 27700],
      ['gap', 27700, 27700],
    ]);
  });
  it('names a negative gap as covered', () => {
    const small = estimate({ id: 's', amount: 50e9 });
    const last = arithmeticRows(small, lines, computeGap(small, lines, RATES)).at(-1);
    expect(last?.label).toBe('Remaining gap (negative: covered)');
    expect(last?.eur).toBeCloseTo(-58e9, -3);
  });
});

describe('componentGaps', () => {
  const lines = coverageLines([LOAN, UK, NO, IMF], RATES);
  it('splits need and coverage by component', () => {
    const need = estimate({
      id: 'c',
      amount: 135.7e9,
      breakdown: [
        { component: 'military', label: 'Armed forces', amount: 83.4e9 },
        { component: 'budget', label: 'Budget', amount: 52.3e9 },
      ],
    });
    const result = componentGaps(need, lines);
    // military: 60 (loan) + 6 (UK) + 1 (NO) = 67 -> gap 16.4; budget: 30 -> gap 22.3; unassigned 3 + 8 (IMF) = 11.
    expect(
      result?.parts.map((p) => [
        p.component,
        Math.round(p.coveredEur / 1e8) / 10,
        Math.round(p.gapEur / 1e8) / 10,
      ]),
    ).toEqual([
      ['military', 67, 16.4],
      ['budget', 30, 22.3],
    ]);
    expect(result?.unassignedEur).toBeCloseTo(11e9, -3);
  });
  it('is null without a breakdown', () => {
    expect(componentGaps(estimate({ id: 'x', amount: 1 }), lines)).toBeNull();
  });
});
