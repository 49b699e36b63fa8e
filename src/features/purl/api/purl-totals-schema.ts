import * as v from 'valibot';
import {
  currencySchema,
  finiteNumber,
  isoDateOrMonth,
  nonEmpty,
  sourceSchema,
} from '@/lib/schema-primitives';

/**
 * What a stated PURL figure is. These are statements by NATO, the US, Ukraine or the press, not
 * pledges: never add them to pledge totals.
 */
export const purlStatementTypes = [
  'cumulative_pledged',
  'delivered_value',
  'new_pledges_at_meeting',
  'target',
  'cumulative_2025',
] as const;

export const purlStatementSchema = v.object({
  /** YYYY-MM-DD, or YYYY-MM when the source gave no day. */
  date: isoDateOrMonth,
  /** Who made the statement ("NATO SG Mark Rutte", "Politico (reporting)"). */
  who: nonEmpty,
  /** Who, in German (shown when German is chosen; data:check warns if missing). */
  whoDe: v.optional(nonEmpty),
  type: v.picklist(purlStatementTypes),
  amount: v.pipe(finiteNumber, v.gtValue(0)),
  currency: currencySchema,
  /** "month" for a rate such as "USD 1bn per month", null for a stock. */
  per: v.nullable(v.literal('month')),
  description: nonEmpty,
  source: sourceSchema,
});

export const purlTotalsSchema = v.object({
  dataset: v.object({
    title: nonEmpty,
    asOf: isoDateOrMonth,
    compiledFrom: nonEmpty,
    notes: v.array(nonEmpty),
  }),
  statements: v.array(purlStatementSchema),
});

export type PurlStatement = v.InferOutput<typeof purlStatementSchema>;
export type PurlStatementType = (typeof purlStatementTypes)[number];
export type PurlTotals = v.InferOutput<typeof purlTotalsSchema>;
