import { z } from 'zod/mini';
import { currencySchema, isoDateOrMonth, nonEmpty, sourceSchema } from '@/lib/schema-primitives';

/** A source as in pledges.json, plus an optional note ("secondary: Politico relayed by ..."). */
export const financingSourceSchema = z.extend(sourceSchema, { note: z.optional(nonEmpty) });
const sources = z.array(financingSourceSchema).check(z.minLength(1, 'at least one source'));

const id = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9.-]*$/, 'expected a lower-case id such as imf-135'));
const amount = z.number().check(z.positive(), z.lte(1e13));
const donorCode = z
  .string()
  .check(z.regex(/^[A-Z]{2,3}$/, 'expected a donor code such as DEU or EU'));

/** The two parts of the need the Commission named: armed forces, and macro-financial/budget. */
export const componentValues = ['military', 'budget'] as const;
export const componentSchema = z.enum(componentValues);

/** How the source qualified the figure ("more than EUR 100bn" is `over`). */
export const needQualifierValues = ['exact', 'about', 'over', 'at-least'] as const;

/** What covers the need, from firmest to least firm. */
export const coverageStatusValues = ['disbursed', 'decided', 'pledged', 'proposed'] as const;

export const trancheStatusValues = ['paid', 'announced', 'unconfirmed'] as const;

export const eventStatusValues = [
  'proposed',
  'agreed',
  'adopted',
  'blocked',
  'announced',
  'disbursed',
  'unconfirmed',
] as const;

const partSchema = z.object({ component: componentSchema, amount });

/** Another source's value for a figure, kept beside the one used (never hidden). */
export const needConflictSchema = z.object({
  /** Which figure it disputes: `amount`, or `breakdown.<component>`. */
  field: z
    .string()
    .check(
      z.regex(
        /^(amount|breakdown\.(military|budget))$/,
        'expected amount or breakdown.military|budget',
      ),
    ),
  amount,
  currency: currencySchema,
  statement: nonEmpty,
  sources,
});

/** One estimate of the 2026-2027 need the user can switch to. */
export const needEstimateSchema = z.object({
  id,
  label: nonEmpty,
  /** For the switcher and the chart axis. */
  shortLabel: nonEmpty,
  amount,
  currency: currencySchema,
  qualifier: z.enum(needQualifierValues),
  period: nonEmpty,
  statedBy: nonEmpty,
  /** What the figure covers, in the source's words where possible. */
  basis: nonEmpty,
  breakdown: z.optional(
    z
      .array(z.object({ component: componentSchema, label: nonEmpty, amount }))
      .check(z.minLength(1)),
  ),
  sources,
  conflicts: z.optional(z.array(needConflictSchema)),
});

/** A need figure for another period or scope: shown for context, never as a 2026-27 estimate. */
export const needContextSchema = z.object({
  id,
  label: nonEmpty,
  amount,
  /** Upper end of a range ("USD 150-170bn"). */
  amountHigh: z.optional(amount),
  currency: currencySchema,
  qualifier: z.enum(needQualifierValues),
  period: nonEmpty,
  scope: nonEmpty,
  sources,
});

export const trancheSchema = z.object({
  label: nonEmpty,
  amount,
  currency: currencySchema,
  date: isoDateOrMonth,
  /** Only `paid` tranches count as disbursed. */
  status: z.enum(trancheStatusValues),
  parts: z.optional(z.array(partSchema)),
  note: z.optional(nonEmpty),
  sources,
});

/** Money that covers part of the need. */
export const coverageItemSchema = z.object({
  id,
  label: nonEmpty,
  /** Donor codes (explorer filter); empty for an international institution such as the IMF. */
  donors: z.array(donorCode),
  amount,
  currency: currencySchema,
  qualifier: z.enum(needQualifierValues),
  /** Status of the amount not yet paid; paid tranches count as disbursed. */
  status: z.enum(coverageStatusValues),
  period: nonEmpty,
  /** Which part of the need it covers, when the source says so. */
  parts: z.optional(z.array(partSchema).check(z.minLength(1))),
  dates: z.array(z.object({ what: nonEmpty, date: isoDateOrMonth })).check(z.minLength(1)),
  note: nonEmpty,
  tranches: z.optional(z.array(trancheSchema)),
  /** The pledges.json lines it was taken from. */
  pledgeIds: z.optional(
    z.array(z.string().check(z.regex(/^[A-Z][0-9]{3,7}$/, 'expected an id such as E002'))),
  ),
  sources,
});

/** Shown beside the coverage with the reason it is not counted. */
export const notCountedSchema = z.object({
  id,
  label: nonEmpty,
  amount,
  currency: currencySchema,
  reason: nonEmpty,
  sources,
});

export const timelineEventSchema = z.object({
  id,
  date: isoDateOrMonth,
  endDate: z.optional(isoDateOrMonth),
  title: nonEmpty,
  what: nonEmpty,
  outcome: nonEmpty,
  status: z.enum(eventStatusValues),
  /** Countries or institutions involved (for the explorer's donor highlight). */
  donors: z.array(donorCode),
  sources,
});

export const financingDataSchema = z.object({
  title: nonEmpty,
  asOf: isoDateOrMonth,
  compiledFrom: nonEmpty,
  needs: z.object({
    defaultEstimate: id,
    estimates: z.array(needEstimateSchema).check(z.minLength(1)),
    context: z.array(needContextSchema),
  }),
  coverage: z.array(coverageItemSchema),
  notCounted: z.array(notCountedSchema),
  timeline: z.array(timelineEventSchema).check(z.minLength(1)),
});

export type FinancingSource = z.infer<typeof financingSourceSchema>;
export type NeedComponent = z.infer<typeof componentSchema>;
export type NeedEstimate = z.infer<typeof needEstimateSchema>;
export type NeedContext = z.infer<typeof needContextSchema>;
export type NeedConflict = z.infer<typeof needConflictSchema>;
export type CoverageItem = z.infer<typeof coverageItemSchema>;
export type CoverageStatus = (typeof coverageStatusValues)[number];
export type Tranche = z.infer<typeof trancheSchema>;
export type NotCountedItem = z.infer<typeof notCountedSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type FinancingData = z.infer<typeof financingDataSchema>;
