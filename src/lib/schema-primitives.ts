import { z } from 'zod/mini';

/** An ISO date `YYYY-MM-DD` or a month `YYYY-MM` (the source gave no day). Impossible dates are rejected. */
export const isoDateOrMonth = z.string().check(
  z.refine((value) => isValidIsoDateOrMonth(value), {
    message: 'expected a real date as YYYY-MM-DD or YYYY-MM',
  }),
);

export function isValidIsoDateOrMonth(value: string): boolean {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12 || year < 1990 || year > 2100) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** Only http(s) addresses are accepted as source links. */
export const httpUrl = z.string().check(
  z.refine((value) => /^https?:\/\/[^\s]+$/i.test(value), {
    message: 'expected an http or https address',
  }),
);

export const nonEmpty = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

export const currencyCodes = [
  'EUR',
  'USD',
  'NOK',
  'DKK',
  'GBP',
  'CAD',
  'AUD',
  'NZD',
  'JPY',
  'SEK',
] as const;
export const currencySchema = z.enum(currencyCodes);
export type Currency = z.infer<typeof currencySchema>;

export const reliabilityValues = [
  'official',
  'wire',
  'media',
  'aggregator',
  'pro-kremlin',
] as const;

/**
 * A source address: an http(s) URL, or a copy shipped with the project under `data/sources/`
 * (for sources that have no known public address, e.g. the seed news report).
 */
export const sourceUrl = z.string().check(
  z.refine(
    (value) => /^https?:\/\/[^\s]+$/i.test(value) || /^data\/sources\/[\w.-]+$/.test(value),
    {
      message: 'expected an http or https address, or a bundled copy under data/sources/',
    },
  ),
);

/** Where a figure comes from: title, address, date (as the source dated it). */
export const sourceSchema = z.object({
  title: nonEmpty,
  url: sourceUrl,
  date: z.nullable(isoDateOrMonth),
  reliability: z.optional(z.enum(reliabilityValues)),
});
export type Source = z.infer<typeof sourceSchema>;
