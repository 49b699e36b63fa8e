/**
 * The date of each data set's newest figure, read from the data (never fixed in code). Each takes
 * the validated file's shape, reduced to the fields it reads, so tests can pass plain objects.
 */
import { newestDate } from './freshness';

/** Pledges: the latest announcement date of a line. */
export function newestPledge(pledges: readonly { announced: string | null }[]): string | null {
  return newestDate(pledges.map((p) => p.announced));
}

/** PURL running totals: the latest statement's date. */
export function newestPurlStatement(statements: readonly { date: string | null }[]): string | null {
  return newestDate(statements.map((s) => s.date));
}

/** Reference rates: the latest rate's date. */
export function newestRate(rates: readonly { date: string | null }[]): string | null {
  return newestDate(rates.map((r) => r.date));
}

/** EU options: the file's as-of date. */
export function newestEuOptions(data: { asOf: string }): string | null {
  return newestDate([data.asOf]);
}

/** Financing: the later of its as-of date and its latest timeline event. */
export function newestFinancing(data: {
  asOf: string;
  timeline: readonly { date: string }[];
}): string | null {
  return newestDate([data.asOf, ...data.timeline.map((e) => e.date)]);
}

/** Kiel tracker: the last month the release has data for ("04/2026" -> "2026-04"). */
export function newestKielMonth(period: string): string | null {
  const match = /^(0[1-9]|1[0-2])\/(\d{4})$/.exec(period);
  return match ? `${match[2]}-${match[1]}` : null;
}
