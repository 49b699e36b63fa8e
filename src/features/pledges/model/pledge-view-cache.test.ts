// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type FilterState } from '@/lib/filter-state';
import { realPledges } from '@/test-utils/real-data.fixture';
import { syntheticPledgeDataset } from '../../../../mocks/synthetic-pledges';
import { preparePledges, selectPledgeView } from './pledge-view';
import {
  cachedPledgeView,
  hasCachedPledgeView,
  KEPT_VIEWS,
  pledgeViewKey,
} from './pledge-view-cache';

const filter = (change: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTERS, ...change });

/** What a view shows, as plain values (a cached view must show what a fresh one does). */
const shown = (view: ReturnType<typeof selectPledgeView>) => ({
  rows: Array.from(view.rowIndex),
  counted: view.counted.map((c) => [c.pledge.id, c.countedEur]),
  headline: view.headline,
  byDonor: view.byDonor,
  undatedExcluded: view.undatedExcluded,
});

describe('pledgeViewKey', () => {
  it('is the same for the same sets in another order, and differs for any other filter', () => {
    const a = filter({ donors: ['DEU', 'POL'], instruments: ['purl', 'nato-fund'] });
    const b = filter({ donors: ['POL', 'DEU'], instruments: ['nato-fund', 'purl'] });
    expect(pledgeViewKey(a, 'instrument')).toBe(pledgeViewKey(b, 'instrument'));
    const others = [
      pledgeViewKey(a, 'category'),
      pledgeViewKey(filter({ donors: ['DEU'] }), 'instrument'),
      pledgeViewKey(filter({ donors: ['DEU', 'POL'], instruments: ['purl'] }), 'instrument'),
      pledgeViewKey({ ...a, categories: ['military'] }, 'instrument'),
      pledgeViewKey({ ...a, from: '2025-01' }, 'instrument'),
      // A from-month is not a to-month.
      pledgeViewKey({ ...a, to: '2025-01' }, 'instrument'),
    ];
    expect(new Set([pledgeViewKey(a, 'instrument'), ...others]).size).toBe(others.length + 1);
  });
});

describe('cachedPledgeView', () => {
  it('gives what selectPledgeView gives, for each filter and split, and the same object again', () => {
    const prepared = preparePledges(syntheticPledgeDataset(1_500, 3), realPledges().rates);
    const filters = [
      EMPTY_FILTERS,
      filter({ donors: ['DEU', 'FRA', 'POL'] }),
      filter({ donors: ['USA'], from: '2024-01', to: '2025-06' }),
      filter({ instruments: ['purl'] }),
    ];
    for (const split of ['instrument', 'category'] as const) {
      for (const f of filters) {
        const view = cachedPledgeView(prepared, f, split);
        expect(shown(view)).toEqual(shown(selectPledgeView(prepared, f, split)));
        expect(cachedPledgeView(prepared, { ...f, donors: [...f.donors].reverse() }, split)).toBe(
          view,
        );
      }
    }
  });

  it('keeps the last KEPT_VIEWS filters used, the least recently used out first', () => {
    const prepared = preparePledges(syntheticPledgeDataset(300, 5), realPledges().rates);
    const codes = prepared.columns.donorCodes.slice(0, KEPT_VIEWS + 1);
    expect(codes).toHaveLength(KEPT_VIEWS + 1);
    const one = (code: string) => filter({ donors: [code] });
    for (const code of codes.slice(0, KEPT_VIEWS))
      cachedPledgeView(prepared, one(code), 'instrument');
    // Using the first again makes the second the oldest.
    const first = cachedPledgeView(prepared, one(codes[0]!), 'instrument');
    cachedPledgeView(prepared, one(codes[KEPT_VIEWS]!), 'instrument');
    expect(hasCachedPledgeView(prepared, one(codes[1]!), 'instrument')).toBe(false);
    expect(hasCachedPledgeView(prepared, one(codes[0]!), 'instrument')).toBe(true);
    expect(cachedPledgeView(prepared, one(codes[0]!), 'instrument')).toBe(first);
    for (const code of codes.slice(2)) {
      expect(hasCachedPledgeView(prepared, one(code), 'instrument')).toBe(true);
    }
  });

  it('keeps each data set apart: another data set computes its own view', () => {
    const a = preparePledges(syntheticPledgeDataset(200, 1), realPledges().rates);
    const b = preparePledges(syntheticPledgeDataset(200, 2), realPledges().rates);
    const view = cachedPledgeView(a, EMPTY_FILTERS, 'instrument');
    expect(hasCachedPledgeView(b, EMPTY_FILTERS, 'instrument')).toBe(false);
    const other = cachedPledgeView(b, EMPTY_FILTERS, 'instrument');
    expect(other).not.toBe(view);
    expect(shown(other)).toEqual(shown(selectPledgeView(b, EMPTY_FILTERS, 'instrument')));
  });
});
