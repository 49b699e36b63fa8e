import { getLocale, type Locale } from '@/lib/i18n/locale';
import { financingDe, financingEn, type FinancingText } from './financing-text';

/**
 * The funding page's text in `locale` (default: the current one). Kept out of the app dictionary
 * so that it loads with the page, not with the first view; the content re-mounts on a language
 * switch, so reading it at render time is enough.
 */
export function financingText(locale: Locale = getLocale()): FinancingText {
  return locale === 'de' ? financingDe : financingEn;
}
