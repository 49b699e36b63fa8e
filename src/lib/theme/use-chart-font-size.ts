import { useSyncExternalStore } from 'react';
import { CHART_FONT_SIZE, isThemeName, type ThemeName } from './themes';

/** <html data-theme> as an external store: useTheme sets it, chart components read it. */
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
function currentTheme(): ThemeName {
  const theme = document.documentElement.dataset.theme;
  return isThemeName(theme) ? theme : 'light';
}
const currentSize = () => CHART_FONT_SIZE[currentTheme()];

/** The active theme as drawn (<html data-theme>), for colours that cannot come from CSS. */
export function useActiveTheme(): ThemeName {
  return useSyncExternalStore(subscribe, currentTheme, () => 'light');
}

/** The chart text size of the active theme in px (theme.css draws chart text at this size). */
export function useChartFontSize(): number {
  return useSyncExternalStore(subscribe, currentSize, () => CHART_FONT_SIZE.light);
}
