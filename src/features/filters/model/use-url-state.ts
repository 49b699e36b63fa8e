import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { FilterState, IgnoredParam, UrlState, ViewOptions } from '@/lib/filter-state';
import {
  canonicaliseUrl,
  dismissUrlNotes,
  getServerUrlSnapshot,
  getUrlSnapshot,
  subscribeUrl,
  writeUrlState,
} from './url-store';

export interface UrlStateApi {
  state: UrlState;
  /** Link parameters that were dropped; reported until `dismissIgnored` is called. */
  ignored: IgnoredParam[];
  setFilters: (next: FilterState) => void;
  setView: (next: Partial<ViewOptions>) => void;
  dismissIgnored: () => void;
}

/**
 * The filters and view options held in the page URL. Filter changes add a history entry (Back
 * undoes them); a URL with junk is rewritten in place to its clean form.
 */
export function useUrlState(): UrlStateApi {
  const snapshot = useSyncExternalStore(subscribeUrl, getUrlSnapshot, getServerUrlSnapshot);

  useEffect(() => {
    canonicaliseUrl();
  }, [snapshot.search]);

  const setFilters = useCallback((next: FilterState) => {
    writeUrlState({ filters: next, view: getUrlSnapshot().state.view });
  }, []);

  const setView = useCallback((next: Partial<ViewOptions>) => {
    const current = getUrlSnapshot().state;
    writeUrlState({ filters: current.filters, view: { ...current.view, ...next } });
  }, []);

  return {
    state: snapshot.state,
    ignored: snapshot.ignored,
    setFilters,
    setView,
    dismissIgnored: dismissUrlNotes,
  };
}
