// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/lib/i18n/locale';
import { countPledges, indexPackages, selectPledgeView } from '@/features/pledges';
import { EMPTY_FILTERS } from '@/lib/filter-state';
import { makePledge, prepareRows, TEST_RATES } from '@/test-utils/pledge-fixtures';
import {
  aggregatePurlByMonth,
  buildPurlTimeline,
  describePackage,
  MAX_EVENTS_DRAWN,
  purlTimelineView,
} from './purl-timeline';

const pkg = makePledge({
  id: 'P019',
  kind: 'package-total',
  label: 'NO+DE+PL',
  donors: ['NOR', 'DEU', 'POL'],
  amount: 500e6,
  currency: 'USD',
  announced: '2025-12-03',
});
const pol = makePledge({
  id: 'P017',
  donors: ['POL'],
  amount: 100e6,
  currency: 'USD',
  shareOf: 'P019',
  announced: '2025-11-20',
});
const nor = makePledge({
  id: 'P020',
  donors: ['NOR'],
  amount: 500e6,
  currency: 'USD',
  spans: ['P019'],
  announced: '2025-12-03',
});
const nld = makePledge({
  id: 'P001',
  donors: ['NLD'],
  amount: 500e6,
  currency: 'EUR',
  announced: '2025-08-04',
});
const mixed = makePledge({
  id: 'P013',
  kind: 'package-total',
  donors: ['NOR', 'SWE'],
  amount: 500e6,
  currency: 'USD',
  announced: '2025-11-13',
});
const norNok = makePledge({
  id: 'P011',
  donors: ['NOR'],
  amount: 2e9,
  currency: 'NOK',
  shareOf: 'P013',
  announced: '2025-10-15',
});
const bilateral = makePledge({
  id: 'E020',
  donors: ['DEU'],
  instrument: 'bilateral-military',
  announced: '2025-11-14',
});

const all = [pkg, pol, nor, nld, mixed, norNok, bilateral];
const index = indexPackages(all);

describe('describePackage', () => {
  it('names the known share and what is not attributed, in the package currency', () => {
    expect(describePackage(pkg, index, TEST_RATES)).toBe(
      "Norway + Germany + Poland, USD 500M, of which Poland USD 100M; USD 400M not attributed to one country. Norway's USD 500M of the same day span this and another package",
    );
  });
  it('falls back to EUR at reference rates when shares are in other currencies', () => {
    // 500 USD = 400 EUR; NOK 2bn = 200 EUR -> about EUR 200m not attributed
    expect(describePackage(mixed, index, TEST_RATES)).toBe(
      'Norway + Sweden, USD 500M, of which Norway NOK 2B; about €200M not attributed to one country (at reference rates)',
    );
  });
});

describe('buildPurlTimeline', () => {
  const timeline = (selection: typeof all) =>
    buildPurlTimeline(countPledges(selection, index, TEST_RATES), index, TEST_RATES);

  it('folds shares into their package, orders by date and keeps a running total without double counting', () => {
    const events = timeline(all);
    expect(events.map((e) => e.id)).toEqual(['P001', 'P013', 'P019', 'P020']);
    // P001 500; P013 remainder 200 + folded share 200 = 400; P019 remainder 0 + folded share 80; P020 400
    expect(events.map((e) => Math.round(e.addsEur / 1e6))).toEqual([500, 400, 80, 400]);
    expect(Math.round((events.at(-1)?.runningEur ?? 0) / 1e6)).toBe(1380);
  });

  it('shows a share as its own event when its package is filtered out', () => {
    expect(timeline([pol]).map((e) => [e.id, Math.round(e.addsEur / 1e6)])).toEqual([['P017', 80]]);
  });

  it('leaves out other instruments', () => {
    expect(timeline([bilateral])).toEqual([]);
  });
});

describe('aggregatePurlByMonth', () => {
  it('sums each month and keeps the running total of its last event', () => {
    const events = buildPurlTimeline(countPledges(all, index, TEST_RATES), index, TEST_RATES);
    const months = aggregatePurlByMonth(events);
    // Aug: P001 500; Nov: P013 400; Dec: P019 80 + P020 400
    expect(
      months.map((m) => [m.date, Math.round(m.addsEur / 1e6), Math.round(m.runningEur / 1e6)]),
    ).toEqual([
      ['2025-08', 500, 500],
      ['2025-11', 400, 900],
      ['2025-12', 480, 1380],
    ]);
    expect(months[2]?.label).toBe('2 packages and contributions');
  });
});

describe('purlTimelineView', () => {
  it('draws each event, described, while there are at most MAX_EVENTS_DRAWN', () => {
    const prepared = prepareRows(all);
    const selection = selectPledgeView(prepared, EMPTY_FILTERS, 'instrument');
    const view = purlTimelineView(selection, prepared);
    expect(view.perMonth).toBe(false);
    expect(view.events).toEqual(
      buildPurlTimeline(countPledges(all, index, TEST_RATES), index, TEST_RATES),
    );
    expect(view.events.every((e) => e.description !== '')).toBe(true);
  });

  it('sums by month above MAX_EVENTS_DRAWN events', () => {
    const many = Array.from({ length: MAX_EVENTS_DRAWN + 1 }, (_, n) =>
      makePledge({
        id: `P${String(900 + n).padStart(4, '0')}`,
        donors: ['NLD'],
        instrument: 'purl',
        amount: 1e6,
        currency: 'EUR',
        announced: `2025-${n % 2 === 0 ? '09' : '10'}-01`,
      }),
    );
    const prepared = prepareRows(many);
    const view = purlTimelineView(
      selectPledgeView(prepared, EMPTY_FILTERS, 'instrument'),
      prepared,
    );
    expect(view.perMonth).toBe(true);
    expect(view.events.map((e) => [e.date, Math.round(e.addsEur / 1e6)])).toEqual([
      ['2025-09', 61],
      ['2025-10', 60],
    ]);
    expect(view.events[1]?.runningEur).toBe((MAX_EVENTS_DRAWN + 1) * 1e6);
  });

  it('sums by month straight from the rows, as summing the events would', () => {
    // Packages with shares (folded in), lone shares, other instruments, in no particular order.
    const rows = Array.from({ length: 3 * MAX_EVENTS_DRAWN }, (_, n) => {
      const day = `2025-${String(1 + ((n * 7) % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
      const id = `R${String(n).padStart(4, '0')}`;
      if (n % 10 === 0) {
        return makePledge({
          id,
          donors: ['NOR', 'DEU'],
          kind: 'package-total',
          amount: 50e6,
          currency: 'USD',
          announced: day,
        });
      }
      if (n % 10 === 1)
        return makePledge({
          id,
          donors: ['DEU'],
          amount: 10e6,
          shareOf: `R${String(n - 1).padStart(4, '0')}`,
          announced: day,
        });
      if (n % 10 === 2)
        return makePledge({
          id,
          donors: ['POL'],
          amount: 7e6,
          instrument: 'bilateral-military',
          announced: day,
        });
      return makePledge({
        id,
        donors: ['NLD'],
        amount: 1e6 + n,
        currency: n % 3 ? 'EUR' : 'NOK',
        announced: day,
      });
    }).reverse();
    const prepared = prepareRows(rows);
    // With all rows, and with a donor filter that leaves out the packages but not their shares.
    for (const donors of [[], ['DEU', 'NLD']]) {
      const selection = selectPledgeView(prepared, { ...EMPTY_FILTERS, donors }, 'instrument');
      const view = purlTimelineView(selection, prepared);
      const expected = aggregatePurlByMonth(
        buildPurlTimeline(selection.counted, prepared.index, prepared.rates),
      );
      expect(view.perMonth).toBe(true);
      expect(
        view.events.map((e) => ({ ...e, addsEur: 0, runningEur: 0, eur: 0, amount: 0 })),
      ).toEqual(expected.map((e) => ({ ...e, addsEur: 0, runningEur: 0, eur: 0, amount: 0 })));
      view.events.forEach((event, i) => {
        for (const field of ['addsEur', 'runningEur', 'eur', 'amount'] as const) {
          expect(event[field]).toBeCloseTo(expected[i]?.[field] ?? Number.NaN, 0);
        }
      });
    }
  });
});

describe('PURL descriptions in German', () => {
  afterEach(() => setLocale('en'));
  /** German amounts keep no-break spaces; compared here with plain ones. */
  const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ');

  it.each([
    [
      'known share, the rest in the package currency, a spanning total',
      pkg,
      'Norwegen + Deutschland + Polen, 500 Mio. USD, davon Polen 100 Mio. USD; 400 Mio. USD keinem einzelnen Land zugeordnet. Der Beitrag von Norwegen (500 Mio. USD) vom selben Tag umfasst dieses und ein weiteres Paket',
    ],
    [
      'shares in other currencies: EUR at reference rates',
      mixed,
      'Norwegen + Schweden, 500 Mio. USD, davon Norwegen 2 Mrd. NOK; etwa 200 Mio. € keinem einzelnen Land zugeordnet (zu Referenzkursen)',
    ],
  ])('%s', (_name, pledge, expected) => {
    setLocale('de');
    expect(plain(describePackage(pledge, index, TEST_RATES))).toBe(expected);
  });

  it('describes single contributions and whole months in German', () => {
    setLocale('de');
    const events = buildPurlTimeline(countPledges(all, index, TEST_RATES), index, TEST_RATES);
    expect(plain(events.find((e) => e.id === 'P001')?.description)).toBe('Niederlande, 500 Mio. €');
    const months = aggregatePurlByMonth(events);
    expect(months[2]?.label).toBe('2 Pakete und Beiträge');
    expect(months[2]?.description).toBe(
      '1 von einzelnen Ländern, 1 gemeinsam; Beträge in EUR zu Referenzkursen addiert',
    );
    expect(months[0]?.label).toBe('1 Paket oder Beitrag');
  });
});
