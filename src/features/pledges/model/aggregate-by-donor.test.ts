// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '@/lib/filter-state';
import { makePledge, prepareRows } from '@/test-utils/pledge-fixtures';
import { JOINT_KEY } from './aggregate-by-donor';
import { selectPledgeView } from './pledge-view';

const rows = [
  makePledge({
    id: 'P001',
    donors: ['NLD'],
    amount: 500e6,
    currency: 'EUR',
    announced: '2025-08-04',
  }),
  makePledge({
    id: 'P002',
    donors: ['DNK', 'SWE'],
    kind: 'package-total',
    amount: 500e6,
    currency: 'USD',
    announced: '2025-08-05',
  }),
  makePledge({
    id: 'P003',
    donors: ['SWE'],
    amount: 100e6,
    currency: 'USD',
    shareOf: 'P002',
    announced: '2025-08-05',
  }),
  makePledge({
    id: 'E020',
    donors: ['NLD'],
    amount: 1e9,
    instrument: 'bilateral-military',
    announced: '2025-11-14',
  }),
  makePledge({
    id: 'E003',
    donors: ['EU'],
    amount: 165e9,
    instrument: 'eu-proposal',
    category: 'financial',
    status: 'not-adopted',
    announced: '2025-12-03',
  }),
];
const prepared = prepareRows(rows);
const view = (split: 'instrument' | 'category') => selectPledgeView(prepared, EMPTY_FILTERS, split);

describe('donorTotals (through selectPledgeView)', () => {
  it.each([
    [
      'instrument',
      {
        NLD: { purl: 500e6, 'bilateral-military': 1e9 },
        SWE: { purl: 80e6 },
        [JOINT_KEY]: { purl: 320e6 },
      },
    ],
    [
      'category',
      { NLD: { military: 1.5e9 }, SWE: { military: 80e6 }, [JOINT_KEY]: { military: 320e6 } },
    ],
  ] as const)('splits by %s, joint remainder last, proposals left out', (split, expected) => {
    const result = view(split).byDonor;
    expect(result.bars.map((b) => b.donor)).toEqual(['NLD', 'SWE', JOINT_KEY]);
    for (const bar of result.bars) {
      const want = expected[bar.donor as keyof typeof expected];
      for (const [key, value] of Object.entries(want)) expect(bar.parts[key]).toBeCloseTo(value, 0);
    }
    // 500 + 1000 + 80 + (400 - 80) = 1900
    expect(result.totalEur).toBeCloseTo(1.9e9, 0);
    expect(result.bars.map((b) => b.pledgeCount)).toEqual([2, 1, 1]);
  });

  it('orders the split keys largest first, and leaves out keys that count nothing', () => {
    expect(view('instrument').byDonor.keys).toEqual(['bilateral-military', 'purl']);
    expect(view('category').byDonor.keys).toEqual(['military']);
    expect(Object.keys(view('instrument').byDonor.bars[1]?.parts ?? {})).toEqual(['purl']);
  });
});

describe('headlineTally (through selectPledgeView)', () => {
  it('totals counted EUR, counts donors that gave, and finds the latest counted pledge', () => {
    const { headline } = view('instrument');
    expect(headline.totalEur).toBeCloseTo(1.9e9, 0);
    expect(headline.jointUnattributedEur).toBeCloseTo(320e6, 0);
    expect(headline.donorCount).toBe(2);
    expect(headline.latest?.pledge.id).toBe('E020');
    expect(headline.pledgeCount).toBe(5);
  });

  it('of several pledges on the latest day, takes the first in the file', () => {
    const sameDay = prepareRows([
      makePledge({ id: 'B', donors: ['DEU'], announced: '2025-12-03' }),
      makePledge({ id: 'A', donors: ['POL'], announced: '2025-12-03' }),
      makePledge({ id: 'C', donors: ['NOR'], announced: '2025-11-30' }),
      makePledge({ id: 'D', donors: ['FRA'], announced: null }),
    ]);
    expect(selectPledgeView(sameDay, EMPTY_FILTERS, 'instrument').headline.latest?.pledge.id).toBe(
      'B',
    );
  });

  it('has no latest pledge and no donors for an empty selection', () => {
    const empty = selectPledgeView(prepared, { ...EMPTY_FILTERS, donors: ['JPN'] }, 'instrument');
    expect(empty.headline).toEqual({
      totalEur: 0,
      byFamily: [],
      jointBeside: { count: 0, faceEur: 0 },
      unconverted: { count: 0, currencies: [] },
      jointUnattributedEur: 0,
      donorCount: 0,
      pledgeCount: 0,
      latest: null,
    });
    expect(empty.byDonor).toEqual({ bars: [], keys: [], totalEur: 0 });
  });
});
