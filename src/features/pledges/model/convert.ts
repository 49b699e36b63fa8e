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
