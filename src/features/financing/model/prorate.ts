import type { CoverageItem, MonthSpan } from '../api/financing-schema';
import type { CoverageLine } from './coverage-lines';

/** `YYYY-MM` (or a date) -> months since year 0, so that spans can be compared and counted. */
export function monthIndex(value: string): number {
  return Number(value.slice(0, 4)) * 12 + Number(value.slice(5, 7)) - 1;
}

export function monthsIn(span: MonthSpan): number {
  return monthIndex(span.to) - monthIndex(span.from) + 1;
}

/** How many months of `span` fall inside `window` (0 when they do not meet). */
export function overlapMonths(span: MonthSpan, window: MonthSpan): number {
  const from = Math.max(monthIndex(span.from), monthIndex(window.from));
  const to = Math.min(monthIndex(span.to), monthIndex(window.to));
  return Math.max(0, to - from + 1);
}

export const inWindow = (date: string, window: MonthSpan) =>
  monthIndex(date) >= monthIndex(window.from) && monthIndex(date) <= monthIndex(window.to);

/** A coverage line with the part of it that falls into the need's months. */
export interface WindowedLine extends CoverageLine {
  /** Share of the line's amount inside the window (0 to 1). */
  share: number;
  /** EUR inside the window; null when the currency has no rate. */
  eurInWindow: number | null;
}

/**
 * The rule, stated on the page: a paid tranche counts in the month it was paid (inside the
 * window or not at all); the rest of an item is spread evenly over the item's months, and the
 * months inside the window count. An item that lies wholly inside the window counts in full.
 */
export function windowLines(
  lines: readonly CoverageLine[],
  items: readonly CoverageItem[],
  window: MonthSpan,
): WindowedLine[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return lines.map((line) => {
    const item = byId.get(line.itemId);
    let share = 1;
    if (item && line.part === 'paid') {
      const paid = (item.tranches ?? []).filter(
        (t) => t.status === 'paid' && t.currency === item.currency,
      );
      const total = paid.reduce((sum, t) => sum + t.amount, 0);
      const inside = paid.reduce((sum, t) => sum + (inWindow(t.date, window) ? t.amount : 0), 0);
      share = total > 0 ? inside / total : 0;
    } else if (item) {
      share = overlapMonths(item.span, window) / monthsIn(item.span);
    }
    return { ...line, share, eurInWindow: line.eur === null ? null : line.eur * share };
  });
}
