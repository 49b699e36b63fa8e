import type { FxRates } from '@/lib/fx-schema';
import { formatSourceDate } from '@/lib/format';

function formatRate(value: number): string {
  return value >= 0.1
    ? value.toFixed(5).replace(/0+$/, '').replace(/\.$/, '')
    : value.toPrecision(4);
}

/**
 * One sentence naming each rate used for `currencies` (EUR left out), with the rate's source and
 * date, e.g. "1 USD = 0.86 EUR (implied by Epoch Times DE (AFP), 3 Dec 2025)".
 */
export function describeRatesUsed(currencies: readonly string[], fx: FxRates): string {
  const used = [...new Set(currencies)].filter((c) => c !== 'EUR').sort();
  if (used.length === 0) return 'All amounts are in EUR; no conversion was needed.';
  const parts = used.map((currency) => {
    const rate = fx.rates.find((r) => r.currency === currency);
    if (!rate) return `${currency}: no rate (not counted)`;
    return `1 ${currency} = ${formatRate(rate.eurPerUnit)} EUR (${rate.source.title}, ${formatSourceDate(rate.date)})`;
  });
  return `Converted to EUR at the dashboard's reference rates in fx-rates.json, one per currency: ${parts.join('; ')}. Converted amounts are approximate; original amounts are shown beside them.`;
}
