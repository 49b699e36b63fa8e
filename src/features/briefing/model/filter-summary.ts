import type { FilterState } from '@/features/filters/model/filter-state';
import { CATEGORY_LABELS, INSTRUMENT_LABELS } from '@/features/pledges/model/labels';
import { donorName } from '@/lib/donors';
import { formatMonth } from '@/lib/format';
import { joinWords } from './join-words';

/** Donor lists longer than this are counted, not named (a slide line must stay one line). */
const MAX_NAMED_DONORS = 6;

/** The filter in words for slides and exports: "Donors: Poland, Norway and Germany · From Aug 2025". */
export function describeFilters(filters: FilterState): string {
  const parts: string[] = [];
  if (filters.donors.length > 0) {
    const names = filters.donors.map((code) => donorName(code));
    parts.push(
      names.length > MAX_NAMED_DONORS
        ? `${names.length} donors (${names.slice(0, 3).join(', ')}, …)`
        : `Donors: ${joinWords(names)}`,
    );
  }
  if (filters.instruments.length > 0) {
    parts.push(`Instruments: ${joinWords(filters.instruments.map((i) => INSTRUMENT_LABELS[i]))}`);
  }
  if (filters.categories.length > 0) {
    parts.push(`Categories: ${joinWords(filters.categories.map((c) => CATEGORY_LABELS[c]))}`);
  }
  if (filters.from !== null && filters.to !== null) {
    parts.push(`${formatMonth(filters.from)} to ${formatMonth(filters.to)}`);
  } else if (filters.from !== null) {
    parts.push(`From ${formatMonth(filters.from)}`);
  } else if (filters.to !== null) {
    parts.push(`Up to ${formatMonth(filters.to)}`);
  }
  return parts.length === 0 ? 'All donors, instruments, categories and dates' : parts.join(' · ');
}
