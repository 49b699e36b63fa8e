import { getLocale, type Locale } from '@/lib/i18n/locale';

/**
 * Text of the table of every pledge (English and German), read through `tableText()`
 * (below). Not part of the app dictionaries, so it downloads with the table (a lazy
 * chunk); the placeholder shown while the table loads reads `app.tableLoading` instead.
 */
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const tableTextEn = {
  title: 'Every pledge in the filter',
  units: 'Original currency and EUR million; the total counts each euro once',
  source: 'each line’s own sources (last column)',
  columns: {
    donor: 'Donor',
    instrument: 'Instrument',
    amount: 'Amount (original currency)',
    eur: 'EUR m (converted)',
    counted: 'Counted in totals (EUR m)',
    date: 'Announced',
    status: 'Status',
  },
  sourceColumn: 'Source',
  showing: (shown: string, total: string) =>
    `Showing ${shown} of ${total} pledge lines (sorted); the total counts all of them. `,
  lines: (total: string) => `${total} pledge lines. `,
  captionRest: 'Amounts in their original currency; EUR converted at approximate reference rates.',
  undated: (count: number) =>
    ` ${count} ${plural(count, 'line', 'lines')} without a date ${plural(count, 'is', 'are')} left out by the date filter.`,
  details: 'Details',
  disagree: (amount: string) => `Sources disagree: ${amount} per `,
  noDate: 'no date',
  total: 'Total',
  notSummed: 'not summed (includes joint totals)',
  showMore: (count: string) => `Show ${count} more`,
  showAll: (count: string) => `Show all ${count}`,
  shareOf: (id: string) => `Share of joint package ${id}.`,
  spans: (ids: string) => `Spans joint package ${ids} and others; share per package not stated.`,
  includedIn: (id: string) => `Included in ${id}.`,
  notAdopted: 'Proposal not adopted: not counted.',
  jointRemainder: (attributed: string, covered: string | null) =>
    `Joint package total: its known shares (${attributed}) are counted under each country${
      covered ? `, country totals spanning it cover ${covered}` : ''
    }; only the rest counts here, as “joint, not attributed”.`,
  sharesExceed: (shares: string, total: string) =>
    ` The shares convert to ${shares} at the reference rates, more than the package’s ${total}: the shares win, because each is a country’s own money in the currency it stated, while the package total is a rounded figure in another currency; the package adds nothing.`,
  contains: (ids: string, amount: string) => `Contains ${ids} (${amount}), counted there.`,
  noRate: 'No reference rate for this currency: not converted, not counted.',
  jointBeside: (selected: string) =>
    `Joint package with donors outside the filter: ${selected} took part, with a share this line does not give, so it is shown beside the totals, not in them.`,
};

export type TableText = typeof tableTextEn;

export const tableTextDe = {
  title: 'Alle Zusagen im Filter',
  units: 'Originalwährung und Mio. €; die Summe zählt jeden Euro einmal',
  source: 'die eigenen Quellen jeder Zeile (letzte Spalte)',
  columns: {
    donor: 'Geber',
    instrument: 'Instrument',
    amount: 'Betrag (Währung der Quelle)',
    eur: 'Mio. € (zum Kurs)',
    counted: 'In Summen gezählt (Mio. €)',
    date: 'Angekündigt',
    status: 'Status',
  },
  sourceColumn: 'Quelle',
  showing: (shown: string, total: string) =>
    `${shown} von ${total} Zusagezeilen (sortiert); die Summe zählt alle. `,
  lines: (total: string) => `${total} Zusagezeilen. `,
  captionRest:
    'Beträge in ihrer Originalwährung; Euro-Werte zu ungefähren Referenzkursen umgerechnet.',
  undated: (count: number) =>
    ` ${count} ${plural(count, 'Zeile', 'Zeilen')} ohne Datum ${plural(count, 'fällt', 'fallen')} durch den Datumsfilter heraus.`,
  details: 'Details',
  disagree: (amount: string) => `Quellen widersprechen sich: ${amount} laut `,
  noDate: 'ohne Datum',
  total: 'Summe',
  notSummed: 'nicht addiert (enthält Paketsummen)',
  showMore: (count: string) => `${count} weitere anzeigen`,
  showAll: (count: string) => `Alle ${count} anzeigen`,
  shareOf: (id: string) => `Anteil am gemeinsamen Paket ${id}.`,
  spans: (ids: string) =>
    `Umfasst das gemeinsame Paket ${ids} und weitere; Anteil je Paket nicht angegeben.`,
  includedIn: (id: string) => `Enthalten in ${id}.`,
  notAdopted: 'Vorschlag nicht beschlossen: nicht gezählt.',
  jointRemainder: (attributed: string, covered: string | null) =>
    `Gesamtbetrag eines gemeinsamen Pakets: Die bekannten Anteile (${attributed}) zählen beim jeweiligen Land${
      covered ? `, Ländersummen über mehrere Pakete decken ${covered} ab` : ''
    }; nur der Rest zählt hier, als „gemeinsam, nicht zugeordnet“.`,
  sharesExceed: (shares: string, total: string) =>
    ` Zu den Referenzkursen ergeben die Anteile ${shares}, mehr als die ${total} des Pakets: Es gelten die Anteile, denn jeder ist das eigene Geld eines Landes in der von ihm genannten Währung, während die Paketsumme eine gerundete Zahl in einer anderen Währung ist; das Paket zählt nichts zusätzlich.`,
  contains: (ids: string, amount: string) => `Enthält ${ids} (${amount}), dort gezählt.`,
  noRate: 'Kein Referenzkurs für diese Währung: nicht umgerechnet, nicht gezählt.',
  jointBeside: (selected: string) =>
    `Gemeinsames Paket mit Gebern außerhalb des Filters: ${selected} beteiligt, mit einem Anteil, den diese Zeile nicht angibt; daher neben den Summen gezeigt, nicht in ihnen.`,
} satisfies TableText;

/**
 * The pledge table's text in `locale` (default: the current one). Kept out of the app dictionary
 * so that it loads with the table, not with the first view; read at render time, so a language
 * switch re-words the table at once.
 */
export function tableText(locale: Locale = getLocale()): TableText {
  return locale === 'de' ? tableTextDe : tableTextEn;
}
