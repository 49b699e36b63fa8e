/** Number, money and date formatting (Intl, English for now; German arrives with briefing mode). */
const LOCALE = 'en-GB';

/** Intl.NumberFormat is costly to construct: one per (min, max) fraction digits, made once. */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(minDigits: number, maxDigits: number): Intl.NumberFormat {
  const key = `${minDigits}-${maxDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, {
      minimumFractionDigits: minDigits,
      maximumFractionDigits: maxDigits,
    });
    numberFormats.set(key, format);
  }
  return format;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-12-03" -> "3 Dec 2025"; "2025-12" -> "Dec 2025". Anything else is returned unchanged. */
export function formatSourceDate(value: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return value;
  const month = MONTHS[Number(match[2]) - 1];
  if (!month) return value;
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}

/** Compact money: 500000000 USD -> "USD 500m"; 1.5e9 -> "USD 1.5bn"; 471.9e9 JPY -> "JPY 471.9bn". */
export function formatMoney(amount: number, currency: string): string {
  return `${currency} ${formatCompact(amount)}`;
}

/** 500e6 -> "500m", 1.5e9 -> "1.5bn", 12e3 -> "12k", 950 -> "950". */
export function formatCompact(amount: number): string {
  if (!Number.isFinite(amount)) return '–';
  const abs = Math.abs(amount);
  const fmt = (value: number, digits: number) => numberFormat(0, digits).format(value);
  if (abs >= 1e9) return `${fmt(amount / 1e9, abs >= 1e11 ? 0 : abs >= 1e10 ? 1 : 2)}bn`;
  if (abs >= 1e6) return `${fmt(amount / 1e6, abs >= 1e8 ? 0 : 1)}m`;
  if (abs >= 1e3) return `${fmt(amount / 1e3, 0)}k`;
  return fmt(amount, abs < 1 ? 2 : 0);
}

/** EUR amount in units -> "EUR 1,234.5m" style for tables (millions, one decimal). */
export function formatEurMillions(amountEur: number): string {
  if (!Number.isFinite(amountEur)) return '–';
  return numberFormat(1, 1).format(amountEur / 1e6);
}

/** Plain number with a fixed number of decimals, e.g. for EUR bn from the Kiel tracker. */
export function formatNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '–';
  return numberFormat(decimals, decimals).format(value);
}

/** "2025-08" -> "Aug 2025". */
export function formatMonth(value: string): string {
  return formatSourceDate(value);
}

/** A count with thousands separators: 100000 -> "100,000". */
export function formatCount(value: number): string {
  return numberFormat(0, 0).format(value);
}
