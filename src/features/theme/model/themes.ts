/**
 * The three themes. The CSS variables in src/app/theme.css are the ones the browser uses; this
 * table mirrors them so that their contrast is tested (themes.test.ts checks both agree).
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
  /** The panel charts are drawn on (dark keeps a light panel: the series colours need 3:1). */
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
    chartSurface: '#ffffff',
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
