import type { Locale } from './locale';
import type { Messages } from './messages-en';
import { isLocaleLoaded, registerLocale } from './messages';

/** Downloads of the dictionaries that are not in the first download (English always is). */
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  de: () => import('./messages-de').then((module) => module.de),
};

/** More text of a language that features own (registered by src/app), downloaded with it. */
const EXTRAS: Record<Exclude<Locale, 'en'>, (() => Promise<void>)[]> = { de: [] };

/**
 * Downloads `loader` together with the dictionary of `locale`: loadLocale resolves, and the
 * language counts as loaded, only when both have arrived. Register before the app renders.
 */
export function loadWithLocale(locale: Exclude<Locale, 'en'>, loader: () => Promise<void>): void {
  if (!EXTRAS[locale].includes(loader)) EXTRAS[locale].push(loader);
}

const pending = new Map<Locale, Promise<void>>();

/**
 * Makes the interface text of `locale` available: at once for English or a dictionary already
 * loaded, else downloads it and the text registered with loadWithLocale once (concurrent calls share the download; a failed one can be retried).
 */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en' || isLocaleLoaded(locale)) return Promise.resolve();
  let download = pending.get(locale);
  if (!download) {
    download = Promise.all([LOADERS[locale](), ...EXTRAS[locale].map((load) => load())])
      .then(([dictionary]) => registerLocale(locale, dictionary))
      .finally(() => pending.delete(locale));
    pending.set(locale, download);
  }
  return download;
}
