import type { FilterState } from '@/lib/filter-state';
import { selectPledgeView, type PledgeView, type PreparedPledges } from './pledge-view';

type Split = 'instrument' | 'category';

/** Views kept per data set: the filters seen last and those computed ahead (the donor presets). */
export const KEPT_VIEWS = 8;

const viewsByData = new WeakMap<PreparedPledges, Map<string, PledgeView>>();

/**
 * What a view depends on, as a key. Lists are sets to the filter (a donor, instrument or category
 * is in or out), so their order does not make another key.
 */
export function pledgeViewKey(filters: FilterState, split: Split): string {
  const set = (values: readonly string[]) => [...values].sort().join(',');
  return [
    set(filters.donors),
    set(filters.instruments),
    set(filters.categories),
    filters.from ?? '',
    filters.to ?? '',
    split,
  ].join('|');
}

function viewsOf(prepared: PreparedPledges): Map<string, PledgeView> {
  let views = viewsByData.get(prepared);
  if (!views) {
    views = new Map();
    viewsByData.set(prepared, views);
  }
  return views;
}

/**
 * The view of a filter, computed once per data set and filter: going back to a filter, or
 * choosing one computed ahead, finds its figures ready. The last KEPT_VIEWS are kept (least
 * recently used out first); a new data set starts empty (the old one's views go with it).
 */
export function cachedPledgeView(
  prepared: PreparedPledges,
  filters: FilterState,
  split: Split,
): PledgeView {
  const views = viewsOf(prepared);
  const key = pledgeViewKey(filters, split);
  const kept = views.get(key);
  if (kept) {
    views.delete(key);
    views.set(key, kept);
    return kept;
  }
  const view = selectPledgeView(prepared, filters, split);
  views.set(key, view);
  for (const oldest of views.keys()) {
    if (views.size <= KEPT_VIEWS) break;
    views.delete(oldest);
  }
  return view;
}

/** True when the view of this filter is already computed (and kept). */
export function hasCachedPledgeView(
  prepared: PreparedPledges,
  filters: FilterState,
  split: Split,
): boolean {
  return viewsByData.get(prepared)?.has(pledgeViewKey(filters, split)) ?? false;
}
