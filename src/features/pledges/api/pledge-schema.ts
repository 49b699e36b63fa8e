import { z } from 'zod/mini';
import { currencySchema, isoDateOrMonth, nonEmpty, sourceSchema } from '@/lib/schema-primitives';

/** Status vocabulary, from least to most advanced. `not-adopted` is never counted in totals. */
export const statusValues = [
  'proposed',
  'planned',
  'budgeted',
  'reported',
  'pledged',
  'committed',
  'adopted',
  'allocated',
  'disbursed',
  'not-adopted',
] as const;

export const instrumentValues = [
  'purl',
  'nato-fund',
  'bilateral-military',
  'bilateral-civil',
  'bilateral-mixed',
  'eu-budget',
  'eu-loan',
  'eu-proposal',
  'g7-era',
] as const;

export const categoryValues = ['military', 'financial', 'humanitarian', 'mixed'] as const;

/** How the source qualified the amount ("up to USD 500m", "at least EUR 150m", ...). */
export const qualifierValues = ['exact', 'about', 'at-least', 'over', 'up-to', 'per-year'] as const;

const donorCode = z
  .string()
  .check(z.regex(/^[A-Z]{2,3}$/, 'expected a donor code such as DEU or EU'));
const pledgeId = z.string().check(z.regex(/^[A-Z][0-9]{3,7}$/, 'expected an id such as P019'));

/** A value another source gave for the same pledge; shown next to the main value, never hidden. */
export const conflictSchema = z.object({
  amount: z.number().check(z.positive()),
  currency: currencySchema,
  qualifier: z.optional(z.enum(qualifierValues)),
  statement: nonEmpty,
  source: sourceSchema,
});

export const pledgeSchema = z.object({
  id: pledgeId,
  /** One donor for a country contribution; every participant for a joint package total. */
  donors: z.array(donorCode).check(z.minLength(1)),
  kind: z.enum(['contribution', 'package-total']),
  label: nonEmpty,
  instrument: z.enum(instrumentValues),
  category: z.enum(categoryValues),
  amount: z.number().check(z.positive(), z.lte(1e13)),
  currency: currencySchema,
  qualifier: z.enum(qualifierValues),
  /** YYYY-MM-DD, or YYYY-MM when the source gave no day, or null when it gave no date. */
  announced: z.nullable(isoDateOrMonth),
  status: z.enum(statusValues),
  statusNote: z.optional(nonEmpty),
  /** This contribution is a known share of that joint package. */
  shareOf: z.optional(pledgeId),
  /** This country total spans these joint packages (its share within each is not known). */
  spans: z.optional(z.array(pledgeId)),
  /** This pledge is already contained in that later, larger pledge. */
  includedIn: z.optional(pledgeId),
  description: nonEmpty,
  sources: z.array(sourceSchema).check(z.minLength(1)),
  conflicts: z.optional(z.array(conflictSchema)),
});

export const pledgeDatasetSchema = z.object({
  dataset: z.object({
    title: nonEmpty,
    asOf: isoDateOrMonth,
    compiledFrom: nonEmpty,
    notes: z.array(nonEmpty),
  }),
  pledges: z.array(pledgeSchema),
});

export type Pledge = z.infer<typeof pledgeSchema>;
export type PledgeConflict = z.infer<typeof conflictSchema>;
export type PledgeDataset = z.infer<typeof pledgeDatasetSchema>;
export type PledgeStatus = (typeof statusValues)[number];
export type Instrument = (typeof instrumentValues)[number];
export type Category = (typeof categoryValues)[number];
