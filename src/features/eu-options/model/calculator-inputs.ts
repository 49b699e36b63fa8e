import { donorName, EU27_CODES } from '@/lib/donors';
import { formatDecimal } from '@/lib/format';
import { euOptionsText } from '../eu-options-text';

const text = () => euOptionsText();

/** A parsed input: the value to compute with, and a message when the typed value was not usable. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export const RATE_MAX = 20;
export const YEARS_MAX = 50;

const NUMBER_PATTERN = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/** "3,5", "3.5", " 3.5 % " -> 3.5; null when it is not a plain decimal number. */
export function readDecimal(raw: string): number | null {
  const text = raw.trim().replace(/\s*%$/, '').trim();
  if (!NUMBER_PATTERN.test(text)) return null;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** Interest rate in % a year: 0 to 20, decimal comma or point. */
export function parseRate(raw: string): Parsed<number> {
  if (raw.trim() === '') return { ok: false, message: text().errRateEmpty };
  const value = readDecimal(raw);
  if (value === null) {
    return {
      ok: false,
      message: text().errNotNumber(raw.trim().slice(0, 20), formatDecimal(3.5, 1)),
    };
  }
  if (value < 0) return { ok: false, message: text().errRateNegative };
  if (value > RATE_MAX) {
    return { ok: false, message: text().errRateMax(RATE_MAX) };
  }
  return { ok: true, value };
}

/** Number of years: a whole number from 1 to 50. */
export function parseYears(raw: string): Parsed<number> {
  if (raw.trim() === '') return { ok: false, message: text().errYearsEmpty };
  const value = readDecimal(raw);
  if (value === null) {
    return { ok: false, message: text().errNotNumber(raw.trim().slice(0, 20), '7') };
  }
  if (!Number.isInteger(value)) return { ok: false, message: text().errYearsWhole };
  if (value < 1) return { ok: false, message: text().errYearsMin };
  if (value > YEARS_MAX) return { ok: false, message: text().errYearsMax(YEARS_MAX) };
  return { ok: true, value };
}

export interface ParsedMembers {
  /** Valid EU member codes, in EU-27 order, without repeats. */
  codes: string[];
  /** Codes that were dropped (unknown or not EU members). */
  ignored: string[];
}

/** `~`-separated member codes from the URL. Unknown codes are dropped and named. */
export function parseMembers(raw: string): Parsed<string[]> & { ignored: string[] } {
  const parts = raw
    .split('~')
    .map((part) => part.trim().toUpperCase())
    .filter(Boolean);
  const chosen = new Set(parts.filter((code) => EU27_CODES.includes(code)));
  const ignored = [...new Set(parts.filter((code) => !EU27_CODES.includes(code)))].map((code) =>
    code.slice(0, 12),
  );
  const codes = EU27_CODES.filter((code) => chosen.has(code));
  const ignoredText =
    ignored.length > 0 ? `${text().errIgnored(ignored.slice(0, 5).join(', '))} ` : '';
  if (codes.length === 0) {
    return {
      ok: false,
      message: `${ignoredText}${text().errNoMembers}`,
      ignored,
    };
  }
  return ignored.length > 0
    ? { ok: true, value: codes, ignored }
    : { ok: true, value: codes, ignored: [] };
}

/** A country code: any EU member (Plan A needs it among the participants, Plan B covers all 27). */
export function parseCountry(raw: string): Parsed<string> {
  const code = raw.trim().toUpperCase();
  if (code === '') return { ok: false, message: text().errChooseCountry };
  if (!EU27_CODES.includes(code)) {
    return {
      ok: false,
      message: text().errNotMember(raw.trim().slice(0, 12), donorName('DEU')),
    };
  }
  return { ok: true, value: code };
}
