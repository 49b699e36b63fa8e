import type { FilterState } from '@/lib/filter-state';
import { categoryLabels, instrumentLabels } from '@/features/pledges';
import { donorName } from '@/lib/donors';
import { formatMonth } from '@/lib/format';
import { BRIEFING_TEXT } from '../briefing-text';
import { joinWords } from './join-words';

/** Donor lists longer than this are counted, not named (a slide line must stay one line). */
const MAX_NAMED_DONORS = 6;

/**
 * The filter in words for slides and exports, in the current language: "Donors: Poland, Norway
 * and Germany · From Aug 2025" / "Geber: Polen, Norwegen und Deutschland · Ab Aug. 2025".
 */
export function describeFilters(filters: FilterState): string {
  const T = BRIEFING_TEXT.explorer;
  const parts: string[] = [];
  if (filters.donors.length > 0) {
    const names = filters.donors.map((code) => donorName(code));
    parts.push(
      names.length > MAX_NAMED_DONORS
        ? T.manyDonors(names.length, names.slice(0, 3).join(', '))
        : T.donorsFilter(joinWords(names)),
    );
  }
  if (filters.instruments.length > 0) {
    const labels = instrumentLabels();
    parts.push(T.instrumentsFilter(joinWords(filters.instruments.map((i) => labels[i]))));
  }
  if (filters.categories.length > 0) {
    const labels = categoryLabels();
    parts.push(T.categoriesFilter(joinWords(filters.categories.map((c) => labels[c]))));
  }
  if (filters.from !== null && filters.to !== null) {
    parts.push(T.fromTo(formatMonth(filters.from), formatMonth(filters.to)));
  } else if (filters.from !== null) {
    parts.push(T.fromOnly(formatMonth(filters.from)));
  } else if (filters.to !== null) {
    parts.push(T.upTo(formatMonth(filters.to)));
  }
  return parts.length === 0 ? T.allFilters : parts.join(' · ');
}
