import { useCallback, useSyncExternalStore } from 'react';

/**
 * A phone, or a screen as short as a 1280x720 projector: where a page's chart must come before
 * its long text to be on the first screen. financing.css uses the same media query.
 */
export const SHORT_SCREEN_QUERY = '(max-width: 640px), (max-height: 820px)';

function mediaList(query: string): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(query)
    : null;
}

/** Whether a CSS media query matches now; re-renders when it changes. False where none can be asked. */
export function useMediaQuery(query: string): boolean {
  // Stable per query: a new subscribe function on every render would make React unsubscribe and
  // subscribe again each time.
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = mediaList(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [query],
  );
  const matches = useCallback(() => mediaList(query)?.matches ?? false, [query]);
  return useSyncExternalStore(subscribe, matches, () => false);
}
