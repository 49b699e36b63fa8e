import type { FxRates } from '@/lib/fx-schema';
import { formatSourceDate } from '@/lib/format';
import { getLocale } from '@/lib/i18n/locale';
import { financingText } from '../financing-text';

function formatRate(value: number): string {
  const text =
    value >= 0.1 ? value.toFixed(5).replace(/0+$/, '').replace(/\.$/, '') : value.toPrecision(4);
  return getLocale() === 'de' ? text.replace('.', ',') : text;
}

/**
 * One sentence naming each rate used for `currencies` (EUR left out), with the rate's source and
 * date, e.g. "1 USD = 0.86 EUR (implied by Epoch Times DE (AFP), 3 Dec 2025)".
 */
export function describeRatesUsed(currencies: readonly string[], fx: FxRates): string {
  const t = financingText();
  const used = [...new Set(currencies)].filter((c) => c !== 'EUR').sort();
  if (used.length === 0) return t.ratesNone;
  const parts = used.map((currency) => {
    const rate = fx.rates.find((r) => r.currency === currency);
    if (!rate) return t.rateMissing(currency);
    return `1 ${currency} = ${formatRate(rate.eurPerUnit)} EUR (${rate.source.title}, ${formatSourceDate(rate.date)})`;
  });
  return t.ratesUsed(parts.join('; '));
}
