import { formatNumber } from '@/lib/format';

/** EUR units -> "EUR 135.7bn"; signed with a true minus when asked. */
export function formatEurBn(eur: number, signed = false): string {
  const text = `EUR ${formatNumber(Math.abs(eur) / 1e9, 1)}bn`;
  if (!signed) return eur < 0 ? `−${text}` : text;
  return `${eur < 0 ? '−' : '+'} ${text}`;
}

/** Units -> "USD 8.1bn", "NOK 85bn", "EUR 245m" (original currency, as the source gave it). */
export function formatOriginal(amount: number, currency: string): string {
  if (amount >= 1e9) {
    const bn = amount / 1e9;
    const whole = (x: number) => Math.abs(x - Math.round(x)) < 1e-9;
    return `${currency} ${formatNumber(bn, whole(bn) ? 0 : whole(bn * 10) ? 1 : 2)}bn`;
  }
  return `${currency} ${formatNumber(amount / 1e6, amount % 1e6 === 0 ? 0 : 1)}m`;
}
