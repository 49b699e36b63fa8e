import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useMediaQuery } from '@/lib/use-media-query';
import { useUrlParam } from '@/lib/url-params';
import { isThemeName, resolveTheme, THEME_STORAGE_KEY, type ThemeName } from '@/lib/theme/themes';

function readStored(): string | null {
  try {
    return window.localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return null; // storage blocked (private mode, policy): the theme is simply not remembered
  }
}

/** The stored choice as a tiny external store, so every user of the hook sees a change at once. */
const storedListeners = new Set<() => void>();
function subscribeStored(onChange: () => void): () => void {
  storedListeners.add(onChange);
  return () => storedListeners.delete(onChange);
}

/**
 * The active theme: `?theme=` wins, then the user's stored choice, then the system's colour
 * scheme. Applied as <html data-theme>; choosing one stores it and drops `?theme=` from the URL.
 */
export function useTheme(): [ThemeName, (theme: ThemeName) => void] {
  const [param, setParam] = useUrlParam('theme');
  const stored = useSyncExternalStore(subscribeStored, readStored, () => null);
  const dark = useMediaQuery('(prefers-color-scheme: dark)');
  const theme = resolveTheme({ param, stored, prefersDark: dark });

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const choose = useCallback(
    (next: ThemeName) => {
      if (!isThemeName(next)) return;
      try {
        window.localStorage.setItem(THEME_STORAGE_KEY, next);
      } catch {
        // not remembered; still applied for this page
      }
      for (const listener of storedListeners) listener();
      if (param !== null) setParam(null);
    },
    [param, setParam],
  );
  return [theme, choose];
}
