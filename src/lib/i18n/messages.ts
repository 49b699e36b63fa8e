import { getLocale, type Locale } from './locale';
import { de } from './messages-de';
import { en, type Messages } from './messages-en';

export type { Messages };

const DICTIONARIES: Record<Locale, Messages> = { en, de };

/** The interface text in the current locale (for pure functions and components alike). */
export function messages(locale: Locale = getLocale()): Messages {
  return DICTIONARIES[locale];
}
