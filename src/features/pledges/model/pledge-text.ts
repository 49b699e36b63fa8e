import { getLocale, type Locale } from '@/lib/i18n/locale';
import { shownText as shown, type ShownText } from '@/lib/i18n/shown-text';

export type { ShownText };

interface NotedPledge {
  statusNote?: string;
  statusNoteDe?: string;
}

interface DescribedPledge {
  description: string;
  descriptionDe?: string;
}

/** A pledge's status note in `locale` (null when it has none). */
export function pledgeStatusNote(
  pledge: NotedPledge,
  locale: Locale = getLocale(),
): ShownText | null {
  if (pledge.statusNote === undefined) return null;
  return shown(pledge.statusNote, pledge.statusNoteDe, locale);
}

/** A pledge's description in `locale`. */
export function pledgeDescription(
  pledge: DescribedPledge,
  locale: Locale = getLocale(),
): ShownText {
  return shown(pledge.description, pledge.descriptionDe, locale);
}
