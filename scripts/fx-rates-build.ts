import type { FxRate, FxRates } from '@/lib/fx-schema';
import { latestDate } from './research-rules';
import type { FxDerivation } from './fx-derivations';

/** Rates are stored with 6 significant digits: the sources' conversions are rounded anyway. */
export const roundRate = (value: number) => Number(value.toPrecision(6));

const plain = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 0 });

/** Apply the derivations: direct EUR conversions, USD conversions chained with the USD rate. */
export function buildFxRates(derivations: readonly FxDerivation[]): FxRates {
  const usd = derivations.find((d) => d.currency === 'USD');
  if (!usd || !('stated' in usd) || usd.stated.into !== 'EUR') {
    throw new Error('fx: the USD rate must come from a stated conversion into EUR');
  }
  const usdRate = roundRate(usd.stated.equals / usd.stated.amount);

  const rates = derivations.map((d): FxRate => {
    if (!('stated' in d)) {
      return {
        currency: d.currency,
        eurPerUnit: roundRate(d.eurPerUnit),
        date: d.date,
        derivation: d.note,
        source: d.source,
      };
    }
    const { quote, amount, equals, into } = d.stated;
    const ratio = equals / amount;
    const head = `${quote}: ${into} ${plain(equals)} / ${d.currency} ${plain(amount)}`;
    if (into === 'EUR') {
      const eurPerUnit = roundRate(ratio);
      return {
        currency: d.currency,
        eurPerUnit,
        date: d.date,
        derivation: `${head} = ${eurPerUnit} EUR per ${d.currency}.`,
        source: d.source,
      };
    }
    const eurPerUnit = roundRate(ratio * usdRate);
    const derivation = `${head} = ${roundRate(ratio)} USD per ${d.currency}; x ${usdRate} EUR per USD (the USD rate in this file) = ${eurPerUnit} EUR per ${d.currency}.`;
    return { currency: d.currency, eurPerUnit, date: d.date, derivation, source: d.source };
  });

  const seen = new Set<string>();
  for (const rate of rates) {
    if (seen.has(rate.currency)) throw new Error(`fx: two derivations for ${rate.currency}`);
    seen.add(rate.currency);
  }
  return {
    title: "Approximate exchange rates implied by the sources' own conversions",
    asOf: latestDate(rates.map((rate) => rate.date)),
    method:
      "One rate per currency, applied to all dates. Each rate is implied by a conversion that a cited source itself states (e.g. 'USD 200 million (~EUR 172m)'); where the source converts to USD, the rate is chained with the USD rate. These are approximate rates, not official reference rates, and amounts converted with them are approximate. Exceptions: EUR is the reference currency (1); DKK uses the official ERM II central rate; AUD is an approximate market rate because no source in the project states an AUD conversion.",
    rates,
  };
}
