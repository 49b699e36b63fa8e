import { getLocale } from '@/lib/i18n/locale';
import type { CountedPledge } from './attribution';
import type { PledgeColumns } from './pledge-columns';
import type { PledgeSelection } from './pledge-view';
import { rowComparator, sortPledgeRows, type SortState } from './sort-pledges';

/** Every row of a data set in the order of a sort, per language (names collate differently). */
const orders = new WeakMap<PledgeColumns, Map<string, Int32Array>>();

/**
 * All rows of the data set in the table's order for `sort`: sorted once per data set, sort and
 * language, on first use; a filter change then only picks the selected rows from it.
 */
export function rowOrder(columns: PledgeColumns, sort: SortState): Int32Array {
  let cache = orders.get(columns);
  if (!cache) {
    cache = new Map();
    orders.set(columns, cache);
  }
  const cacheKey = `${getLocale()}|${sort.key}|${sort.direction}`;
  let order = cache.get(cacheKey);
  if (!order) {
    order = new Int32Array(columns.rows.length);
    for (let i = 0; i < order.length; i += 1) order[i] = i;
    order.sort(rowComparator(columns.base, sort));
    cache.set(cacheKey, order);
  }
  return order;
}

/**
 * The first `limit` rows of the selection in the table's order: the same rows as sorting the
 * selection (sortPledgeRows), found by walking the data set's order and keeping selected rows.
 * What a container counts depends on the filter, so "counted" with containers sorts the selection.
 */
export function tablePage(
  selection: PledgeSelection,
  columns: PledgeColumns,
  sort: SortState,
  limit: number,
): CountedPledge[] {
  if (sort.key === 'counted' && columns.containedRows.size > 0) {
    return sortPledgeRows(selection.counted, sort, limit);
  }
  const order = rowOrder(columns, sort);
  const isSelected = new Uint8Array(columns.rows.length);
  for (const row of selection.rowIndex) isSelected[row] = 1;
  const take = Math.min(limit, selection.rowIndex.length);
  const page: CountedPledge[] = [];
  for (let i = 0; i < order.length && page.length < take; i += 1) {
    const row = order[i] ?? 0;
    if (isSelected[row]) page.push(selection.countedAt(row));
  }
  return page;
}
