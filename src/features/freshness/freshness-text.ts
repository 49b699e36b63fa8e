/**
 * Text of the freshness notes (English and German), read through `freshnessText()`: how old the
 * page's newest figure is, and which data sets lag behind it. Dates arrive formatted.
 */
import { getLocale, type Locale } from '@/lib/i18n/locale';
import type { FreshnessSection } from './model/freshness';

const en = {
  newest: (date: string, section: string, age: string) =>
    `Newest figure: ${date} (${section}) — ${age}`,
  age: (days: number) => (days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`),
  unknown: 'Newest figure: not known yet (no dated figures loaded)',
  bySection: 'Newest figure by data set',
  sectionDate: (section: string, date: string | null) =>
    `${section}: ${date ?? 'not loaded or undated'}`,
  stale: (section: string, date: string, lag: number, pageNewest: string) =>
    `Older data: ${section}, newest figure ${date}, ${lag} days older than the newest figure on this page (${pageNewest}).`,
  sections: {
    pledges: 'Pledges',
    purl: 'PURL running totals',
    fxRates: 'Reference exchange rates',
    kiel: 'Kiel tracker, data month',
    euOptions: 'EU options',
    financing: 'Financing need and coverage',
  } satisfies Record<FreshnessSection, string>,
};

export type FreshnessText = typeof en;

const de: FreshnessText = {
  newest: (date, section, age) => `Neueste Zahl: ${date} (${section}) — ${age}`,
  age: (days) => (days === 0 ? 'heute' : days === 1 ? 'vor 1 Tag' : `vor ${days} Tagen`),
  unknown: 'Neueste Zahl: noch unbekannt (keine datierten Zahlen geladen)',
  bySection: 'Neueste Zahl je Datensatz',
  sectionDate: (section, date) => `${section}: ${date ?? 'nicht geladen oder ohne Datum'}`,
  stale: (section, date, lag, pageNewest) =>
    `Ältere Daten: ${section}, neueste Zahl ${date}, ${lag} Tage älter als die neueste Zahl dieser Seite (${pageNewest}).`,
  sections: {
    pledges: 'Zusagen',
    purl: 'PURL-Gesamtsummen',
    fxRates: 'Referenzwechselkurse',
    kiel: 'Kiel-Tracker, Datenmonat',
    euOptions: 'EU-Optionen',
    financing: 'Finanzierungsbedarf und Deckung',
  },
};

export function freshnessText(locale: Locale = getLocale()): FreshnessText {
  return locale === 'de' ? de : en;
}
