/**
 * The three themes. The CSS variables in src/app/theme.css are the ones the browser uses; this
 * table mirrors them so that their contrast is tested (src/app/themes.test.ts checks both agree).
 */
export const THEMES = ['light', 'dark', 'projector'] as const;
export type ThemeName = (typeof THEMES)[number];

export interface ThemePalette {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  accentText: string;
  focus: string;
  /** The panel charts are drawn on (dark draws on its own dark surface, see DARK_CHART_COLOURS). */
  chartSurface: string;
}

export const THEME_PALETTES: Record<ThemeName, ThemePalette> = {
  light: {
    bg: '#f4f5f7',
    surface: '#ffffff',
    text: '#14181f',
    muted: '#4a5361',
    border: '#c9ced6',
    accent: '#0b5cad',
    accentText: '#ffffff',
    focus: '#c2410c',
    chartSurface: '#ffffff',
  },
  dark: {
    bg: '#0e1217',
    surface: '#171c23',
    text: '#e7ecf2',
    muted: '#aab4c0',
    border: '#5b6675',
    accent: '#8cc4ff',
    accentText: '#0e1217',
    focus: '#ffa657',
    chartSurface: '#171c23',
  },
  projector: {
    bg: '#ffffff',
    surface: '#ffffff',
    text: '#000000',
    muted: '#1f1f1f',
    border: '#000000',
    accent: '#0033a0',
    accentText: '#ffffff',
    focus: '#c2410c',
    chartSurface: '#ffffff',
  },
};

/**
 * The dark theme draws charts on its dark surface. Series colours that would fall below 3:1 there
 * (and the fixed dark inks some charts use for lines and labels) are swapped for a lighter twin by
 * theme.css (`[data-theme='dark'] .chart-frame__body [fill='…']`); themes.test.ts checks that
 * every pair here has its CSS rule and that each twin reaches 3:1 on the dark panel.
 */
export const DARK_CHART_COLOURS: Readonly<Record<string, string>> = {
  '#0072b2': '#56b4e9',
  '#bb1188': '#e46cc0',
  '#aa0000': '#ff6b6b',
  '#555555': '#a3a9b1',
  '#000000': '#e7ecf2',
  '#0b5cad': '#8cc4ff',
  '#8a3b00': '#ffa657',
  '#14181f': '#e7ecf2',
  '#ffffff': '#171c23',
};

/** The colour a series is drawn in under `theme` (dark swaps the colours listed above). */
export function chartColourIn(theme: ThemeName, colour: string): string {
  return theme === 'dark' ? (DARK_CHART_COLOURS[colour.toLowerCase()] ?? colour) : colour;
}

/** Chart text size per theme in px: the projector's is 1.3x the others' for the back of a room. */
export const CHART_FONT_SIZE: Record<ThemeName, number> = { light: 13, dark: 13, projector: 17 };

export function isThemeName(value: unknown): value is ThemeName {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** Where the theme came from, most specific first: the link, the user's choice, the system. */
export interface ThemeSources {
  param: string | null;
  stored: string | null;
  prefersDark: boolean;
}

export function resolveTheme({ param, stored, prefersDark }: ThemeSources): ThemeName {
  if (isThemeName(param)) return param;
  if (isThemeName(stored)) return stored;
  return prefersDark ? 'dark' : 'light';
}

export const THEME_STORAGE_KEY = 'ukraine-aid:theme';
