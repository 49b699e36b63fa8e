import type { FilterState } from '@/lib/filter-state';
import type { PledgeColumns } from './pledge-columns';

/** What the filter does with a row. */
export const EXCLUDED = 0;
export const SELECTED = 1;
/** Left out because a date range is set and the row has no date (reported to the user). */
export const UNDATED = 2;
export type FilterVerdict = typeof EXCLUDED | typeof SELECTED | typeof UNDATED;

/** 1 at the index of every code in `wanted` (codes absent from the data select nothing). */
function maskOf(codes: readonly string[], wanted: readonly string[]): Uint8Array {
  const mask = new Uint8Array(codes.length);
  const set = new Set<string>(wanted);
  codes.forEach((code, index) => {
    if (set.has(code)) mask[index] = 1;
  });
  return mask;
}

/** First index of sorted `values` whose value is >= `bound` (or > it, with `strict`). */
function firstIndexFrom(values: readonly string[], bound: string, strict = false): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const value = values[mid] ?? '';
    if (value < bound || (strict && value === bound)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The filter as a test of one row (by its index in the columns):
 * - a joint package matches a donor filter when any participant is selected;
 * - the month range is inclusive (a month-only date is compared by its month);
 * - rows without a date are left out only when a date range is set, as UNDATED.
 */
export function compileFilter(
  columns: PledgeColumns,
  filters: FilterState,
): (row: number) => FilterVerdict {
  const { donorStart, donorList, instrument, category, month } = columns;
  const donors = filters.donors.length > 0 ? maskOf(columns.donorCodes, filters.donors) : null;
  const instruments =
    filters.instruments.length > 0 ? maskOf(columns.instrumentCodes, filters.instruments) : null;
  const categories =
    filters.categories.length > 0 ? maskOf(columns.categoryCodes, filters.categories) : null;
  const hasRange = filters.from !== null || filters.to !== null;
  // Month indices run over the sorted distinct months: the range becomes two index bounds.
  const first = filters.from === null ? 0 : firstIndexFrom(columns.months, filters.from);
  const last =
    filters.to === null
      ? columns.months.length - 1
      : firstIndexFrom(columns.months, filters.to, true) - 1;
  return (row) => {
    if (donors) {
      let any = false;
      for (let k = donorStart[row] ?? 0, end = donorStart[row + 1] ?? 0; k < end; k += 1) {
        if (donors[donorList[k] ?? 0]) {
          any = true;
          break;
        }
      }
      if (!any) return EXCLUDED;
    }
    if (instruments && !instruments[instrument[row] ?? 0]) return EXCLUDED;
    if (categories && !categories[category[row] ?? 0]) return EXCLUDED;
    if (hasRange) {
      const at = month[row] ?? -1;
      if (at < 0) return UNDATED;
      if (at < first || at > last) return EXCLUDED;
    }
    return SELECTED;
  };
}
