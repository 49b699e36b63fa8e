import * as v from 'valibot';
import {
  currencySchema,
  finiteNumber,
  isoDateOrMonth,
  nonEmpty,
  sourceSchema,
} from '@/lib/schema-primitives';
import { categoryValues, instrumentValues } from '@/lib/pledge-vocabulary';

export { categoryValues, instrumentValues };
export type { Category, Instrument } from '@/lib/pledge-vocabulary';

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

/** How the source qualified the amount ("up to USD 500m", "at least EUR 150m", ...). */
export const qualifierValues = ['exact', 'about', 'at-least', 'over', 'up-to', 'per-year'] as const;

const donorCode = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{2,3}$/, 'expected a donor code such as DEU or EU'),
);
const pledgeId = v.pipe(v.string(), v.regex(/^[A-Z][0-9]{3,7}$/, 'expected an id such as P019'));

/** A value another source gave for the same pledge; shown next to the main value, never hidden. */
export const conflictSchema = v.object({
  amount: v.pipe(finiteNumber, v.gtValue(0), v.maxValue(1e13)),
  currency: currencySchema,
  qualifier: v.optional(v.picklist(qualifierValues)),
  statement: nonEmpty,
  source: sourceSchema,
});

export const pledgeSchema = v.object({
  id: pledgeId,
  /** One donor for a country contribution; every participant for a joint package total. */
  donors: v.pipe(v.array(donorCode), v.minLength(1)),
  kind: v.picklist(['contribution', 'package-total']),
  label: nonEmpty,
  instrument: v.picklist(instrumentValues),
  category: v.picklist(categoryValues),
  amount: v.pipe(finiteNumber, v.gtValue(0), v.maxValue(1e13)),
  currency: currencySchema,
  qualifier: v.picklist(qualifierValues),
  /** YYYY-MM-DD, or YYYY-MM when the source gave no day, or null when it gave no date. */
  announced: v.nullable(isoDateOrMonth),
  status: v.picklist(statusValues),
  statusNote: v.optional(nonEmpty),
  /** The status note in German (shown when German is chosen; data:check warns if missing). */
  statusNoteDe: v.optional(nonEmpty),
  /** This contribution is a known share of that joint package. */
  shareOf: v.optional(pledgeId),
  /** This country total spans these joint packages (its share within each is not known). */
  spans: v.optional(v.array(pledgeId)),
  /** This pledge is already contained in that later, larger pledge. */
  includedIn: v.optional(pledgeId),
  description: nonEmpty,
  /** The description in German (shown when German is chosen; data:check warns if missing). */
  descriptionDe: v.optional(nonEmpty),
  sources: v.pipe(v.array(sourceSchema), v.minLength(1)),
  conflicts: v.optional(v.array(conflictSchema)),
});

export const pledgeDatasetSchema = v.object({
  dataset: v.object({
    title: nonEmpty,
    asOf: isoDateOrMonth,
    compiledFrom: nonEmpty,
    notes: v.array(nonEmpty),
  }),
  pledges: v.array(pledgeSchema),
});

export type Pledge = v.InferOutput<typeof pledgeSchema>;
export type PledgeConflict = v.InferOutput<typeof conflictSchema>;
export type PledgeDataset = v.InferOutput<typeof pledgeDatasetSchema>;
export type PledgeStatus = (typeof statusValues)[number];
