import { z } from 'zod/mini';
import { currencySchema, isoDateOrMonth, nonEmpty, sourceSchema } from '@/lib/schema-primitives';

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

export const purlStatementSchema = z.object({
  /** YYYY-MM-DD, or YYYY-MM when the source gave no day. */
  date: isoDateOrMonth,
  /** Who made the statement ("NATO SG Mark Rutte", "Politico (reporting)"). */
  who: nonEmpty,
  type: z.enum(purlStatementTypes),
  amount: z.number().check(z.positive()),
  currency: currencySchema,
  /** "month" for a rate such as "USD 1bn per month", null for a stock. */
  per: z.nullable(z.literal('month')),
  description: nonEmpty,
  source: sourceSchema,
});

export const purlTotalsSchema = z.object({
  dataset: z.object({
    title: nonEmpty,
    asOf: isoDateOrMonth,
    compiledFrom: nonEmpty,
    notes: z.array(nonEmpty),
  }),
  statements: z.array(purlStatementSchema),
});

export type PurlStatement = z.infer<typeof purlStatementSchema>;
export type PurlStatementType = (typeof purlStatementTypes)[number];
export type PurlTotals = z.infer<typeof purlTotalsSchema>;
