import type { MonthBounds } from './month-range';

const MONTH_OF = /^(\d{4}-(0[1-9]|1[0-2]))(-\d{2})?$/;

/**
 * The date filter's bounds from the data itself: the earliest and latest month among `dates`
 * (YYYY-MM-DD or YYYY-MM; null and malformed values are skipped). Data in 2027 or later is
 * inside the bounds as soon as it is in the files: nothing here is a fixed date. `fallback` is
 * used only when no date can be read (the data is still loading or empty).
 */
export function monthBoundsOf(
  dates: Iterable<string | null | undefined>,
  fallback: MonthBounds,
): MonthBounds {
  let min: string | null = null;
  let max: string | null = null;
  for (const date of dates) {
    const month = date ? MONTH_OF.exec(date)?.[1] : undefined;
    if (!month) continue;
    if (min === null || month < min) min = month;
    if (max === null || month > max) max = month;
  }
  return min !== null && max !== null ? { min, max } : fallback;
}

/** A Date -> its UTC month, "2026-12". */
export function monthOf(today: Date): string {
  return today.toISOString().slice(0, 7);
}

/**
 * The bounds widened to include `month` (the current month: a reader may filter up to today even
 * when the newest figure is older). Later data keeps its own, later upper bound.
 */
export function includeMonth(bounds: MonthBounds, month: string): MonthBounds {
  return {
    min: month < bounds.min ? month : bounds.min,
    max: month > bounds.max ? month : bounds.max,
  };
}
