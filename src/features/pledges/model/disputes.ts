import type { Currency, Source } from '@/lib/schema-primitives';
import { formatEur, formatMoney } from '@/lib/format';
import type { Pledge, PledgeConflict } from '../api/pledge-schema';
import { disputeText } from '../dispute-text';
import { toEur, type RateTable } from './convert';
import { pledgeLabel } from './pledge-label';

/** A value of a disputed figure: amount in its own currency, in EUR at the reference rate, source. */
export interface DisputedValue {
  amount: number;
  currency: Currency;
  /** Null when the currency has no reference rate (shown as not converted). */
  eur: number | null;
  source: Source;
  statement?: string;
}

/** A pledge whose amount sources disagree on: the value drawn and every other value reported. */
export interface DisputedFigure {
  id: string;
  label: string;
  drawn: DisputedValue;
  alternatives: DisputedValue[];
}

/** The source a drawn value is shown with: the first official one, else the first listed. */
function drawnSource(pledge: Pledge): Source {
  const official = pledge.sources.find((source) => source.reliability === 'official');
  return official ?? (pledge.sources[0] as Source);
}

const alternativeOf = (conflict: PledgeConflict, rates: RateTable): DisputedValue => ({
  amount: conflict.amount,
  currency: conflict.currency,
  eur: toEur(conflict.amount, conflict.currency, rates),
  source: conflict.source,
  statement: conflict.statement,
});

/** The pledge as a disputed figure, or null when no source gave another amount. */
export function disputedFigure(pledge: Pledge, rates: RateTable): DisputedFigure | null {
  const conflicts = pledge.conflicts ?? [];
  if (conflicts.length === 0) return null;
  return {
    id: pledge.id,
    // In the current language (German composed from the row), as in the table and the charts.
    label: pledgeLabel(pledge),
    drawn: {
      amount: pledge.amount,
      currency: pledge.currency,
      eur: toEur(pledge.amount, pledge.currency, rates),
      source: drawnSource(pledge),
    },
    alternatives: conflicts.map((conflict) => alternativeOf(conflict, rates)),
  };
}

/** The disputed figures among `pledges`, each once, in the order given. */
export function disputedFigures(pledges: Iterable<Pledge>, rates: RateTable): DisputedFigure[] {
  const seen = new Set<string>();
  const figures: DisputedFigure[] = [];
  for (const pledge of pledges) {
    if (seen.has(pledge.id)) continue;
    seen.add(pledge.id);
    const figure = disputedFigure(pledge, rates);
    if (figure) figures.push(figure);
  }
  return figures;
}

/** "USD 500M (€430M)"; a value in EUR or without a rate shows once. */
export function formatDisputedValue(value: DisputedValue): string {
  const original = formatMoney(value.amount, value.currency);
  if (value.currency === 'EUR') return original;
  return value.eur === null
    ? `${original} (${disputeText().notConverted})`
    : `${original} (${formatEur(value.eur)})`;
}

const sourceName = (source: Source) =>
  source.date ? `${source.title}, ${source.date}` : source.title;

/**
 * One sentence naming both values and both sources: "PURL package ...: drawn as USD 500M (€430M)
 * per Government of Norway ..., 2025-12-03; also reported as €500M per German TV news report ...".
 */
export function describeDispute(figure: DisputedFigure): string {
  const text = disputeText();
  const drawn = text.drawnAs(
    `${text.mark} ${figure.label}`,
    formatDisputedValue(figure.drawn),
    sourceName(figure.drawn.source),
  );
  const others = figure.alternatives
    .map((value) => text.alternative(formatDisputedValue(value), sourceName(value.source)))
    .join(text.joinAlternatives);
  return `${drawn}${text.joinAlternatives}${others}.`;
}

/**
 * CSV cells for a row's (or bar's) disputed figures: mark, source of the drawn value, alternative
 * values in their currency and in EUR m (one decimal), their sources; several joined by " | ".
 */
export function disputeCsvCells(figures: readonly DisputedFigure[]): string[] {
  if (figures.length === 0) return ['', '', '', '', ''];
  const join = (values: string[]) => values.join(' | ');
  const source = (value: DisputedValue) => `${sourceName(value.source)} (${value.source.url})`;
  const alternatives = figures.flatMap((figure) =>
    figure.alternatives.map((value) => ({ id: figure.id, value })),
  );
  const many = figures.length > 1;
  const tag = (id: string, text: string) => (many ? `${id}: ${text}` : text);
  return [
    join(figures.map((figure) => (many ? figure.id : disputeText().yes))),
    join(figures.map((figure) => tag(figure.id, source(figure.drawn)))),
    join(alternatives.map(({ id, value }) => tag(id, `${value.amount} ${value.currency}`))),
    join(
      alternatives.map(({ id, value }) =>
        tag(
          id,
          value.eur === null
            ? disputeText().notConverted
            : String(Math.round(value.eur / 1e5) / 10),
        ),
      ),
    ),
    join(alternatives.map(({ id, value }) => tag(id, source(value)))),
  ];
}

/** The CSV headers matching disputeCsvCells. */
export function disputeCsvColumns(): string[] {
  const text = disputeText();
  return [
    text.csvDisputed,
    text.csvDrawnSource,
    text.csvAlternative,
    text.csvAlternativeEur,
    text.csvAlternativeSource,
  ];
}
