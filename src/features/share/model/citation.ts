import { getLocale, type Locale } from '@/lib/i18n/locale';

/** What a citation of the current view is made of (each part already worded for `locale`). */
export interface CitationParts {
  title: string;
  /** The filters in words ("Donors: Poland, Norway and Germany"), or the "all" wording. */
  filters: string;
  /** The data release, e.g. "pledges.json (research file), Kiel tracker Release 29". */
  release: string;
  /** The data's as-of date, formatted. */
  asOf: string;
  /** When the view was read (ISO date, e.g. "2026-12-07"). */
  accessed: string;
  url: string;
}

const WORDS: Record<Locale, { filters: string; release: string; asOf: string; accessed: string }> =
  {
    en: { filters: 'Filters', release: 'Data', asOf: 'as of', accessed: 'accessed' },
    de: { filters: 'Filter', release: 'Daten', asOf: 'Stand', accessed: 'abgerufen am' },
  };

/**
 * One citation line for the view, in English or German:
 * "Aid to Ukraine: who pledged what. Filters: … . Data: …, as of … . <url> (accessed 2026-12-07)."
 */
export function formatCitation(parts: CitationParts, locale: Locale = getLocale()): string {
  const w = WORDS[locale];
  return [
    `${parts.title}.`,
    `${w.filters}: ${parts.filters}.`,
    `${w.release}: ${parts.release}, ${w.asOf} ${parts.asOf}.`,
    `${parts.url} (${w.accessed} ${parts.accessed}).`,
  ].join(' ');
}
