// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type FilterState } from '@/lib/filter-state';
import { realPledges } from '@/test-utils/real-data.fixture';
import { makePledge, prepareRows } from '@/test-utils/pledge-fixtures';
import { syntheticPledgeDataset } from '../../../../mocks/synthetic-pledges';
import type { Pledge } from '../api/pledge-schema';
import { JOINT_KEY } from './aggregate-by-donor';
import { countPledges } from './attribution';
import { buildRateTable } from './convert';
import { preparePledges, selectPledgeView, type PreparedPledges } from './pledge-view';

/**
 * The straightforward way, row objects all along: filter, count, then total. The app's one pass
 * over the columns must give the same view (same rows, same sums in the same order).
 */
function referenceView(
  prepared: PreparedPledges,
  filters: FilterState,
  split: 'instrument' | 'category',
) {
  const inRange = (pledge: Pledge) => {
    const month = pledge.announced?.slice(0, 7);
    return (!filters.from || month! >= filters.from) && (!filters.to || month! <= filters.to);
  };
  const hasRange = filters.from !== null || filters.to !== null;
  const matches = (pledge: Pledge) =>
    (filters.donors.length === 0 || pledge.donors.some((d) => filters.donors.includes(d))) &&
    (filters.instruments.length === 0 || filters.instruments.includes(pledge.instrument)) &&
    (filters.categories.length === 0 || filters.categories.includes(pledge.category));
  const candidates = prepared.columns.rows.filter(matches);
  const selection = candidates.filter((p) => !hasRange || (p.announced !== null && inRange(p)));
  // A joint package the donor filter took part in but does not wholly make up: beside the totals.
  const beside = (pledge: Pledge) =>
    filters.donors.length > 0 &&
    pledge.kind === 'package-total' &&
    !pledge.donors.every((d) => filters.donors.includes(d));
  const counted = countPledges(selection, prepared.index, prepared.rates).map((c) =>
    beside(c.pledge) ? { ...c, countedEur: 0 } : c,
  );
  const bars = new Map<string, { total: number; parts: Record<string, number>; n: number }>();
  const donors = new Set<string>();
  let latest: Pledge | null = null;
  for (const { pledge, countedEur } of counted) {
    const adopted = pledge.status !== 'not-adopted';
    if (pledge.kind !== 'package-total' && adopted && pledge.donors[0])
      donors.add(pledge.donors[0]);
    if (adopted && pledge.announced && (!latest || pledge.announced > latest.announced!))
      latest = pledge;
    if (countedEur <= 0) continue;
    const donor = pledge.kind === 'package-total' ? JOINT_KEY : (pledge.donors[0] ?? JOINT_KEY);
    const bar = bars.get(donor) ?? { total: 0, parts: {}, n: 0 };
    bar.total += countedEur;
    bar.parts[pledge[split]] = (bar.parts[pledge[split]] ?? 0) + countedEur;
    bar.n += 1;
    bars.set(donor, bar);
  }
  return {
    counted: counted.map((c) => [c.pledge.id, c.countedEur]),
    undatedExcluded: hasRange ? candidates.filter((p) => p.announced === null).length : 0,
    total: counted.reduce((sum, c) => sum + c.countedEur, 0),
    donorCount: donors.size,
    latest: latest?.id ?? null,
    bars: Object.fromEntries(
      [...bars].map(([donor, bar]) => [donor, [bar.total, bar.parts, bar.n]]),
    ),
  };
}

function appView(
  prepared: PreparedPledges,
  filters: FilterState,
  split: 'instrument' | 'category',
) {
  const view = selectPledgeView(prepared, filters, split);
  return {
    counted: view.counted.map((c) => [c.pledge.id, c.countedEur]),
    undatedExcluded: view.undatedExcluded,
    total: view.headline.totalEur,
    donorCount: view.headline.donorCount,
    latest: view.headline.latest?.pledge.id ?? null,
    bars: Object.fromEntries(
      view.byDonor.bars.map((bar) => [bar.donor, [bar.totalEur, bar.parts, bar.pledgeCount]]),
    ),
  };
}

/** Filters drawn from the data: donors, instruments, categories and month ranges that occur. */
function randomFilters(prepared: PreparedPledges, seed: number): FilterState[] {
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const { donorCodes, instrumentCodes, categoryCodes, months } = prepared.columns;
  const some = <T>(values: readonly T[], chance: number) =>
    random() < chance ? values.filter(() => random() < 0.3) : [];
  const month = () => {
    const at = months[Math.floor(random() * months.length)];
    return random() < 0.4 && at ? at : null;
  };
  return Array.from({ length: 40 }, () => {
    const [from, to] = [month(), month()];
    return {
      donors: some([...donorCodes, 'JPN'], 0.6),
      instruments: some(instrumentCodes, 0.3) as FilterState['instruments'],
      categories: some(categoryCodes, 0.3) as FilterState['categories'],
      from: from && to && from > to ? to : from,
      to: from && to && from > to ? from : to,
    };
  });
}

const CONTAINERS = prepareRows([
  makePledge({
    id: 'C1',
    donors: ['DEU'],
    amount: 200e6,
    currency: 'USD',
    announced: '2025-03-01',
  }),
  makePledge({
    id: 'I1',
    donors: ['DEU'],
    amount: 50e6,
    includedIn: 'C1',
    announced: '2025-01-10',
  }),
  makePledge({
    id: 'I2',
    donors: ['DEU'],
    amount: 60e6,
    includedIn: 'C1',
    instrument: 'bilateral-military',
    announced: '2025-05-02',
  }),
  makePledge({
    id: 'P1',
    donors: ['NOR', 'DEU', 'POL'],
    kind: 'package-total',
    amount: 500e6,
    currency: 'USD',
    announced: '2025-12-03',
  }),
  makePledge({
    id: 'S1',
    donors: ['POL'],
    amount: 100e6,
    currency: 'USD',
    shareOf: 'P1',
    announced: '2025-12-03',
  }),
  makePledge({ id: 'U1', donors: ['FRA'], amount: 70e6, announced: null }),
]);

describe('selectPledgeView: one pass over the columns agrees with filtering row objects', () => {
  const sets: [string, () => PreparedPledges][] = [
    ['the bundled data', realPledges],
    ['containers, a joint package and an undated row', () => CONTAINERS],
    [
      '2,000 synthetic rows',
      () => preparePledges(syntheticPledgeDataset(2_000, 7), realPledges().rates),
    ],
  ];
  it.each(sets)('%s, 40 random filters, both splits', (_name, load) => {
    const prepared = load();
    const filters = [EMPTY_FILTERS, ...randomFilters(prepared, 11)];
    for (const filter of filters) {
      for (const split of ['instrument', 'category'] as const) {
        expect(appView(prepared, filter, split)).toEqual(referenceView(prepared, filter, split));
      }
    }
  });
});

describe('selectPledgeView: what it reuses and what it recounts', () => {
  it('reuses what each row adds, and recounts a container for the rows it includes that are selected', () => {
    const all = selectPledgeView(CONTAINERS, EMPTY_FILTERS, 'instrument');
    const byId = (view: typeof all, id: string) => view.counted.find((c) => c.pledge.id === id);
    // 200 USD = 160 EUR, of which 50 + 60 included: 50 beyond them.
    expect(byId(all, 'C1')?.countedEur).toBeCloseTo(50e6, 0);
    const purlOnly = selectPledgeView(
      CONTAINERS,
      { ...EMPTY_FILTERS, instruments: ['purl'] },
      'instrument',
    );
    // I2 (bilateral) filtered out: the container counts all but I1.
    expect(byId(purlOnly, 'C1')?.countedEur).toBeCloseTo(110e6, 0);
    expect(byId(purlOnly, 'I1')).toBe(byId(all, 'I1'));
    expect(byId(purlOnly, 'I1')).toBe(
      CONTAINERS.columns.base[CONTAINERS.columns.rows.findIndex((p) => p.id === 'I1')],
    );
  });

  it('keeps rows in date order, undated first, and knows the rate table it was given', () => {
    expect(CONTAINERS.columns.rows.map((p) => p.id)).toEqual(['U1', 'I1', 'C1', 'I2', 'P1', 'S1']);
    expect(buildRateTable({ asOf: '2025-12-31', rates: [] } as never).get('EUR')).toBe(1);
  });
});
