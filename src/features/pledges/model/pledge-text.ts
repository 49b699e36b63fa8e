import { getLocale, type Locale } from '@/lib/i18n/locale';

interface NotedPledge {
  statusNote?: string;
  statusNoteDe?: string;
}

/** A data text in the language it is shown in (`lang` is set on the element when it differs). */
export interface ShownText {
  text: string;
  lang: Locale;
}

/**
 * A pledge's status note in `locale`: the German text when German is chosen and the row has one;
 * otherwise the English original, marked as English (data:check warns for a missing German text).
 */
export function pledgeStatusNote(
  pledge: NotedPledge,
  locale: Locale = getLocale(),
): ShownText | null {
  if (pledge.statusNote === undefined) return null;
  if (locale === 'de' && pledge.statusNoteDe !== undefined)
    return { text: pledge.statusNoteDe, lang: 'de' };
  return { text: pledge.statusNote, lang: 'en' };
}
