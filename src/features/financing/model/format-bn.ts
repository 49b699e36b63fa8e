import { formatScaledMoney } from '@/lib/format';

/**
 * EUR units -> "€135.7B" / "135,7 Mrd. €" (one decimal, as the gap is shown), a true minus for
 * a negative amount ("−€4.6B"); signed when asked: "+ €4.6B" / "− €4.6B".
 */
export function formatEurBn(eur: number, signed = false): string {
  if (!signed) return formatScaledMoney(eur, 'EUR', 1);
  return `${eur < 0 ? '−' : '+'} ${formatScaledMoney(Math.abs(eur), 'EUR', 1)}`;
}

const isWhole = (x: number) => Math.abs(x - Math.round(x)) < 1e-9;

/** As few decimals as the figure needs, at most two: 85 -> 0, 8.1 -> 1, 1.25 -> 2. */
const decimalsOf = (value: number) => (isWhole(value) ? 0 : isWhole(value * 10) ? 1 : 2);

/**
 * Units in the currency the source gave -> "USD 8.1B", "NOK 85B", "€245M", a range
 * "USD 150–170B" / German "8,1 Mrd. USD", "245 Mio. €", "150–170 Mrd. USD". Billions from
 * 1e9 on, millions below (one decimal when not whole).
 */
export function formatOriginal(amount: number, currency: string, upTo?: number): string {
  if (amount >= 1e9) {
    const decimals = decimalsOf(amount / 1e9);
    if (upTo === undefined) return formatScaledMoney(amount, currency, decimals);
    return formatScaledMoney(amount, currency, decimals, {
      upTo,
      upToDecimals: decimalsOf(upTo / 1e9),
    });
  }
  const millions = (value: number) => (value % 1e6 === 0 ? 0 : 1);
  if (upTo === undefined)
    return formatScaledMoney(amount, currency, millions(amount), { scale: 'm' });
  if (upTo >= 1e9) {
    // Millions to billions: both ends in full ("USD 800M–USD 1.2B").
    return `${formatOriginal(amount, currency)}–${formatOriginal(upTo, currency)}`;
  }
  return formatScaledMoney(amount, currency, millions(amount), {
    scale: 'm',
    upTo,
    upToDecimals: millions(upTo),
  });
}
