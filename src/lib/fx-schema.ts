import { z } from 'zod/mini';
import { currencySchema, isoDateOrMonth, nonEmpty, sourceSchema } from './schema-primitives';

/** One reference rate: how many EUR one unit of `currency` is worth, with its date and source. */
export const fxRateSchema = z.object({
  currency: currencySchema,
  eurPerUnit: z.number().check(z.positive()),
  date: isoDateOrMonth,
  derivation: nonEmpty,
  source: sourceSchema,
});

export const fxRatesSchema = z.object({
  title: nonEmpty,
  asOf: isoDateOrMonth,
  method: nonEmpty,
  rates: z.array(fxRateSchema).check(z.minLength(1)),
});

export type FxRate = z.infer<typeof fxRateSchema>;
export type FxRates = z.infer<typeof fxRatesSchema>;
