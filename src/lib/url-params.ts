import { useCallback, useSyncExternalStore } from 'react';

/**
 * Every parameter the app reads from or writes to its URL, by owner, in the order they are written.
 * The filters parse theirs and keep all the others untouched (their RESERVED_PARAMS is derived
 * from this list); a name missing here would be reported as unknown and cleaned from the URL, so
 * the helpers below accept only these names (a new parameter is added here, or does not compile).
 * Each owner reads and validates its own and writes them without disturbing anything else.
 */
export const URL_PARAMS = {
  filters: ['donors', 'instruments', 'categories', 'from', 'to', 'split', 'kiel', 'donorview'],
  /** Development scenarios of the mock data (main.tsx). */
  scenario: ['scenario'],
  page: ['page'],
  financing: ['need'],
  euOptions: ['rate', 'years', 'members', 'country'],
  language: ['lang'],
  theme: ['theme'],
  briefing: ['slide', 'deck'],
  share: ['embed', 'chart'],
  /** Reserved for imported data in a link (not read yet): kept, never reported. */
  import: ['dataset'],
} as const;

export type UrlParamOwner = keyof typeof URL_PARAMS;
export type UrlParam = (typeof URL_PARAMS)[UrlParamOwner][number];

/** Every parameter name the app knows. */
export const ALL_URL_PARAMS: readonly UrlParam[] = Object.values(URL_PARAMS).flat();

export const URL_PARAMS_EVENT = 'filters:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_PARAMS_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_PARAMS_EVENT, onChange);
  };
}

const getSearch = () => window.location.search;
const getServerSearch = () => '';

/** The current query string, re-rendering on Back/Forward and on any write by the app. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, getSearch, getServerSearch);
}

/**
 * One parameter of the current URL (`null` when absent), re-rendering only when its value changes:
 * for components that depend on one parameter, not on the filters written beside it.
 */
export function useParam(name: UrlParam): string | null {
  const read = useCallback(() => readParam(getSearch(), name), [name]);
  return useSyncExternalStore(subscribe, read, () => null);
}

/** Reads one parameter from a query string (`null` when absent). */
export function readParam(search: string, name: UrlParam): string | null {
  return new URLSearchParams(search).get(name);
}

/**
 * Sets (string) or removes (null) parameters, keeping all others in place. `push` adds a history
 * entry (a new page or deck); the default replaces it (typing in a field).
 */
export function writeParams(
  changes: Partial<Record<UrlParam, string | null>>,
  mode: 'push' | 'replace' = 'replace',
): void {
  const params = new URLSearchParams(window.location.search);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const query = params.toString().replaceAll('%7E', '~');
  const search = query ? `?${query}` : '';
  if (search === window.location.search) return;
  writeSearch(search, mode);
}

/**
 * Replaces the query string (keeping path and hash) and tells every reader of the URL: the one
 * place where the app writes history entries.
 */
export function writeSearch(search: string, mode: 'push' | 'replace'): void {
  const { pathname, hash } = window.location;
  const state: unknown = window.history.state;
  const url = `${pathname}${search}${hash}`;
  if (mode === 'push') window.history.pushState(state, '', url);
  else window.history.replaceState(state, '', url);
  window.dispatchEvent(new Event(URL_PARAMS_EVENT));
}

/**
 * One parameter as React state: `[value, set]`; `set(null)` removes it. Re-renders only when this
 * parameter changes (useParam), not on every write of the others.
 */
export function useUrlParam(
  name: UrlParam,
): [string | null, (value: string | null, mode?: 'push' | 'replace') => void] {
  const value = useParam(name);
  const set = useCallback(
    (next: string | null, mode: 'push' | 'replace' = 'replace') =>
      writeParams({ [name]: next }, mode),
    [name],
  );
  return [value, set];
}
