/**
 * The headline figures' words (English and German): one total per kind of money, joint packages
 * beside a country's own money, the latest pledge and the list's scope. Functions take numbers and
 * dates already formatted.
 */
import { getLocale, type Locale } from '@/lib/i18n/locale';
import type { InstrumentFamily } from './model/instrument-family';

export const headlineEn = {
  byFamily: 'Pledged, by kind of money',
  notAdded: 'kinds not added up',
  families: {
    eu: 'EU instruments',
    'g7-era': 'G7 ERA loans',
    national: 'National budgets and packages',
    purl: 'NATO PURL',
    'nato-fund': 'NATO trust funds',
  } satisfies Record<InstrumentFamily, string>,
  period: (from: string, to: string) =>
    from === to ? `announced ${from}` : `announced ${from}–${to}`,
  lines: (count: number) => `${count} ${count === 1 ? 'line' : 'lines'}`,
  beside: (count: number, amount: string) =>
    `Also took part in ${count} joint ${count === 1 ? 'package' : 'packages'} worth ${amount} in all, with other donors; the selection’s share is not known, so ${count === 1 ? 'it is' : 'they are'} not in these totals.`,
  scope: (count: string) =>
    `A curated list of ${count} sourced pledge lines (announcements, not aid delivered), not all aid to Ukraine; the Kiel Institute’s tracker below is the comprehensive record.`,
  jointLatest: (amount: string, names: string) => `Joint package of ${amount} (${names})`,
  ownShare: (donor: string, amount: string) => `${donor}’s own share: ${amount}`,
  spanningShare: (donor: string, amount: string, label: string) =>
    `${donor}’s share not stated; its ${amount} (“${label}”) covers it`,
  shareUnknown: 'the selection’s own share is not known',
  and: ' and ',
  andMoreKinds: (named: string, more: number) =>
    `${named} and ${more} more ${more === 1 ? 'kind' : 'kinds'}`,
  unconverted: (count: number, currencies: string) =>
    `${count} ${count === 1 ? 'line' : 'lines'} in ${currencies} not converted (no reference rate): not in these totals.`,
};

export type HeadlineText = typeof headlineEn;

export const headlineDe = {
  byFamily: 'Zusagen nach Art der Mittel',
  notAdded: 'Arten nicht addiert',
  families: {
    eu: 'EU-Instrumente',
    'g7-era': 'G7-ERA-Kredite',
    national: 'Nationale Haushalte und Pakete',
    purl: 'NATO-PURL',
    'nato-fund': 'NATO-Treuhandfonds',
  } satisfies Record<InstrumentFamily, string>,
  period: (from: string, to: string) =>
    from === to ? `angekündigt ${from}` : `angekündigt ${from}–${to}`,
  lines: (count: number) => `${count} ${count === 1 ? 'Posten' : 'Posten'}`,
  beside: (count: number, amount: string) =>
    `Außerdem an ${count} ${count === 1 ? 'gemeinsamen Paket' : 'gemeinsamen Paketen'} im Wert von zusammen ${amount} mit anderen Gebern beteiligt; der Anteil der Auswahl ist nicht bekannt, daher nicht in diesen Summen.`,
  scope: (count: string) =>
    `Eine kuratierte Liste von ${count} belegten Zusagen (Ankündigungen, keine geleistete Hilfe), nicht die gesamte Hilfe für die Ukraine; umfassend erfasst sie der Tracker des Kiel Instituts unten.`,
  jointLatest: (amount: string, names: string) => `Gemeinsames Paket über ${amount} (${names})`,
  ownShare: (donor: string, amount: string) => `Eigener Anteil ${donor}: ${amount}`,
  spanningShare: (donor: string, amount: string, label: string) =>
    `Anteil ${donor} nicht genannt; seine ${amount} („${label}“) decken ihn ab`,
  shareUnknown: 'der eigene Anteil der Auswahl ist nicht bekannt',
  and: ' und ',
  andMoreKinds: (named: string, more: number) =>
    `${named} und ${more} ${more === 1 ? 'weitere Art' : 'weitere Arten'}`,
  unconverted: (count: number, currencies: string) =>
    `${count} ${count === 1 ? 'Posten' : 'Posten'} in ${currencies} nicht umgerechnet (kein Referenzkurs): nicht in diesen Summen.`,
} satisfies HeadlineText;

export function headlineText(locale: Locale = getLocale()): HeadlineText {
  return locale === 'de' ? headlineDe : headlineEn;
}
