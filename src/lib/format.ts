/** Number, money and date formatting in the current interface language (src/lib/i18n/locale.ts). */
import { DECIMAL_SYMBOLS, formatDecimalNumber } from './decimal-format';
import { getLocale, type Locale } from './i18n/locale';

/**
 * `value` with `minDigits` to `maxDigits` decimals in the interface language, as
 * Intl.NumberFormat(en-GB | de-DE) would write it, without Intl (decimal-format.ts says why).
 */
function decimal(
  value: number,
  minDigits: number,
  maxDigits: number,
  locale: Locale = getLocale(),
): string {
  return formatDecimalNumber(value, minDigits, maxDigits, DECIMAL_SYMBOLS[locale]);
}

/** Fixed abbreviations (ICU versions differ): German as in the Duden ("Dez.", "März", "Juni"). */
export const MONTHS: Record<Locale, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  de: [
    'Jan.',
    'Feb.',
    'März',
    'Apr.',
    'Mai',
    'Juni',
    'Juli',
    'Aug.',
    'Sept.',
    'Okt.',
    'Nov.',
    'Dez.',
  ],
};

/**
 * "2025-12-03" -> "3 Dec 2025" / "3. Dez. 2025"; "2025-12" -> "Dec 2025" / "Dez. 2025".
 * Anything else is returned unchanged.
 */
export function formatSourceDate(value: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return value;
  const locale = getLocale();
  const month = MONTHS[locale][Number(match[2]) - 1];
  if (!month) return value;
  if (!match[3]) return `${month} ${match[1]}`;
  const day = Number(match[3]);
  return locale === 'de' ? `${day}. ${month} ${match[1]}` : `${day} ${month} ${match[1]}`;
}

/** Scale words: English per the issue ("€500M", "€1.5B"), German as in the press ("1,5 Mrd. €"). */
const SCALES: Record<Locale, { bn: string; m: string; k: string }> = {
  en: { bn: 'B', m: 'M', k: 'K' },
  de: { bn: '\u00a0Mrd.', m: '\u00a0Mio.', k: '\u00a0Tsd.' },
};

/** 500e6 -> "500M" / "500 Mio."; 1.5e9 -> "1.5B" / "1,5 Mrd."; 12e3 -> "12K" / "12 Tsd."; 950 -> "950". */
export function formatCompact(amount: number): string {
  if (!Number.isFinite(amount)) return '–';
  const abs = Math.abs(amount);
  const scale = SCALES[getLocale()];
  const fmt = (value: number, digits: number) => decimal(value, 0, digits);
  if (abs >= 1e9) return `${fmt(amount / 1e9, abs >= 1e11 ? 0 : abs >= 1e10 ? 1 : 2)}${scale.bn}`;
  if (abs >= 1e6) return `${fmt(amount / 1e6, abs >= 1e8 ? 0 : 1)}${scale.m}`;
  if (abs >= 1e3) return `${fmt(amount / 1e3, 0)}${scale.k}`;
  return fmt(amount, abs < 1 ? 2 : 0);
}

/**
 * Compact money in its own currency. English: "€500M", "€1.5B", other currencies by code
 * ("USD 500M", "JPY 471.9B"); German: "500 Mio. €", "1,5 Mrd. €", "500 Mio. USD" (with
 * no-break spaces, so that a figure never wraps inside).
 */
export function formatMoney(amount: number, currency: string): string {
  if (!Number.isFinite(amount)) return '–';
  if (getLocale() === 'de') {
    return `${formatCompact(amount)}\u00a0${currency === 'EUR' ? '€' : currency}`;
  }
  if (currency !== 'EUR') return `${currency} ${formatCompact(amount)}`;
  return `${amount < 0 ? '-' : ''}€${formatCompact(Math.abs(amount))}`;
}

/** Options of formatScaledMoney. */
export interface ScaledMoneyOptions {
  /** 'bn' (default): "€135.7B" / "135,7 Mrd. €"; 'm': "€245M" / "245 Mio. €". */
  scale?: 'bn' | 'm';
  /** Upper end of a range, in units: "€3–4B" / "3–4 Mrd. €". */
  upTo?: number;
  /** Decimals of the upper end (default: `decimals`). */
  upToDecimals?: number;
}

const SCALE_DIVISORS = { bn: 1e9, m: 1e6 } as const;

/**
 * Money in a fixed scale with a fixed number of decimals, in its own currency, the same style as
 * formatMoney: English "€135.7B", "€3.15B", "USD 8.1B", "€245M", "−€4.6B", "€3–4B"; German
 * "135,7 Mrd. €", "8,1 Mrd. USD", "245 Mio. €", "−4,6 Mrd. €", "3–4 Mrd. €" (no-break spaces,
 * a true minus; no minus on a value that rounds to zero). For figures whose precision matters
 * (calculator outputs, the funding gap), where formatMoney would round "€135.7B" to "€136B".
 */
export function formatScaledMoney(
  amount: number,
  currency: string,
  decimals: number,
  options: ScaledMoneyOptions = {},
): string {
  const { scale = 'bn', upTo } = options;
  if (!Number.isFinite(amount) || (upTo !== undefined && !Number.isFinite(upTo))) return '–';
  const divisor = SCALE_DIVISORS[scale];
  const signed = (value: number, digits: number) => {
    const text = decimal(Math.abs(value) / divisor, digits, digits);
    return { minus: value < 0 && /[1-9]/.test(text) ? '−' : '', text };
  };
  const low = signed(amount, decimals);
  const high = upTo === undefined ? null : signed(upTo, options.upToDecimals ?? decimals);
  const figure = high ? `${low.text}–${high.minus}${high.text}` : low.text;
  const locale = getLocale();
  const word = SCALES[locale][scale];
  if (locale === 'de') {
    return `${low.minus}${figure}${word}\u00a0${currency === 'EUR' ? '€' : currency}`;
  }
  return `${low.minus}${currency === 'EUR' ? '€' : `${currency} `}${figure}${word}`;
}

/** Compact EUR: formatMoney(amount, 'EUR'). */
export function formatEur(amount: number): string {
  return formatMoney(amount, 'EUR');
}

/** EUR amount in units -> million with one decimal for tables: "1,234.5" / "1.234,5". */
export function formatEurMillions(amountEur: number): string {
  if (!Number.isFinite(amountEur)) return '–';
  return decimal(amountEur / 1e6, 1, 1);
}

/** Plain number with a fixed number of decimals, e.g. for EUR bn from the Kiel tracker. */
export function formatNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '–';
  return decimal(value, decimals, decimals);
}

/** Plain number with at most `maxDecimals` decimals (axis ticks, tooltips): "1,250" / "1.250". */
export function formatDecimal(value: number, maxDecimals = 0, locale?: Locale): string {
  if (!Number.isFinite(value)) return '–';
  return decimal(value, 0, maxDecimals, locale);
}

/** "2025-08" -> "Aug 2025" / "Aug. 2025". */
export function formatMonth(value: string): string {
  return formatSourceDate(value);
}

/** A count with thousands separators: 100000 -> "100,000" / "100.000". */
export function formatCount(value: number): string {
  return decimal(value, 0, 0);
}
