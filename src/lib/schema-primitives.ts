import * as v from 'valibot';

/**
 * What an issue says where its schema sets no message of its own: zod/mini's words, which the data
 * check, the load errors and their tests use.
 */
export const PLAIN_MESSAGE = 'Invalid input';

type IssueMessage = string | ((issue: v.BaseIssue<unknown>) => string);

/**
 * `v.safeParse` with `message` for issues whose schema sets none, and with zod's reading of a list
 * given for an object schema: valibot takes the list and reports each field of it missing, here it
 * is one issue at the root ("Invalid input", or what `message` words for an `object` issue). A
 * list nested deeper still reads as fields missing (it is rejected all the same).
 */
export function safeParseData<S extends v.GenericSchema>(
  schema: S,
  data: unknown,
  message: IssueMessage = PLAIN_MESSAGE,
): v.SafeParseResult<S> {
  if (schema.type !== 'object' || !Array.isArray(data))
    return v.safeParse(schema, data, { message });
  const issue = {
    kind: 'schema',
    type: 'object',
    input: data,
    expected: 'Object',
    received: 'Array',
  } as const;
  const text = typeof message === 'string' ? message : message({ ...issue, message: '' });
  // The issue valibot's object schema gives for a value of the wrong type.
  return {
    typed: false,
    success: false,
    output: data,
    issues: [{ ...issue, message: text }],
  };
}

/** The path of a schema issue as keys and indexes: `['pledges', 3, 'amount']`. */
export function issuePath(issue: Pick<v.BaseIssue<unknown>, 'path'>): PropertyKey[] {
  return (issue.path ?? []).map((item) => item.key as PropertyKey);
}

/** A finite number: NaN and the infinities are not numbers (as with zod before). */
export const finiteNumber = v.pipe(v.number(), v.finite());

/** An ISO date `YYYY-MM-DD` or a month `YYYY-MM` (the source gave no day). Impossible dates are rejected. */
export const isoDateOrMonth = v.pipe(
  v.string(),
  v.check((value) => isValidIsoDateOrMonth(value), 'expected a real date as YYYY-MM-DD or YYYY-MM'),
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
export const httpUrl = v.pipe(
  v.string(),
  v.check((value) => /^https?:\/\/[^\s]+$/i.test(value), 'expected an http or https address'),
);

export const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

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
export const currencySchema = v.picklist(currencyCodes);
export type Currency = v.InferOutput<typeof currencySchema>;

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
export const sourceUrl = v.pipe(
  v.string(),
  v.check(
    (value) => /^https?:\/\/[^\s]+$/i.test(value) || /^data\/sources\/[\w.-]+$/.test(value),
    'expected an http or https address, or a bundled copy under data/sources/',
  ),
);

/** Where a figure comes from: title, address, date (as the source dated it). */
export const sourceSchema = v.object({
  title: nonEmpty,
  url: sourceUrl,
  date: v.nullable(isoDateOrMonth),
  reliability: v.optional(v.picklist(reliabilityValues)),
});
export type Source = v.InferOutput<typeof sourceSchema>;
