import { getLocale } from '@/lib/i18n/locale';
import { kielText } from '../kiel-text';
import type { FilterState } from '@/lib/filter-state';
import { findDonor } from '@/lib/donors';
import type { KielDonorMonth } from './parse-kiel';
import type { KielProcurementMonth } from './parse-procurement-trends';

/** The Kiel tracker's three allocation categories, in drawing order. */
export const KIEL_CATEGORIES = ['military', 'financial', 'humanitarian'] as const;
export type KielCategory = (typeof KIEL_CATEGORIES)[number];
export type KielMeasure = 'eur' | 'gdp';

/** EUR bn, or % of the donor's GDP for measure 'gdp'. Deselected categories are 0. */
export interface DonorAllocation extends CategoryAmounts {
  iso: string;
  name: string;
}

export interface ExcludedDonor {
  iso: string;
  name: string;
  reason: string;
}

export interface CategoryAmounts {
  military: number;
  financial: number;
  humanitarian: number;
  total: number;
}

export interface DonorAllocations {
  rows: DonorAllocation[];
  /**
   * All rows together: sums for 'eur'; for 'gdp' the donors' combined allocations as % of
   * their combined GDP (a sum of percentages would mean nothing).
   */
  totals: CategoryAmounts;
  /** Donors left out of the % of GDP view, with the reason. Always empty for 'eur'. */
  excluded: ExcludedDonor[];
  categories: KielCategory[];
}

export interface MonthAllocation {
  period: string;
  military: number;
  financial: number;
  humanitarian: number;
  total: number;
}

export interface PurlMonth {
  period: string;
  /** EUR bn, all donors together. */
  natoPurl: number;
}

/** Categories drawn under the filter: all three unless `categories` names some of them. */
export function selectedCategories(filters: FilterState): KielCategory[] {
  if (filters.categories.length === 0) return [...KIEL_CATEGORIES];
  return KIEL_CATEGORIES.filter((category) => filters.categories.some((c) => c === category));
}

/** Inclusive YYYY-MM range test; null bounds are open. */
export function inPeriod(period: string, filters: Pick<FilterState, 'from' | 'to'>): boolean {
  return (
    (filters.from === null || period >= filters.from) &&
    (filters.to === null || period <= filters.to)
  );
}

/** The test of a row against the filter's donors and range (the donors looked up in a set). */
function rowMatcher(filters: FilterState): (row: KielDonorMonth) => boolean {
  const donors = filters.donors.length === 0 ? null : new Set<string>(filters.donors);
  return (row) => (donors === null || donors.has(row.iso)) && inPeriod(row.period, filters);
}

/** Dashboard name of a donor (registry), falling back to the tracker's own name. */
export function kielDonorName(iso: string, country: string): string {
  return findDonor(iso)?.[getLocale()] ?? country;
}

function categorySum(row: KielDonorMonth, categories: readonly KielCategory[]): MonthAllocation {
  const pick = (category: KielCategory) => (categories.includes(category) ? row[category] : 0);
  const military = pick('military');
  const financial = pick('financial');
  const humanitarian = pick('humanitarian');
  return {
    period: row.period,
    military,
    financial,
    humanitarian,
    total: military + financial + humanitarian,
  };
}

interface DonorSum extends DonorAllocation {
  gdp: number | null;
}

/**
 * Allocations per donor over the months in range, in EUR bn or as % of the donor's GDP
 * (sum of EUR bn / GDP * 100). Donors without GDP (EU institutions) are excluded from the
 * GDP view and listed in `excluded`. Sorted by total, largest first.
 */
export function allocationsByDonor(
  rows: readonly KielDonorMonth[],
  filters: FilterState,
  measure: KielMeasure,
): DonorAllocations {
  const categories = selectedCategories(filters);
  const matches = rowMatcher(filters);
  const byDonor = new Map<string, DonorSum>();
  for (const row of rows) {
    if (!matches(row)) continue;
    const sum = categorySum(row, categories);
    let donor = byDonor.get(row.iso);
    if (!donor) {
      donor = {
        iso: row.iso,
        name: kielDonorName(row.iso, row.country),
        military: 0,
        financial: 0,
        humanitarian: 0,
        total: 0,
        gdp: null,
      };
      byDonor.set(row.iso, donor);
    }
    addAmounts(donor, sum);
    if (row.gdp !== null && row.gdp > 0) donor.gdp = row.gdp;
  }

  const result: DonorAllocation[] = [];
  const excluded: ExcludedDonor[] = [];
  const eurTotals: CategoryAmounts = { military: 0, financial: 0, humanitarian: 0, total: 0 };
  let gdpTotal = 0;
  for (const { gdp, ...donor } of byDonor.values()) {
    if (measure === 'gdp' && gdp === null) {
      excluded.push({
        iso: donor.iso,
        name: donor.name,
        reason: donor.iso === 'EU' ? kielText().rows.euNoGdp : kielText().rows.noGdp,
      });
      continue;
    }
    addAmounts(eurTotals, donor);
    gdpTotal += gdp ?? 0;
    result.push(measure === 'gdp' && gdp !== null ? shareOf(donor, gdp) : donor);
  }
  result.sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  excluded.sort((a, b) => a.name.localeCompare(b.name));
  const totals = measure === 'gdp' && gdpTotal > 0 ? shareOf(eurTotals, gdpTotal) : eurTotals;
  return { rows: result, totals, excluded, categories };
}

function addAmounts(target: CategoryAmounts, amounts: CategoryAmounts): void {
  target.military += amounts.military;
  target.financial += amounts.financial;
  target.humanitarian += amounts.humanitarian;
  target.total += amounts.total;
}

/** Amounts in EUR bn as % of a GDP in EUR bn. */
function shareOf<T extends CategoryAmounts>(amounts: T, gdp: number): T {
  const share = (value: number) => (value / gdp) * 100;
  return {
    ...amounts,
    military: share(amounts.military),
    financial: share(amounts.financial),
    humanitarian: share(amounts.humanitarian),
    total: share(amounts.total),
  };
}

/** "2025-12" -> "2026-01". */
export function nextPeriod(period: string): string {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  return month === 12 ? `${year + 1}-01` : `${year}-${month < 9 ? '0' : ''}${month + 1}`;
}

/**
 * Allocations per month, summed over the selected donors (EUR bn). Every month of the data
 * period (clipped to the filter range) is present; months without rows are zero.
 */
export function monthlyAllocations(
  rows: readonly KielDonorMonth[],
  filters: FilterState,
): MonthAllocation[] {
  if (rows.length === 0) return [];
  const categories = selectedCategories(filters);
  let first = rows[0]?.period ?? '';
  let last = first;
  const matches = rowMatcher(filters);
  const byMonth = new Map<string, MonthAllocation>();
  for (const row of rows) {
    if (row.period < first) first = row.period;
    if (row.period > last) last = row.period;
    if (!matches(row)) continue;
    const sum = categorySum(row, categories);
    const month = byMonth.get(row.period);
    if (!month) {
      byMonth.set(row.period, sum);
      continue;
    }
    addAmounts(month, sum);
  }
  const start = filters.from !== null && filters.from > first ? filters.from : first;
  const end = filters.to !== null && filters.to < last ? filters.to : last;
  const months: MonthAllocation[] = [];
  for (let period = start; period <= end; period = nextPeriod(period)) {
    months.push(
      byMonth.get(period) ?? { period, military: 0, financial: 0, humanitarian: 0, total: 0 },
    );
  }
  return months;
}

/**
 * NATO PURL per month (EUR bn) from the first month with PURL deliveries, within the filter range.
 * PURL cannot be split by donor: the donor filter does not apply, which `donorFilterIgnored` says.
 */
export function purlMonthly(
  rows: readonly KielProcurementMonth[],
  filters: FilterState,
): { months: PurlMonth[]; donorFilterIgnored: boolean } {
  const sorted = [...rows].sort((a, b) => a.period.localeCompare(b.period));
  const start = sorted.find((row) => row.natoPurl > 0)?.period;
  const months =
    start === undefined
      ? []
      : sorted
          .filter((row) => row.period >= start && inPeriod(row.period, filters))
          .map((row) => ({ period: row.period, natoPurl: row.natoPurl }));
  return { months, donorFilterIgnored: filters.donors.length > 0 };
}

/** Donor-months in the filter with a negative to_be_allocated (kept, never subtracted). */
export function countNegativeToBeAllocated(
  rows: readonly KielDonorMonth[],
  filters: FilterState,
): number {
  const matches = rowMatcher(filters);
  let count = 0;
  for (const row of rows)
    if (row.toBeAllocated !== null && row.toBeAllocated < 0 && matches(row)) count++;
  return count;
}
