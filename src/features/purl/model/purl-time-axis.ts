import { MONTHS } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';
import type { PurlEvent } from './purl-timeline';

const DAY = 86_400_000;

/** "2025-12-03" -> its UTC midnight in ms; "2025-12" (no day given) -> the month's first day. */
export function dayOf(date: string): number {
  const [year = 'NaN', month = '1', day = '1'] = date.split('-');
  return Date.UTC(Number(year), Number(month) - 1, Number(day));
}

const monthStart = (ms: number) => {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
};
const nextMonth = (ms: number) => {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
};
/** Monday of the ISO week of `ms`. */
const weekStart = (ms: number) => ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY;

export type BinUnit = 'week' | 'month';

/** Events announced in one week (or month), stacked in one bar in date order. */
export interface TimeBin {
  start: number;
  end: number;
  events: PurlEvent[];
  /** Each event's number in the key (1 = the first in date order). */
  numbers: number[];
}

/** The time axis: from the first event's month to the end of the last event's month. */
export function timeDomain(events: readonly PurlEvent[]): [number, number] {
  if (events.length === 0) return [0, 1];
  const days = events.map((event) => dayOf(event.date));
  return [monthStart(Math.min(...days)), nextMonth(Math.max(...days))];
}

/**
 * Week bins while a week is at least `minBarPx` wide on the plot, month bins otherwise (a phone), and
 * always months for data already summed by month: bars of neighbouring days never overlap.
 */
export function chooseBinUnit(
  domain: readonly [number, number],
  plotWidthPx: number,
  minBarPx: number,
  perMonth: boolean,
): BinUnit {
  if (perMonth) return 'month';
  const weeks = (domain[1] - domain[0]) / (7 * DAY);
  return plotWidthPx / Math.max(1, weeks) >= minBarPx ? 'week' : 'month';
}

/** The events (in date order) grouped into week or month bins, each event numbered for the key. */
export function binEvents(events: readonly PurlEvent[], unit: BinUnit): TimeBin[] {
  const bins = new Map<number, TimeBin>();
  events.forEach((event, index) => {
    const day = dayOf(event.date);
    const start = unit === 'week' ? weekStart(day) : monthStart(day);
    let bin = bins.get(start);
    if (!bin) {
      bin = {
        start,
        end: unit === 'week' ? start + 7 * DAY : nextMonth(start),
        events: [],
        numbers: [],
      };
      bins.set(start, bin);
    }
    bin.events.push(event);
    bin.numbers.push(index + 1);
  });
  return [...bins.values()].sort((a, b) => a.start - b.start);
}

export interface TimeTick {
  value: number;
  label: string;
}

/**
 * Ticks on the first of a month, every 1, 2, 3, 6 or 12 months so that at most `maxTicks` fit; the
 * year is written on the first tick and on each January, so no label repeats.
 */
export function monthTicks(
  domain: readonly [number, number],
  maxTicks: number,
  locale: Locale,
): TimeTick[] {
  const months: number[] = [];
  for (let ms = monthStart(domain[0]); ms < domain[1]; ms = nextMonth(ms)) months.push(ms);
  const step = [1, 2, 3, 6, 12].find((s) => Math.ceil(months.length / s) <= maxTicks) ?? 12;
  return months
    .filter((_, index) => index % step === 0)
    .map((ms, index) => {
      const d = new Date(ms);
      const name = MONTHS[locale][d.getUTCMonth()] ?? '';
      const withYear = index === 0 || d.getUTCMonth() < step;
      return { value: ms, label: withYear ? `${name} ${d.getUTCFullYear()}` : name };
    });
}

/** The running total as steps: one point per event at its date, after what it adds. */
export function runningSteps(events: readonly PurlEvent[]): { at: number; eur: number }[] {
  return events.map((event) => ({ at: dayOf(event.date), eur: event.runningEur }));
}

/** A "nice" upper bound for an axis (1, 2, 2.5 or 5 times a power of ten) and its tick step. */
export function niceScale(max: number, maxTicks = 4): { top: number; step: number } {
  if (!(max > 0)) return { top: 1, step: 1 };
  const rough = max / maxTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  return { top: Math.ceil(max / step) * step, step };
}
