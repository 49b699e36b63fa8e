import type { Locale } from './locale';
import type { Messages } from './messages-en';
import { isLocaleLoaded, registerLocale } from './messages';

/** Downloads of the dictionaries that are not in the first download (English always is). */
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  de: () => import('./messages-de').then((module) => module.de),
};

const pending = new Map<Locale, Promise<void>>();

/**
 * Makes the interface text of `locale` available: at once for English or a dictionary already
 * loaded, else downloads it once (concurrent calls share the download; a failed one can be retried).
 */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en' || isLocaleLoaded(locale)) return Promise.resolve();
  let download = pending.get(locale);
  if (!download) {
    download = LOADERS[locale]()
      .then((dictionary) => registerLocale(locale, dictionary))
      .finally(() => pending.delete(locale));
    pending.set(locale, download);
  }
  return download;
}
