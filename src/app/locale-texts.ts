import { loadFinancingGerman } from '@/features/financing';
import { loadWithLocale } from '@/lib/i18n/load-locale';

/**
 * Text of a language that a feature owns and that is not in the first download: it arrives with
 * that language's dictionary (loadLocale). The German text of financing.json (about 160 texts).
 */
export function registerLocaleTexts(): void {
  loadWithLocale('de', loadFinancingGerman);
}
