import { getLocale, type Locale } from '@/lib/i18n/locale';

/**
 * The overview's text (English and German): the product's three questions, each with its
 * headline figure, what that figure counts, and a link into the view that answers it.
 */
export const overviewTextEn = {
  heading: 'Overview: the three questions',
  pledges: {
    question: 'Who pledged what?',
    figure: (kind: string) => `Largest kind of money: ${kind}`,
    filtered: ' (filtered)',
    scope: (lines: string, donors: string, from: string, to: string, kinds: number) =>
      `${lines} lines, ${donors} donors of the project’s sourced list, ${from} – ${to}, in ${kinds} ${kinds === 1 ? 'kind' : 'kinds'} of money, never added up (the headline below gives each); not a world total (see the Kiel tracker).`,
    noPeriod: 'no dated pledge',
    link: 'Pledges by donor',
    link2: 'PURL timeline',
  },
  gap: {
    question: 'How big is the 2026–2027 gap?',
    figure: (reading: string) => `Gap after every listed line (${reading})`,
    need: (need: string, estimate: string, period: string) =>
      `Need ${need} (${estimate}, ${period}) minus coverage, step by step by certainty:`,
    step: (status: string) => `+ ${status}`,
    left: 'left',
    spare: 'covered beyond the need',
    chartTitle: 'Need and what covers it, by certainty',
    link: 'Funding gap',
    loading: 'Loading the funding gap…',
    failed: 'The funding gap could not be loaded.',
  },
  eu: {
    question: 'Plan A or Plan B?',
    figure: 'EU loan for 2026–2027 (Plan A)',
    planA: 'Plan A: EU borrowing backed by the EU budget',
    planB: 'Plan B: a reparations loan from immobilised Russian assets',
    decided: (date: string, what: string) => `Decided: Plan A. Last formal step ${date}: ${what}.`,
    planBOutcome: 'Plan B was not adopted.',
    link: 'Plan A vs Plan B',
    loading: 'Loading the EU options…',
    failed: 'The EU options could not be loaded.',
  },
  asOf: (date: string) => `As of ${date}`,
};

export type OverviewText = typeof overviewTextEn;

export const overviewTextDe = {
  heading: 'Überblick: die drei Fragen',
  pledges: {
    question: 'Wer hat was zugesagt?',
    figure: (kind: string) => `Größte Art von Mitteln: ${kind}`,
    filtered: ' (gefiltert)',
    scope: (lines: string, donors: string, from: string, to: string, kinds: number) =>
      `${lines} Zeilen, ${donors} Geber der belegten Liste des Projekts, ${from} – ${to}, in ${kinds} ${kinds === 1 ? 'Art' : 'Arten'} von Mitteln, nie addiert (die Kennzahlen unten nennen jede); keine weltweite Summe (siehe Kiel-Tracker).`,
    noPeriod: 'keine datierte Zusage',
    link: 'Zusagen nach Geberland',
    link2: 'PURL-Zeitverlauf',
  },
  gap: {
    question: 'Wie groß ist die Lücke 2026–2027?',
    figure: (reading: string) => `Lücke nach allen erfassten Posten (${reading})`,
    need: (need: string, estimate: string, period: string) =>
      `Bedarf ${need} (${estimate}, ${period}), abzüglich der Deckung Schritt für Schritt nach Gewissheit:`,
    step: (status: string) => `+ ${status}`,
    left: 'offen',
    spare: 'über den Bedarf hinaus gedeckt',
    chartTitle: 'Bedarf und Deckung nach Gewissheit',
    link: 'Finanzierungslücke',
    loading: 'Finanzierungslücke wird geladen …',
    failed: 'Die Finanzierungslücke konnte nicht geladen werden.',
  },
  eu: {
    question: 'Plan A oder Plan B?',
    figure: 'EU-Kredit für 2026–2027 (Plan A)',
    planA: 'Plan A: EU-Anleihen, abgesichert durch den EU-Haushalt',
    planB: 'Plan B: ein Reparationskredit aus immobilisierten russischen Vermögen',
    decided: (date: string, what: string) =>
      `Entschieden: Plan A. Letzter formaler Schritt am ${date}: ${what}.`,
    planBOutcome: 'Plan B wurde nicht beschlossen.',
    link: 'Plan A und Plan B im Vergleich',
    loading: 'EU-Optionen werden geladen …',
    failed: 'Die EU-Optionen konnten nicht geladen werden.',
  },
  asOf: (date: string) => `Stand ${date}`,
} satisfies OverviewText;

export function overviewText(locale: Locale = getLocale()): OverviewText {
  return locale === 'de' ? overviewTextDe : overviewTextEn;
}
