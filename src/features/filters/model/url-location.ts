import type { FilterState, UrlState } from '@/lib/filter-state';
import { RESERVED_PARAMS, reservedValueOk } from './url-state';

/**
 * The reserved parameters of a query string in their clean form: each once (the first value, as
 * its owner reads it), in RESERVED_PARAMS order, a value outside a closed set left out.
 */
function reservedEntries(search: string): [string, string][] {
  const current = new URLSearchParams(search);
  return RESERVED_PARAMS.flatMap((name): [string, string][] => {
    const value = current.get(name);
    return value !== null && reservedValueOk(name, value) ? [[name, value]] : [];
  });
}

/** Appends the reserved parameters (scenario, lang, slide) of `currentSearch` to our query string. */
export function withReservedParams(ours: string, currentSearch: string): string {
  const kept = new URLSearchParams(reservedEntries(currentSearch));
  const tail = kept.toString();
  if (tail === '') return ours;
  return ours === '' ? `?${tail}` : `${ours}&${tail}`;
}

/** Within this many milliseconds of the last write, a date-only change replaces the history entry. */
export const DATE_TYPING_WINDOW_MS = 1000;

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/** True when the two filter states differ in at most `from` and `to`. */
export function onlyDatesChanged(prev: FilterState, next: FilterState): boolean {
  return (
    sameList(prev.donors, next.donors) &&
    sameList(prev.instruments, next.instruments) &&
    sameList(prev.categories, next.categories)
  );
}

/** True when two URL states differ in at most the dates (`from`, `to`). */
export function datesOnlyChange(prev: UrlState, next: UrlState): boolean {
  return (
    prev.view.split === next.view.split &&
    prev.view.kielMeasure === next.view.kielMeasure &&
    onlyDatesChanged(prev.filters, next.filters)
  );
}

/**
 * How a new state is written to the history: a new entry (so Back undoes it), or in place when
 * only the dates changed shortly after the previous date-only write (typing a month must not
 * add a history entry per keystroke).
 */
export function historyMode(
  prev: UrlState,
  next: UrlState,
  msSinceLastDateWrite: number,
): 'push' | 'replace' {
  const typing = msSinceLastDateWrite >= 0 && msSinceLastDateWrite < DATE_TYPING_WINDOW_MS;
  return typing && datesOnlyChange(prev, next) ? 'replace' : 'push';
}

/** The parameters of a query string other than the reserved ones, as [name, value] pairs. */
function ownEntries(search: string): [string, string][] {
  return [...new URLSearchParams(search)].filter(
    ([name]) => !(RESERVED_PARAMS as readonly string[]).includes(name),
  );
}

/**
 * True when the filter parameters of `search` differ from their clean form `canonical`
 * (junk, other order, old spelling). Reserved parameters and percent-encoding do not count.
 */
export function needsRewrite(search: string, canonical: string): boolean {
  const have = ownEntries(search);
  const want = ownEntries(canonical);
  const reserved = [...new URLSearchParams(search)].filter(([name]) =>
    (RESERVED_PARAMS as readonly string[]).includes(name),
  );
  // A repeated or bad reserved parameter is junk too (the notice names it).
  if (reserved.length !== reservedEntries(search).length) return true;
  return (
    have.length !== want.length ||
    have.some(([name, value], index) => want[index]?.[0] !== name || want[index]?.[1] !== value)
  );
}
