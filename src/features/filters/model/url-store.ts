import type { IgnoredParam, UrlState } from '@/lib/filter-state';
import { datesOnlyChange, historyMode, needsRewrite, withReservedParams } from './url-location';
import { parseUrlState, serializeUrlState } from './url-state';
import { URL_PARAMS_EVENT, writeSearch } from '@/lib/url-params';

/** Dispatched on `window` after the filters wrote the URL (pushState fires no `popstate`). */
export const URL_CHANGE_EVENT = URL_PARAMS_EVENT;

export interface UrlSnapshot {
  search: string;
  state: UrlState;
  /** The clean query string for `state` (filter parameters only). */
  canonical: string;
  /** What the current URL had to drop, or what was dropped before the last clean-up. */
  ignored: IgnoredParam[];
  /** Only what the current URL has to drop. */
  junk: IgnoredParam[];
}

// Notes survive the clean-up of the URL until the user dismisses them.
let notes: IgnoredParam[] = [];
let lastDateWriteAt = Number.NEGATIVE_INFINITY;
let cache: { search: string; notes: IgnoredParam[]; snapshot: UrlSnapshot } | null = null;

function snapshotOf(search: string): UrlSnapshot {
  const { state, ignored } = parseUrlState(search);
  return {
    search,
    state,
    canonical: serializeUrlState(state),
    ignored: ignored.length > 0 ? ignored : notes,
    junk: ignored,
  };
}

const serverSnapshot = snapshotOf('');

export function getUrlSnapshot(): UrlSnapshot {
  const search = window.location.search;
  if (cache?.search !== search || cache.notes !== notes) {
    cache = { search, notes, snapshot: snapshotOf(search) };
  }
  return cache.snapshot;
}

export function getServerUrlSnapshot(): UrlSnapshot {
  return serverSnapshot;
}

export function subscribeUrl(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_CHANGE_EVENT, onChange);
  };
}

function notify(): void {
  window.dispatchEvent(new Event(URL_CHANGE_EVENT));
}

/** Writes a new filter state, keeping the reserved parameters of other features. */
export function writeUrlState(next: UrlState, now: number = Date.now()): void {
  const current = getUrlSnapshot();
  const ours = serializeUrlState(next);
  if (ours === current.canonical && !needsRewrite(current.search, ours)) return;
  const mode = historyMode(current.state, next, now - lastDateWriteAt);
  lastDateWriteAt = datesOnlyChange(current.state, next) ? now : Number.NEGATIVE_INFINITY;
  writeSearch(withReservedParams(ours, current.search), mode);
}

/** Replaces a URL with junk or an old spelling by its clean form; what was dropped stays noted. */
export function canonicaliseUrl(): void {
  const current = getUrlSnapshot();
  if (!needsRewrite(current.search, current.canonical)) return;
  if (current.junk.length > 0) notes = current.junk;
  writeSearch(withReservedParams(current.canonical, current.search), 'replace');
}

/** Forgets the ignored-parameter notes (the user closed the notice). */
export function dismissUrlNotes(): void {
  if (notes.length === 0 && getUrlSnapshot().junk.length === 0) return;
  notes = [];
  notify();
}
