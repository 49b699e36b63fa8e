import { describe, expect, it } from 'vitest';
import type { RateTable } from '@/features/pledges';
import type { CoverageItem, NeedEstimate } from '../api/financing-schema';
import { componentGaps } from './component-gaps';
import { coverageLines } from './coverage-lines';
import { fundingGapModel } from './funding-gap';

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
    span: { from: '2026-01', to: '2027-12' },
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
    window: { from: '2026-01', to: '2027-12' },
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

describe('fundingGapModel', () => {
  const items = [LOAN, IMF, UK, NO, SEK];
  const lines = coverageLines(items, RATES);
  it('steps in both readings; the need row first', () => {
    const model = fundingGapModel(
      { coverage: items, framing: undefined },
      estimate({ id: 'e', amount: 135.7e9 }),
      lines,
      RATES,
      'e',
    );
    // Every item lies in 2026-2027; the source date (2026-01-01) is after every promise here
    // except none: all items' dates are 2026-01, so the net reading subtracts them all too.
    expect(
      model.steps.map((r) => [
        r.key,
        Math.round(r.gross.addedEur / 1e8) / 10,
        Math.round(r.gross.gapEur / 1e8) / 10,
      ]),
    ).toEqual([
      ['need', 0, 135.7],
      ['disbursed', 1.6, 134.1],
      ['decided', 96.4, 37.7],
      ['pledged', 6, 31.7],
      ['proposed', 4, 27.7],
    ]);
    expect(model.readings.unconverted.map((l) => l.key)).toEqual(['sek']);
    expect(model.lines.every((row) => row.counted === 'both')).toBe(true);
  });

  it('marks the lines promised before the dividing date as counted in the gross reading only', () => {
    const early = item({
      id: 'early',
      amount: 5e9,
      currency: 'EUR',
      status: 'pledged',
      dates: [{ what: 'x', date: '2025-10' }],
    });
    const model = fundingGapModel(
      { coverage: [LOAN, early], framing: undefined },
      estimate({
        id: 'e',
        amount: 100e9,
        netOf: { before: '2025-11-17', statement: 's', sources: SRC },
      }),
      coverageLines([LOAN, early], RATES),
      RATES,
      'e',
    );
    expect(model.lines.map((row) => [row.key, row.counted])).toEqual([
      ['loan', 'both'],
      ['early', 'gross-only'],
    ]);
    expect(model.readings.net.gapEur).toBeCloseTo(10e9);
    expect(model.readings.gross.gapEur).toBeCloseTo(5e9);
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
