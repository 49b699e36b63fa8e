// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { KIEL_COLOURS } from '@/features/kiel';
import { SERIES_COLOURS, SPLIT_COLOURS } from '@/features/pledges';
import { PURL_COLOURS } from '@/features/purl';
import { contrastRatio } from '@/lib/colour-vision';
import {
  chartColourIn,
  DARK_CHART_COLOURS,
  resolveTheme,
  THEME_PALETTES,
  THEMES,
  type ThemeName,
} from '@/lib/theme/themes';

describe('resolveTheme', () => {
  it.each([
    [{ param: 'projector', stored: 'dark', prefersDark: false }, 'projector'],
    [{ param: null, stored: 'dark', prefersDark: false }, 'dark'],
    [{ param: 'junk', stored: 'light', prefersDark: true }, 'light'],
    [{ param: null, stored: null, prefersDark: true }, 'dark'],
    [{ param: null, stored: 'neon', prefersDark: false }, 'light'],
    [{ param: '', stored: null, prefersDark: false }, 'light'],
  ] as const)('%j -> %s', (sources, expected) => {
    expect(resolveTheme(sources)).toBe(expected);
  });
});

const SERIES = [
  ...new Set([
    ...SERIES_COLOURS,
    ...Object.values(SPLIT_COLOURS),
    ...Object.values(KIEL_COLOURS),
    PURL_COLOURS.single,
    PURL_COLOURS.joint,
  ]),
];

describe.each(THEMES)('theme %s', (theme: ThemeName) => {
  const palette = THEME_PALETTES[theme];
  it.each([
    ['text', 'bg'],
    ['text', 'surface'],
    ['muted', 'bg'],
    ['muted', 'surface'],
    ['accent', 'surface'],
    ['accentText', 'accent'],
  ] as const)('%s on %s reaches 4.5:1', (fg, bg) => {
    expect(contrastRatio(palette[fg], palette[bg])).toBeGreaterThanOrEqual(4.5);
  });
  it('focus ring and borders of controls reach 3:1 against the surface', () => {
    expect(contrastRatio(palette.focus, palette.surface)).toBeGreaterThanOrEqual(3);
  });
  it.each(SERIES)(
    'series colour %s (as drawn in this theme) reaches 3:1 on the chart panel',
    (colour) => {
      expect(
        contrastRatio(chartColourIn(theme, colour), palette.chartSurface),
      ).toBeGreaterThanOrEqual(3);
    },
  );
});

describe('theme.css defines the same colours as THEME_PALETTES', () => {
  const css = readFileSync(resolve(__dirname, 'theme.css'), 'utf8');
  const block = (theme: ThemeName) => {
    const selector = theme === 'light' ? ':root {' : `[data-theme='${theme}'] {`;
    const start = css.indexOf(selector);
    expect(start, `theme.css has a "${selector}" block`).toBeGreaterThanOrEqual(0);
    return css.slice(start, css.indexOf('}', start));
  };
  const names = {
    bg: '--color-bg',
    surface: '--color-surface',
    text: '--color-text',
    muted: '--color-muted',
    border: '--color-border',
    accent: '--color-accent',
    accentText: '--color-accent-text',
    focus: '--color-focus',
    chartSurface: '--color-chart-surface',
  } as const;
  it.each(THEMES)('%s', (theme) => {
    const text = block(theme);
    for (const [key, variable] of Object.entries(names)) {
      const match = new RegExp(`${variable}:\\s*(#[0-9a-f]{6})`, 'i').exec(text);
      expect(match?.[1]?.toLowerCase(), `${theme} ${variable}`).toBe(
        THEME_PALETTES[theme][key as keyof typeof names],
      );
    }
  });
});

describe('dark charts are dark throughout', () => {
  const css = readFileSync(resolve(__dirname, 'theme.css'), 'utf8');
  it('draws on a dark panel, not a white one', () => {
    expect(contrastRatio(THEME_PALETTES.dark.chartSurface, '#000000')).toBeLessThan(1.5);
    expect(css).not.toMatch(/\[data-theme='dark'\][^{]*\{[^}]*--color-surface:\s*#ffffff/i);
  });
  it.each(Object.entries(DARK_CHART_COLOURS))(
    '%s -> %s has its fill and stroke rules',
    (from, to) => {
      for (const property of ['fill', 'stroke']) {
        expect(css).toContain(
          `[data-theme='dark'] :is(.chart-frame__body, .chart-panel) [${property}='${from}' i] {\n    ${property}: ${to};`,
        );
      }
    },
  );
});
