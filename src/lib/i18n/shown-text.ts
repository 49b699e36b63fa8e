import type { Locale } from './locale';

/** A data text in the language it is shown in (`lang` is set on the element when it differs). */
export interface ShownText {
  text: string;
  lang: Locale;
}

/**
 * A data text in `locale`: the German text when German is chosen and the data has one; otherwise
 * the English original, marked as English (data:check warns for a missing German text).
 */
export function shownText(english: string, german: string | undefined, locale: Locale): ShownText {
  return locale === 'de' && german !== undefined
    ? { text: german, lang: 'de' }
    : { text: english, lang: 'en' };
}
