// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type FilterState } from '@/lib/filter-state';
import { realPledges } from '@/test-utils/real-data.fixture';
import { setLocale } from '@/lib/i18n/locale';
import { makePledge, prepareRows } from '@/test-utils/pledge-fixtures';
import { selectPledgeView, type PreparedPledges } from './pledge-view';
import { sortPledgeRows, type SortKey, type SortState } from './sort-pledges';
import { tablePage } from './table-page';

const KEYS: SortKey[] = ['donor', 'instrument', 'amount', 'eur', 'counted', 'date', 'status'];
const ids = (rows: readonly { pledge: { id: string } }[]) => rows.map((row) => row.pledge.id);

/** The page from the data set's order must be the page from sorting the selection itself. */
function expectSamePages(prepared: PreparedPledges, filters: FilterState) {
  const view = selectPledgeView(prepared, filters, 'instrument');
  for (const key of KEYS) {
    for (const direction of ['asc', 'desc'] as const) {
      const sort: SortState = { key, direction };
      for (const limit of [1, 5, 100, Number.POSITIVE_INFINITY]) {
        expect(
          ids(tablePage(view, prepared.columns, sort, limit)),
          `${key} ${direction} ${limit}`,
        ).toEqual(ids(sortPledgeRows(view.counted, sort, limit)));
      }
    }
  }
}

describe('tablePage', () => {
  afterEach(() => setLocale('en'));

  it.each<[string, Partial<FilterState>]>([
    ['no filter', {}],
    ['three donors', { donors: ['DEU', 'NOR', 'POL'] }],
    ['PURL only, from 2025-09', { instruments: ['purl'], from: '2025-09' }],
    ['a donor with no rows', { donors: ['JPN'] }],
  ])('the bundled data, %s: every key, direction and page size', (_name, filters) => {
    expectSamePages(realPledges(), { ...EMPTY_FILTERS, ...filters });
  });

  it('sorts a container by what it counts under the filter', () => {
    const prepared = prepareRows([
      makePledge({ id: 'C1', donors: ['DEU'], amount: 200e6, announced: '2025-03-01' }),
      makePledge({
        id: 'I1',
        donors: ['DEU'],
        amount: 150e6,
        includedIn: 'C1',
        announced: '2025-01-10',
      }),
      makePledge({ id: 'X1', donors: ['FRA'], amount: 100e6, instrument: 'bilateral-military' }),
    ]);
    const sort: SortState = { key: 'counted', direction: 'desc' };
    const all = selectPledgeView(prepared, EMPTY_FILTERS, 'instrument');
    // C1 counts 50 beyond I1 when I1 is selected, 200 when it is not.
    expect(ids(tablePage(all, prepared.columns, sort, 10))).toEqual(['I1', 'X1', 'C1']);
    const withoutI1 = selectPledgeView(
      prepared,
      { ...EMPTY_FILTERS, from: '2025-02' },
      'instrument',
    );
    expect(ids(tablePage(withoutI1, prepared.columns, sort, 10))).toEqual(['C1', 'X1']);
    expectSamePages(prepared, EMPTY_FILTERS);
    expectSamePages(prepared, { ...EMPTY_FILTERS, instruments: ['purl'] });
  });

  it('keeps an order per language: donor names collate differently in German', () => {
    const prepared = prepareRows([
      makePledge({ id: 'A', donors: ['AUT'] }),
      makePledge({ id: 'B', donors: ['DEU'] }),
      makePledge({ id: 'C', donors: ['NLD'] }),
    ]);
    const view = selectPledgeView(prepared, EMPTY_FILTERS, 'instrument');
    const sort: SortState = { key: 'donor', direction: 'asc' };
    const english = ids(tablePage(view, prepared.columns, sort, 10));
    expect(english).toEqual(['A', 'B', 'C']); // Austria, Germany, Netherlands
    setLocale('de');
    expect(ids(tablePage(view, prepared.columns, sort, 10))).toEqual(
      ids(sortPledgeRows(view.counted, sort, 10)),
    );
  });
});
