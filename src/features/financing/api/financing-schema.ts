import * as v from 'valibot';
import {
  currencySchema,
  finiteNumber,
  isoDateOrMonth,
  isValidIsoDateOrMonth,
  nonEmpty,
  sourceSchema,
} from '@/lib/schema-primitives';

/** A source as in pledges.json, plus an optional note ("secondary: Politico relayed by ..."). */
export const financingSourceSchema = v.object({
  ...sourceSchema.entries,
  note: v.optional(nonEmpty),
});
const sources = v.pipe(v.array(financingSourceSchema), v.minLength(1, 'at least one source'));

const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9.-]*$/, 'expected a lower-case id such as imf-135'),
);
const amount = v.pipe(finiteNumber, v.gtValue(0), v.maxValue(1e13));
const donorCode = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{2,3}$/, 'expected a donor code such as DEU or EU'),
);

/** The two parts of the need the Commission named: armed forces, and macro-financial/budget. */
export const componentValues = ['military', 'budget'] as const;
export const componentSchema = v.picklist(componentValues);

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

const partSchema = v.object({ component: componentSchema, amount });

/** A month `YYYY-MM`. */
const yearMonth = v.pipe(
  v.string(),
  v.check(
    (value) => /^\d{4}-\d{2}$/.test(value) && isValidIsoDateOrMonth(value),
    'expected a month as YYYY-MM',
  ),
);

/** First and last month, inclusive; the first must not come after the last. */
export const monthSpanSchema = v.pipe(
  v.object({ from: yearMonth, to: yearMonth }),
  v.check((span) => span.from <= span.to, 'the span must not end before it starts'),
);

/**
 * The estimate is what remains after the support already promised before a date (as the
 * Commission's letter of 17 Nov 2025 says of its figure): money promised before then is inside
 * the need already and is not subtracted again in the net reading.
 */
export const netOfSchema = v.object({
  before: isoDateOrMonth,
  /** The source's words on what the figure already counts. */
  statement: nonEmpty,
  sources,
});

/** Another source's value for a figure, kept beside the one used (never hidden). */
export const needConflictSchema = v.object({
  /** Which figure it disputes: `amount`, or `breakdown.<component>`. */
  field: v.pipe(
    v.string(),
    v.regex(
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
export const needEstimateSchema = v.object({
  id,
  label: nonEmpty,
  /** For the switcher and the chart axis. */
  shortLabel: nonEmpty,
  amount,
  currency: currencySchema,
  qualifier: v.picklist(needQualifierValues),
  period: nonEmpty,
  /** The months the need is for: coverage is prorated to them. */
  window: monthSpanSchema,
  statedBy: nonEmpty,
  /** What the figure covers, in the source's words where possible. */
  basis: nonEmpty,
  breakdown: v.optional(
    v.pipe(
      v.array(v.object({ component: componentSchema, label: nonEmpty, amount })),
      v.minLength(1),
    ),
  ),
  sources,
  conflicts: v.optional(v.array(needConflictSchema)),
  /** Set when the source says the figure is net of support promised before a date. */
  netOf: v.optional(netOfSchema),
});

/** A need figure for another period or scope: shown for context, never as a 2026-27 estimate. */
export const needContextSchema = v.object({
  id,
  label: nonEmpty,
  amount,
  /** Upper end of a range ("USD 150-170bn"). */
  amountHigh: v.optional(amount),
  currency: currencySchema,
  qualifier: v.picklist(needQualifierValues),
  period: nonEmpty,
  scope: nonEmpty,
  sources,
});

export const trancheSchema = v.object({
  label: nonEmpty,
  amount,
  currency: currencySchema,
  date: isoDateOrMonth,
  /** Only `paid` tranches count as disbursed. */
  status: v.picklist(trancheStatusValues),
  parts: v.optional(v.array(partSchema)),
  note: v.optional(nonEmpty),
  sources,
});

/** Money that covers part of the need. */
export const coverageItemSchema = v.object({
  id,
  label: nonEmpty,
  /** Donor codes (explorer filter); empty for an international institution such as the IMF. */
  donors: v.array(donorCode),
  amount,
  currency: currencySchema,
  qualifier: v.picklist(needQualifierValues),
  /** Status of the amount not yet paid; paid tranches count as disbursed. */
  status: v.picklist(coverageStatusValues),
  period: nonEmpty,
  /** The months the money is spread over (a one-off payment: one month). */
  span: monthSpanSchema,
  /** Which part of the need it covers, when the source says so. */
  parts: v.optional(v.pipe(v.array(partSchema), v.minLength(1))),
  dates: v.pipe(v.array(v.object({ what: nonEmpty, date: isoDateOrMonth })), v.minLength(1)),
  note: nonEmpty,
  tranches: v.optional(v.array(trancheSchema)),
  /** The pledges.json lines it was taken from. */
  pledgeIds: v.optional(
    v.array(v.pipe(v.string(), v.regex(/^[A-Z][0-9]{3,7}$/, 'expected an id such as E002'))),
  ),
  sources,
});

/** Shown beside the coverage with the reason it is not counted. */
export const notCountedSchema = v.object({
  id,
  label: nonEmpty,
  amount,
  currency: currencySchema,
  reason: nonEmpty,
  sources,
});

export const timelineEventSchema = v.object({
  id,
  date: isoDateOrMonth,
  endDate: v.optional(isoDateOrMonth),
  title: nonEmpty,
  what: nonEmpty,
  outcome: nonEmpty,
  status: v.picklist(eventStatusValues),
  /** Countries or institutions involved (for the explorer's donor highlight). */
  donors: v.array(donorCode),
  sources,
});

/**
 * How the EU framed its own share of a need estimate: the EU's part (an item of the coverage)
 * and the rest, which it left to partners.
 */
export const euFramingSchema = v.object({
  estimateId: id,
  euItemId: id,
  statement: nonEmpty,
  sources,
});

export const financingDataSchema = v.object({
  title: nonEmpty,
  asOf: isoDateOrMonth,
  compiledFrom: nonEmpty,
  framing: v.optional(euFramingSchema),
  needs: v.object({
    defaultEstimate: id,
    estimates: v.pipe(v.array(needEstimateSchema), v.minLength(1)),
    context: v.array(needContextSchema),
  }),
  coverage: v.array(coverageItemSchema),
  notCounted: v.array(notCountedSchema),
  timeline: v.pipe(v.array(timelineEventSchema), v.minLength(1)),
});

export type FinancingSource = v.InferOutput<typeof financingSourceSchema>;
export type NeedComponent = v.InferOutput<typeof componentSchema>;
export type NeedEstimate = v.InferOutput<typeof needEstimateSchema>;
export type NeedContext = v.InferOutput<typeof needContextSchema>;
export type NeedConflict = v.InferOutput<typeof needConflictSchema>;
export type CoverageItem = v.InferOutput<typeof coverageItemSchema>;
export type CoverageStatus = (typeof coverageStatusValues)[number];
export type Tranche = v.InferOutput<typeof trancheSchema>;
export type NotCountedItem = v.InferOutput<typeof notCountedSchema>;
export type TimelineEvent = v.InferOutput<typeof timelineEventSchema>;
export type FinancingData = v.InferOutput<typeof financingDataSchema>;
export type MonthSpan = v.InferOutput<typeof monthSpanSchema>;
export type NetOf = v.InferOutput<typeof netOfSchema>;
export type EuFraming = v.InferOutput<typeof euFramingSchema>;
