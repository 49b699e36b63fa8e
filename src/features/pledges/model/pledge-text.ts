import { getLocale, type Locale } from '@/lib/i18n/locale';

interface NotedPledge {
  statusNote?: string;
  statusNoteDe?: string;
}

interface DescribedPledge {
  description: string;
  descriptionDe?: string;
}

/** A data text in the language it is shown in (`lang` is set on the element when it differs). */
export interface ShownText {
  text: string;
  lang: Locale;
}

/**
 * A data text in `locale`: the German text when German is chosen and the row has one; otherwise
 * the English original, marked as English (data:check warns for a missing German text).
 */
function shown(english: string, german: string | undefined, locale: Locale): ShownText {
  return locale === 'de' && german !== undefined
    ? { text: german, lang: 'de' }
    : { text: english, lang: 'en' };
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
