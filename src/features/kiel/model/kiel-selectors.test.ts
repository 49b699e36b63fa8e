// @vitest-environment node
import { afterEach } from 'vitest';
import { setLocale } from '@/lib/i18n/locale';
import type { FilterState } from '@/lib/filter-state';
import type { Category } from '@/lib/pledge-vocabulary';
import { allocationsByDonor, type DonorAllocation } from './kiel-selectors';
import { filters, round, row, ROWS } from './kiel-selectors.fixture';

type Expected = [
  iso: string,
  military: number,
  financial: number,
  humanitarian: number,
  total: number,
];
const flat = (rows: DonorAllocation[]): Expected[] =>
  rows.map((r) => [
    r.iso,
    round(r.military),
    round(r.financial),
    round(r.humanitarian),
    round(r.total),
  ]);

describe('allocationsByDonor', () => {
  it.each<{
    name: string;
    filter: FilterState;
    measure: 'eur' | 'gdp';
    expected: Expected[];
    excluded?: string[];
    totals?: Expected;
  }>([
    {
      name: 'EUR bn, all donors and months, sorted by total',
      filter: filters(),
      measure: 'eur',
      expected: [
        ['EU', 0, 10, 0.25, 10.25],
        ['DEU', 4, 2, 1, 7],
        ['POL', 2.5, 0, 1, 3.5],
        ['TWN', 0.1, 0, 0, 0.1],
      ],
      totals: ['all', 6.6, 12, 2.25, 20.85],
    },
    {
      name: '% of GDP: EU institutions and donors without GDP excluded',
      filter: filters(),
      measure: 'gdp',
      // POL: 2.5/500*100 = 0.5, 1/500*100 = 0.2; DEU: 4/4000*100 = 0.1, 2/4000*100 = 0.05, 1/4000*100 = 0.025
      expected: [
        ['POL', 0.5, 0, 0.2, 0.7],
        ['DEU', 0.1, 0.05, 0.025, 0.175],
      ],
      excluded: ['EU: EU institutions have no GDP', 'TWN: no GDP in the data'],
      // (DEU + POL) EUR bn / (4000 + 500) * 100: 6.5/45, 2/45, 2/45, 10.5/45
      totals: ['all', round(6.5 / 45), round(2 / 45), round(2 / 45), round(10.5 / 45)],
    },
    {
      name: 'month range 2022-04..2022-12 (inclusive)',
      filter: filters({ from: '2022-04', to: '2022-12' }),
      measure: 'eur',
      expected: [
        ['EU', 0, 10, 0.25, 10.25],
        ['DEU', 3, 0, 0.5, 3.5],
        ['TWN', 0.1, 0, 0, 0.1],
      ],
    },
    {
      name: 'range bounds are inclusive at both ends',
      filter: filters({ from: '2022-03', to: '2022-03' }),
      measure: 'eur',
      expected: [
        ['DEU', 1, 2, 0.5, 3.5],
        ['POL', 2, 0, 1, 3],
      ],
    },
    {
      name: 'selected donors, military only',
      filter: filters({ donors: ['POL', 'DEU'], categories: ['military'] }),
      measure: 'eur',
      expected: [
        ['DEU', 4, 0, 0, 4],
        ['POL', 2.5, 0, 0, 2.5],
      ],
    },
    {
      name: 'financial + humanitarian as % of GDP',
      filter: filters({ categories: ['humanitarian', 'financial'] }),
      measure: 'gdp',
      expected: [
        ['POL', 0, 0, 0.2, 0.2],
        ['DEU', 0, 0.05, 0.025, 0.075],
      ],
      excluded: ['EU: EU institutions have no GDP', 'TWN: no GDP in the data'],
    },
    {
      name: 'only EU selected, % of GDP: nothing to show, EU excluded',
      filter: filters({ donors: ['EU'] }),
      measure: 'gdp',
      expected: [],
      excluded: ['EU: EU institutions have no GDP'],
      totals: ['all', 0, 0, 0, 0],
    },
    {
      name: 'pledge-only category (mixed) selects no Kiel category: zeros, ties by name',
      filter: filters({ categories: ['mixed'] as Category[] }),
      measure: 'eur',
      expected: [
        ['EU', 0, 0, 0, 0],
        ['DEU', 0, 0, 0, 0],
        ['POL', 0, 0, 0, 0],
        ['TWN', 0, 0, 0, 0],
      ],
    },
    {
      name: 'unknown donor code selected',
      filter: filters({ donors: ['XXX'] }),
      measure: 'eur',
      expected: [],
    },
  ])('$name', ({ filter, measure, expected, excluded = [], totals }) => {
    const result = allocationsByDonor(ROWS, filter, measure);
    expect(flat(result.rows)).toEqual(expected);
    expect(result.excluded.map((d) => `${d.iso}: ${d.reason}`)).toEqual(excluded);
    if (totals) expect(flat([{ ...result.totals, iso: 'all', name: 'all' }])).toEqual([totals]);
  });

  it('uses registry names, falling back to the tracker name', () => {
    const result = allocationsByDonor(
      [...ROWS, row('XKX', '2022-03', [1, 0, 0], 10)],
      filters(),
      'eur',
    );
    expect(result.rows.map((r) => r.name)).toEqual([
      'EU institutions',
      'Germany',
      'Poland',
      'XKX (Kiel name)',
      'Taiwan',
    ]);
  });

  it('reports the categories drawn', () => {
    expect(
      allocationsByDonor(ROWS, filters({ categories: ['humanitarian', 'military'] }), 'eur')
        .categories,
    ).toEqual(['military', 'humanitarian']);
    expect(allocationsByDonor(ROWS, filters(), 'eur').categories).toEqual([
      'military',
      'financial',
      'humanitarian',
    ]);
  });
});

describe('allocationsByDonor in German', () => {
  afterEach(() => setLocale('en'));
  it('names donors and the reasons for leaving them out in German', () => {
    setLocale('de');
    const result = allocationsByDonor(ROWS, filters(), 'gdp');
    expect(result.rows.map((d) => d.name)).toEqual(['Polen', 'Deutschland']);
    expect(result.excluded.map((d) => `${d.iso}: ${d.reason}`)).toEqual([
      'EU: EU-Institutionen haben kein BIP',
      'TWN: kein BIP in den Daten',
    ]);
  });
});
