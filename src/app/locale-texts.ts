import { loadFinancingGerman } from '@/features/financing';
import { loadPledgeLabelsDe } from '@/features/pledges';
import { loadWithLocale } from '@/lib/i18n/load-locale';

/**
 * Text of a language that a feature owns and that is not in the first download: it arrives with
 * that language's dictionary (loadLocale): the German text of financing.json (about 160 texts)
 * and the rules that compose German pledge labels.
 */
export function registerLocaleTexts(): void {
  loadWithLocale('de', loadFinancingGerman);
  loadWithLocale('de', loadPledgeLabelsDe);
}
