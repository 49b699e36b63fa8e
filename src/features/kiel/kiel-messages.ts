import { getLocale, type Locale } from '@/lib/i18n/locale';
import { kielTextDe, kielTextEn, type KielText } from './kiel-text';

/**
 * The Kiel charts' text in `locale` (default: the current one). Kept out of the app dictionary so
 * that it loads with the Kiel charts, not with the first view; read at render time (and when a file
 * is parsed), so a language switch re-words the charts at once.
 */
export function kielText(locale: Locale = getLocale()): KielText {
  return locale === 'de' ? kielTextDe : kielTextEn;
}
