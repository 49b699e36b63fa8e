import { formatDecimal } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';
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

/** One line for the screen, in the interface language: how EUR figures were converted, with every rate used. */
export function describeRates(fx: FxRates): string {
  const rates = fx.rates
    .filter((rate) => rate.currency !== 'EUR')
    .map((rate) => `1 ${rate.currency} = ${formatRate(rate.eurPerUnit)} EUR`)
    .join(', ');
  return messages().purlText.fxNote(rates);
}

/** Up to three decimals from 0.1 on, three significant digits below: "1.16", "0.00574" / "0,00574". */
function formatRate(value: number): string {
  if (value >= 0.1 || value <= 0) return formatDecimal(value, 3);
  return formatDecimal(value, 2 - Math.floor(Math.log10(value)));
}
