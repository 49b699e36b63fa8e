import { getLocale, type Locale } from './locale';
import { en, type Messages } from './messages-en';

export type { Messages };

/**
 * The dictionaries available now. English is part of the first download; German arrives on demand
 * (load-locale.ts) and is registered here before anything renders in it.
 */
const DICTIONARIES: Partial<Record<Locale, Messages>> = { en };

/** Makes a dictionary available (load-locale.ts after its download; tests/setup.ts up front). */
export function registerLocale(locale: Locale, dictionary: Messages): void {
  DICTIONARIES[locale] = dictionary;
}

/** Forgets a dictionary other than English (for tests of the loading path). */
export function unregisterLocale(locale: Exclude<Locale, 'en'>): void {
  delete DICTIONARIES[locale];
}

export function isLocaleLoaded(locale: Locale): boolean {
  return DICTIONARIES[locale] !== undefined;
}

/**
 * The interface text in the current locale (for pure functions and components alike). Asking for
 * a dictionary that was not loaded is a bug (the provider awaits `loadLocale` before switching).
 */
export function messages(locale: Locale = getLocale()): Messages {
  const dictionary = DICTIONARIES[locale];
  if (!dictionary) {
    throw new Error(
      `The "${locale}" interface text is not loaded: await loadLocale('${locale}') before rendering in it.`,
    );
  }
  return dictionary;
}
