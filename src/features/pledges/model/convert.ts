import type { FxRates } from '@/lib/fx-schema';
import type { Currency } from '@/lib/schema-primitives';

/** EUR per unit of each currency, from the documented reference rates. */
export type RateTable = ReadonlyMap<Currency, number>;

export function buildRateTable(fx: FxRates): RateTable {
  const table = new Map<Currency, number>([['EUR', 1]]);
  for (const rate of fx.rates) table.set(rate.currency, rate.eurPerUnit);
  return table;
}

/** Convert an amount to EUR; null when no rate is known for the currency. */
export function toEur(amount: number, currency: Currency, rates: RateTable): number | null {
  const rate = rates.get(currency);
  if (rate === undefined || !Number.isFinite(amount)) return null;
  return amount * rate;
}

/** One line for the screen: how EUR figures were converted, with every rate used. */
export function describeRates(fx: FxRates): string {
  const rates = fx.rates
    .filter((rate) => rate.currency !== 'EUR')
    .map((rate) => `1 ${rate.currency} = ${formatRate(rate.eurPerUnit)} EUR`)
    .join(', ');
  return `EUR figures are converted at one approximate rate per currency, implied by the sources' own conversions (${rates}); see fx-rates.json for each rate's source.`;
}

function formatRate(value: number): string {
  return value >= 0.1
    ? value.toFixed(3).replace(/0+$/, '').replace(/\.$/, '')
    : value.toPrecision(3);
}
