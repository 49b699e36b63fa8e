// @vitest-environment node
import type { FilterState } from '@/lib/filter-state';
import {
  countNegativeToBeAllocated,
  inPeriod,
  monthlyAllocations,
  nextPeriod,
  purlMonthly,
  type MonthAllocation,
} from './kiel-selectors';
import { filters, round, ROWS } from './kiel-selectors.fixture';
import type { KielProcurementMonth } from './parse-procurement-trends';

const zero = (period: string): MonthAllocation => ({
  period,
  military: 0,
  financial: 0,
  humanitarian: 0,
  total: 0,
});
const roundMonth = (m: MonthAllocation): MonthAllocation => ({
  period: m.period,
  military: round(m.military),
  financial: round(m.financial),
  humanitarian: round(m.humanitarian),
  total: round(m.total),
});

describe('monthlyAllocations', () => {
  const gap = ['2022-06', '2022-07', '2022-08', '2022-09', '2022-10', '2022-11', '2022-12'].map(
    zero,
  );
  it.each<{ name: string; filter: FilterState; expected: MonthAllocation[] }>([
    {
      name: 'all donors: every month of the data period, gaps are zero',
      filter: filters(),
      expected: [
        { period: '2022-03', military: 3, financial: 2, humanitarian: 1.5, total: 6.5 },
        { period: '2022-04', military: 0, financial: 10, humanitarian: 0.25, total: 10.25 },
        { period: '2022-05', military: 3.1, financial: 0, humanitarian: 0.5, total: 3.6 },
        ...gap,
        { period: '2023-01', military: 0.5, financial: 0, humanitarian: 0, total: 0.5 },
      ],
    },
    {
      name: 'one donor from 2022-04: months without its rows are zero',
      filter: filters({ donors: ['POL'], from: '2022-04' }),
      expected: [
        zero('2022-04'),
        zero('2022-05'),
        ...gap,
        { period: '2023-01', military: 0.5, financial: 0, humanitarian: 0, total: 0.5 },
      ],
    },
    {
      name: 'range wider than the data is clipped to the data period',
      filter: filters({ from: '2021-01', to: '2022-04' }),
      expected: [
        { period: '2022-03', military: 3, financial: 2, humanitarian: 1.5, total: 6.5 },
        { period: '2022-04', military: 0, financial: 10, humanitarian: 0.25, total: 10.25 },
      ],
    },
    {
      name: 'military only',
      filter: filters({ categories: ['military'], to: '2022-05' }),
      expected: [
        { period: '2022-03', military: 3, financial: 0, humanitarian: 0, total: 3 },
        zero('2022-04'),
        { period: '2022-05', military: 3.1, financial: 0, humanitarian: 0, total: 3.1 },
      ],
    },
    { name: 'range after the data', filter: filters({ from: '2023-05' }), expected: [] },
    { name: 'from after to', filter: filters({ from: '2022-05', to: '2022-04' }), expected: [] },
  ])('$name', ({ filter, expected }) => {
    expect(monthlyAllocations(ROWS, filter).map(roundMonth)).toEqual(expected);
  });

  it('returns nothing for no rows', () => {
    expect(monthlyAllocations([], filters())).toEqual([]);
  });
});

function purl(period: string, natoPurl: number): KielProcurementMonth {
  return {
    year: Number(period.slice(0, 4)),
    month: Number(period.slice(5)),
    period,
    natoPurl,
    stockpile: 1,
    procurement: 1,
    unspecified: 0,
  };
}

describe('purlMonthly', () => {
  const PROCUREMENT = [
    purl('2025-10', 0.25),
    purl('2025-06', 0),
    purl('2025-08', 1.5),
    purl('2025-07', 0),
    purl('2025-09', 0),
  ];
  it.each<{
    name: string;
    rows: KielProcurementMonth[];
    filter: FilterState;
    expected: [string, number][];
    ignored: boolean;
  }>([
    {
      name: 'from the first PURL month on',
      rows: PROCUREMENT,
      filter: filters(),
      expected: [
        ['2025-08', 1.5],
        ['2025-09', 0],
        ['2025-10', 0.25],
      ],
      ignored: false,
    },
    {
      name: 'month range applies',
      rows: PROCUREMENT,
      filter: filters({ from: '2025-09' }),
      expected: [
        ['2025-09', 0],
        ['2025-10', 0.25],
      ],
      ignored: false,
    },
    {
      name: 'donor filter cannot apply and is flagged',
      rows: PROCUREMENT,
      filter: filters({ donors: ['DEU'] }),
      expected: [
        ['2025-08', 1.5],
        ['2025-09', 0],
        ['2025-10', 0.25],
      ],
      ignored: true,
    },
    {
      name: 'no PURL at all',
      rows: [purl('2025-06', 0)],
      filter: filters(),
      expected: [],
      ignored: false,
    },
  ])('$name', ({ rows, filter, expected, ignored }) => {
    const result = purlMonthly(rows, filter);
    expect(result.months.map((m) => [m.period, m.natoPurl])).toEqual(expected);
    expect(result.donorFilterIgnored).toBe(ignored);
  });
});

describe('countNegativeToBeAllocated', () => {
  it.each([
    { filter: filters(), expected: 2 },
    { filter: filters({ donors: ['DEU'] }), expected: 0 },
    { filter: filters({ to: '2022-12' }), expected: 1 },
  ])('$filter -> $expected', ({ filter, expected }) => {
    expect(countNegativeToBeAllocated(ROWS, filter)).toBe(expected);
  });
});

describe('period helpers', () => {
  it.each([
    ['2025-12', '2026-01'],
    ['2025-08', '2025-09'],
    ['2025-09', '2025-10'],
    ['2025-01', '2025-02'],
  ])('nextPeriod(%s) = %s', (period, expected) => {
    expect(nextPeriod(period)).toBe(expected);
  });

  it.each([
    { period: '2024-01', from: null, to: null, expected: true },
    { period: '2024-01', from: '2024-01', to: '2024-01', expected: true },
    { period: '2023-12', from: '2024-01', to: null, expected: false },
    { period: '2024-02', from: null, to: '2024-01', expected: false },
  ])('inPeriod($period, $from..$to) = $expected', ({ period, from, to, expected }) => {
    expect(inPeriod(period, { from, to })).toBe(expected);
  });
});
