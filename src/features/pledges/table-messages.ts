import { getLocale, type Locale } from '@/lib/i18n/locale';
import { tableTextDe, tableTextEn, type TableText } from './table-text';

/**
 * The pledge table's text in `locale` (default: the current one). Kept out of the app dictionary
 * so that it loads with the table, not with the first view; read at render time, so a language
 * switch re-words the table at once.
 */
export function tableText(locale: Locale = getLocale()): TableText {
  return locale === 'de' ? tableTextDe : tableTextEn;
}
