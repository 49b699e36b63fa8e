import * as v from 'valibot';
import {
  currencySchema,
  finiteNumber,
  isoDateOrMonth,
  nonEmpty,
  sourceSchema,
} from './schema-primitives';

/** One reference rate: how many EUR one unit of `currency` is worth, with its date and source. */
export const fxRateSchema = v.object({
  currency: currencySchema,
  eurPerUnit: v.pipe(finiteNumber, v.gtValue(0)),
  date: isoDateOrMonth,
  derivation: nonEmpty,
  source: sourceSchema,
});

export const fxRatesSchema = v.object({
  title: nonEmpty,
  asOf: isoDateOrMonth,
  method: nonEmpty,
  rates: v.pipe(v.array(fxRateSchema), v.minLength(1)),
});

export type FxRate = v.InferOutput<typeof fxRateSchema>;
export type FxRates = v.InferOutput<typeof fxRatesSchema>;
