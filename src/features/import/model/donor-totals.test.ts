// @vitest-environment node
import { compareTotals, grandTotal, kielTotals, type DonorTotal } from './donor-totals';
import { kielFixtureRow } from './test-rows';

const t = (code: string, eurBn: number): DonorTotal => ({ code, name: code, eurBn });

describe('compareTotals', () => {
  it.each([
    ['no change', [t('DEU', 1)], [t('DEU', 1.0001)], []],
    ['a change', [t('DEU', 1)], [t('DEU', 3)], [['DEU', 1, 3, 2]]],
    ['a new donor', [], [t('ATL', 0)], [['ATL', null, 0, 0]]],
    ['a donor gone', [t('POL', 2)], [], [['POL', 2, null, -2]]],
    [
      'largest change first',
      [t('A', 1), t('B', 1)],
      [t('A', 2), t('B', -4)],
      [
        ['B', 1, -4, -5],
        ['A', 1, 2, 1],
      ],
    ],
  ] as const)('%s', (_name, before, after, expected) => {
    expect(compareTotals(before, after).map((c) => [c.code, c.before, c.after, c.change])).toEqual(
      expected,
    );
  });
});

describe('kielTotals', () => {
  it('sums `total` over months by donor and keeps the name in the file', () => {
    const rows = [
      kielFixtureRow({ iso: 'DEU', country: 'Germany', total: 1.5 }),
      kielFixtureRow({ iso: 'DEU', country: 'Germany', total: 2 }),
      kielFixtureRow({ iso: 'ATL', country: 'Atlantis', total: 0.25 }),
    ];
    expect(kielTotals(rows)).toEqual(
      [t('DEU', 3.5), { code: 'ATL', name: 'Atlantis', eurBn: 0.25 }].map((x) =>
        x.code === 'DEU' ? { ...x, name: 'Germany' } : x,
      ),
    );
    expect(grandTotal(kielTotals(rows))).toBe(3.75);
  });
});
