import type { FilterState } from '@/features/filters/model/filter-state';
import type { Pledge } from '../api/pledge-schema';

export interface PledgeFilterResult {
  selection: Pledge[];
  /** Rows without a date that a date filter left out (shown to the user). */
  undatedExcluded: Pledge[];
}

/** The month of an announcement date (YYYY-MM), or null when the source gave no date. */
export function announcedMonth(pledge: Pledge): string | null {
  return pledge.announced ? pledge.announced.slice(0, 7) : null;
}

/**
 * Apply the filter. A joint package matches a donor filter when any participant is selected;
 * rows without a date are left out only when a date range is set (and reported).
 */
export function filterPledges(
  pledges: readonly Pledge[],
  filters: FilterState,
): PledgeFilterResult {
  const donors = filters.donors.length > 0 ? new Set(filters.donors) : null;
  const instruments = filters.instruments.length > 0 ? new Set<string>(filters.instruments) : null;
  const categories = filters.categories.length > 0 ? new Set<string>(filters.categories) : null;
  const hasRange = filters.from !== null || filters.to !== null;
  const selection: Pledge[] = [];
  const undatedExcluded: Pledge[] = [];
  for (const pledge of pledges) {
    if (donors && !pledge.donors.some((code) => donors.has(code))) continue;
    if (instruments && !instruments.has(pledge.instrument)) continue;
    if (categories && !categories.has(pledge.category)) continue;
    if (hasRange) {
      const month = announcedMonth(pledge);
      if (month === null) {
        undatedExcluded.push(pledge);
        continue;
      }
      if (filters.from !== null && month < filters.from) continue;
      if (filters.to !== null && month > filters.to) continue;
    }
    selection.push(pledge);
  }
  return { selection, undatedExcluded };
}
