import { getLocale, type Locale } from '@/lib/i18n/locale';
import { lazyText } from '@/lib/i18n/lazy-text';

interface LabelledPledge {
  label: string;
  donors: readonly string[];
}

/** The German label rules (pledge-label-de.ts): downloaded with the German dictionary. */
const german = lazyText('The German pledge labels', () =>
  import('./pledge-label-de').then((module) => module.pledgeLabelDe),
);

/** Downloads the German label rules (src/app registers it with the German dictionary). */
export const loadPledgeLabelsDe = german.load;

/** A pledge's label in `locale` (German composed; English as in the data when none is known). */
export function pledgeLabel(pledge: LabelledPledge, locale: Locale = getLocale()): string {
  return locale === 'de' ? (german.get()(pledge) ?? pledge.label) : pledge.label;
}
