import { queryOptions } from '@tanstack/react-query';
import { DATA_BASE, DataFormatError, fetchJson } from '@/lib/fetch-json';
import { fxRatesSchema } from '@/lib/fx-schema';
import { parseWith } from '@/lib/validate';
import { checkPledgeIntegrity } from '../model/integrity';
import { pledgeDatasetSchema } from './pledge-schema';

export const PLEDGES_URL = `${DATA_BASE}/pledges.json`;
export const FX_RATES_URL = `${DATA_BASE}/fx-rates.json`;

/** Query factories for the bundled pledge data (static files: never stale). */
export const pledgeQueries = {
  dataset: () =>
    queryOptions({
      queryKey: ['pledges', 'dataset'] as const,
      queryFn: async ({ signal }) => {
        const dataset = parseWith(
          pledgeDatasetSchema,
          await fetchJson(PLEDGES_URL, signal),
          PLEDGES_URL,
        );
        const problems = checkPledgeIntegrity(dataset, null);
        if (problems.length > 0) {
          throw new DataFormatError(
            PLEDGES_URL,
            problems.map((p) => `${p.id}.${p.field}: ${p.message}`),
          );
        }
        return dataset;
      },
      staleTime: Infinity,
    }),
  fxRates: () =>
    queryOptions({
      queryKey: ['pledges', 'fx-rates'] as const,
      queryFn: async ({ signal }) =>
        parseWith(fxRatesSchema, await fetchJson(FX_RATES_URL, signal), FX_RATES_URL),
      staleTime: Infinity,
    }),
};
