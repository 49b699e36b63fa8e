/**
 * How old the data on a page is: pure functions, `today` injected (never read here). A date is
 * YYYY-MM-DD or YYYY-MM; a month counts from its last day (a release "to Apr 2026" covers April).
 */

/** The data sets a page can show, each with the date of its newest figure. */
export const FRESHNESS_SECTIONS = [
  'pledges',
  'purl',
  'fxRates',
  'kiel',
  'euOptions',
  'financing',
] as const;
export type FreshnessSection = (typeof FRESHNESS_SECTIONS)[number];

/** A section whose newest figure is more than this many days older than the page's is flagged. */
export const STALE_LAG_DAYS = 90;

export interface SectionDate {
  section: FreshnessSection;
  /** Newest figure's date (YYYY-MM-DD or YYYY-MM), null when the data has none or is not loaded. */
  newest: string | null;
}

export interface SectionFreshness extends SectionDate {
  /** Days the section's newest figure lies before the page's newest; null without a date. */
  lagDays: number | null;
  /** More than STALE_LAG_DAYS behind the page's newest figure. */
  stale: boolean;
}

export interface PageFreshness {
  /** The newest figure's date on the page, and which section holds it; null when none is known. */
  newest: string | null;
  newestSection: FreshnessSection | null;
  /** Days from the newest figure to `today` (0 when it is today or later). */
  ageDays: number | null;
  sections: SectionFreshness[];
}

const DATE = /^(\d{4})-(0[1-9]|1[0-2])(?:-(\d{2}))?$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of a date; a month is its last day. Null when not a date. */
export function dayNumber(date: string): number | null {
  const match = DATE.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  // Day 0 of the next month is the last day of this one.
  const ms = day === null ? Date.UTC(year, month, 0) : Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (day !== null && check.getUTCDate() !== day) return null;
  return Math.round(ms / DAY_MS);
}

/** Days since 1970-01-01 of `today` in UTC. */
export function todayNumber(today: Date): number {
  return Math.floor(today.getTime() / DAY_MS);
}

/**
 * The latest of the dates (by the day each stands for); null when none is a date. Each distinct
 * text is read once: 100,000 pledge lines share a few thousand dates.
 */
export function newestDate(dates: Iterable<string | null | undefined>): string | null {
  let best: string | null = null;
  let bestDay = -Infinity;
  const days = new Map<string, number | null>();
  for (const date of dates) {
    if (!date) continue;
    let day = days.get(date);
    if (day === undefined) {
      day = dayNumber(date);
      days.set(date, day);
    }
    if (day !== null && day > bestDay) {
      best = date;
      bestDay = day;
    }
  }
  return best;
}

/** The page's newest figure, its age at `today`, and each section's lag behind it. */
export function pageFreshness(sections: readonly SectionDate[], today: Date): PageFreshness {
  const newest = newestDate(sections.map((s) => s.newest));
  const newestDay = newest === null ? null : dayNumber(newest);
  const newestSection =
    newest === null ? null : (sections.find((s) => s.newest === newest)?.section ?? null);
  return {
    newest,
    newestSection,
    ageDays: newestDay === null ? null : Math.max(0, todayNumber(today) - newestDay),
    sections: sections.map((s) => {
      const day = s.newest === null ? null : dayNumber(s.newest);
      const lagDays = day === null || newestDay === null ? null : newestDay - day;
      return { ...s, lagDays, stale: lagDays !== null && lagDays > STALE_LAG_DAYS };
    }),
  };
}
