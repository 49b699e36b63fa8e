// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makePledge } from '@/test-utils/pledge-fixtures';
import type { CountedPledge } from './attribution';
import { sortPledgeRows, type SortKey, type SortState } from './sort-pledges';

const row = (
  id: string,
  donors: string[],
  eur: number | null,
  announced: string,
  instrument: CountedPledge['pledge']['instrument'] = 'purl',
): CountedPledge => ({
  pledge: makePledge({ id, donors, announced, instrument }),
  eur,
  countedEur: eur ?? 0,
});

const rows: CountedPledge[] = [
  row('P003', ['NOR'], 300e6, '2025-09-01'),
  row('P001', ['DEU'], 500e6, '2025-12-03', 'bilateral-military'),
  row('P002', ['POL', 'NOR'], null, '2025-08'),
  row('P004', ['DEU'], 500e6, '2025-10-15', 'eu-loan'),
];
const ids = (sorted: CountedPledge[]) => sorted.map((r) => r.pledge.id);

describe('sortPledgeRows', () => {
  it.each<[SortState, string[]]>([
    [{ key: 'date', direction: 'desc' }, ['P001', 'P004', 'P003', 'P002']],
    [{ key: 'date', direction: 'asc' }, ['P002', 'P003', 'P004', 'P001']],
    // Equal EUR values keep the id order in both directions; no rate (-1) sorts last when descending.
    [{ key: 'eur', direction: 'desc' }, ['P001', 'P004', 'P003', 'P002']],
    [{ key: 'eur', direction: 'asc' }, ['P002', 'P003', 'P001', 'P004']],
    // "Germany" < "Norway" < "Poland + Norway" (donor names, collated).
    [{ key: 'donor', direction: 'asc' }, ['P001', 'P004', 'P003', 'P002']],
    [{ key: 'instrument', direction: 'asc' }, ['P001', 'P004', 'P002', 'P003']],
  ])('%o', (sort, expected) => {
    expect(ids(sortPledgeRows(rows, sort))).toEqual(expected);
  });

  it('returns only the first rows of the order when limited, the same as sorting everything', () => {
    expect(ids(sortPledgeRows(rows, { key: 'date', direction: 'desc' }, 2))).toEqual([
      'P001',
      'P004',
    ]);
    expect(sortPledgeRows(rows, { key: 'date', direction: 'desc' }, 0)).toEqual([]);
  });

  it('agrees with a plain full sort on many random rows, for every key and limit', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const donors = ['DEU', 'NOR', 'POL', 'SWE', 'FRA'];
    const many = Array.from({ length: 2000 }, (_, i) =>
      row(
        `R${String(i).padStart(5, '0')}`,
        [donors[Math.floor(random() * donors.length)] ?? 'DEU'],
        random() < 0.1 ? null : Math.round(random() * 20) * 1e6,
        `2025-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`,
      ),
    );
    const keys: SortKey[] = ['donor', 'instrument', 'amount', 'eur', 'counted', 'date', 'status'];
    for (const key of keys) {
      for (const direction of ['asc', 'desc'] as const) {
        const full = ids(sortPledgeRows(many, { key, direction }));
        expect(full).toHaveLength(2000);
        expect(ids(sortPledgeRows(many, { key, direction }, 100))).toEqual(full.slice(0, 100));
        expect(ids(sortPledgeRows(many, { key, direction }, 1999))).toEqual(full.slice(0, 1999));
      }
    }
    // The full order is a true order: each neighbour pair is in order by date, then id.
    const byDate = sortPledgeRows(many, { key: 'date', direction: 'asc' });
    byDate.slice(1).forEach((current, i) => {
      const previous = byDate[i]!;
      const a = previous.pledge.announced ?? '';
      const b = current.pledge.announced ?? '';
      expect(a < b || (a === b && previous.pledge.id < current.pledge.id)).toBe(true);
    });
  });
});
