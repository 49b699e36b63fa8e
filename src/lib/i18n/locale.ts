/**
 * The interface language. One module-level current locale, read by the formatters and by pure
 * describe-* functions; the React provider (locale-provider.tsx) sets it before anything renders.
 */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';
/** localStorage key of the reader's choice. */
export const LOCALE_STORAGE_KEY = 'aid-dashboard:lang';

/** BCP 47 tags for Intl: British English (day month year), German as used in Germany. */
export const INTL_LOCALES: Record<Locale, string> = { en: 'en-GB', de: 'de-DE' };

let current: Locale = DEFAULT_LOCALE;

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'de';
}

export function getLocale(): Locale {
  return current;
}

/** Sets the module locale and, in a browser, `<html lang>`. */
export function setLocale(locale: Locale): void {
  current = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export interface InitialLocale {
  locale: Locale;
  /** Where it came from. */
  from: 'url' | 'storage' | 'browser' | 'default';
  /** A `?lang=` value that is no language of the dashboard (shown as a note; the URL is cleaned). */
  rejected: string | null;
}

/** "de-AT" -> "de", "EN" -> "en"; null for anything else. */
function languageOf(tag: string): Locale | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : null;
}

/**
 * The language to start in: a valid `?lang=` wins, then the stored choice, then the first of the
 * browser's languages the dashboard speaks, else English. A junk `lang` is reported, not used.
 */
export function resolveInitialLocale(
  search: string,
  stored: string | null,
  navigatorLanguages: readonly string[],
): InitialLocale {
  const param = new URLSearchParams(search).get('lang');
  let rejected: string | null = null;
  if (param !== null) {
    const value = param.trim().toLowerCase();
    if (isLocale(value)) return { locale: value, from: 'url', rejected: null };
    rejected = param.slice(0, 40);
  }
  if (isLocale(stored)) return { locale: stored, from: 'storage', rejected };
  for (const tag of navigatorLanguages) {
    const locale = languageOf(tag);
    if (locale) return { locale, from: 'browser', rejected };
  }
  return { locale: DEFAULT_LOCALE, from: 'default', rejected };
}
