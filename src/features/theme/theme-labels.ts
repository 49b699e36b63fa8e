import { getLocale, type Locale } from '@/lib/i18n/locale';
import type { ThemeName } from '@/lib/theme/themes';

/** The theme select's labels (first view), English and German. */
export const themeLabelsEn = {
  themeLabel: 'Theme',
  themeNames: {
    light: 'Light',
    dark: 'Dark',
    projector: 'Projector (high contrast)',
  } satisfies Record<ThemeName, string>,
};

export type ThemeLabels = typeof themeLabelsEn;

export const themeLabelsDe = {
  themeLabel: 'Darstellung',
  themeNames: { light: 'Hell', dark: 'Dunkel', projector: 'Beamer (hoher Kontrast)' },
} satisfies ThemeLabels;

const LABELS: Record<Locale, ThemeLabels> = { en: themeLabelsEn, de: themeLabelsDe };

/** The theme labels in `locale` (default: the current one, read at each call). */
export function themeLabels(locale: Locale = getLocale()): ThemeLabels {
  return LABELS[locale];
}
