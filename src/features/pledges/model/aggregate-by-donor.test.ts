import { describe, expect, it } from 'vitest';
import { makePledge, TEST_RATES } from '@/test-utils/pledge-fixtures';
import { aggregateByDonor, JOINT_KEY } from './aggregate-by-donor';
import { countPledges, indexPackages } from './attribution';
import { computeHeadline } from './headline';

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
const counted = countPledges(rows, indexPackages(rows), TEST_RATES);

describe('aggregateByDonor', () => {
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
    const result = aggregateByDonor(counted, split);
    expect(result.bars.map((b) => b.donor)).toEqual(['NLD', 'SWE', JOINT_KEY]);
    for (const bar of result.bars) {
      const want = expected[bar.donor as keyof typeof expected];
      for (const [key, value] of Object.entries(want)) expect(bar.parts[key]).toBeCloseTo(value, 0);
    }
    // 500 + 1000 + 80 + (400 - 80) = 1900
    expect(result.totalEur).toBeCloseTo(1.9e9, 0);
  });
});

describe('computeHeadline', () => {
  it('totals counted EUR, counts donors that gave, and finds the latest counted pledge', () => {
    const headline = computeHeadline(counted);
    expect(headline.totalEur).toBeCloseTo(1.9e9, 0);
    expect(headline.jointUnattributedEur).toBeCloseTo(320e6, 0);
    expect(headline.donorCount).toBe(2);
    expect(headline.latest?.id).toBe('E020');
  });
});
