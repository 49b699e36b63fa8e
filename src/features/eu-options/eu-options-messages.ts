import { getLocale, type Locale } from '@/lib/i18n/locale';
import { euOptionsDe, euOptionsEn, type EuOptionsText } from './eu-options-text';

/**
 * The EU-options text (Plan A vs Plan B, calculator) in `locale` (default: the current one). Kept
 * out of the app dictionary so that it loads with the funding page, not with the first view.
 */
export function euOptionsText(locale: Locale = getLocale()): EuOptionsText {
  return locale === 'de' ? euOptionsDe : euOptionsEn;
}
