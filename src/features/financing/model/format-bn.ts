import { formatNumber } from '@/lib/format';
import { getLocale } from '@/lib/i18n/locale';

/** EUR units -> "EUR 135.7bn" / "135,7 Mrd. €"; signed with a true minus when asked. */
export function formatEurBn(eur: number, signed = false): string {
  const value = formatNumber(Math.abs(eur) / 1e9, 1);
  const text = getLocale() === 'de' ? `${value}\u00a0Mrd.\u00a0€` : `EUR ${value}bn`;
  if (!signed) return eur < 0 ? `−${text}` : text;
  return `${eur < 0 ? '−' : '+'} ${text}`;
}

/**
 * Units -> "USD 8.1bn", "NOK 85bn", "EUR 245m" / German "8,1 Mrd. USD", "245 Mio. €" (original
 * currency, as the source gave it).
 */
export function formatOriginal(amount: number, currency: string): string {
  const de = getLocale() === 'de';
  const unit = currency === 'EUR' ? '€' : currency;
  if (amount >= 1e9) {
    const bn = amount / 1e9;
    const whole = (x: number) => Math.abs(x - Math.round(x)) < 1e-9;
    const value = formatNumber(bn, whole(bn) ? 0 : whole(bn * 10) ? 1 : 2);
    return de ? `${value}\u00a0Mrd.\u00a0${unit}` : `${currency} ${value}bn`;
  }
  const value = formatNumber(amount / 1e6, amount % 1e6 === 0 ? 0 : 1);
  return de ? `${value}\u00a0Mio.\u00a0${unit}` : `${currency} ${value}m`;
}
