import { queryOptions } from '@tanstack/react-query';
import { DATA_BASE, fetchJson } from '@/lib/fetch-json';
import { fxRatesSchema } from '@/lib/fx-schema';
import { parseWith } from '@/lib/validate';
import { providedLoader } from '@/lib/data-sets/provided-loader';
import { parsePledgeRows, type ParsedPledgeFile } from '../model/parse-pledge-rows';

export const PLEDGES_URL = `${DATA_BASE}/pledges.json`;
/** The file name as people see it in notices. */
export const PLEDGES_FILE_NAME = 'pledges.json';
export const FX_RATES_URL = `${DATA_BASE}/fx-rates.json`;

/** Imported pledge data sets' rows, as the import feature stores them (provided by src/app). */
export const importedPledges = providedLoader<ParsedPledgeFile>('pledge');

/** Query factories for the bundled pledge data (static files: never stale). */
export const pledgeQueries = {
  /**
   * `setId`: `bundled` (pledges.json) or an imported data set. Components use `usePledgeDataset`
   * (or `usePledgeData`), which pass the selection in use and subscribe to it.
   */
  dataset: (setId: string) =>
    queryOptions({
      queryKey: ['pledges', 'dataset', setId] as const,
      /** `{ dataset, rejected }`: the sound rows, and the rows left out with their problems. */
      queryFn: async ({ signal }) =>
        setId === 'bundled'
          ? parsePledgeRows(await fetchJson(PLEDGES_URL, signal), PLEDGES_URL)
          : // Provided by the import feature (src/app/compose-features.ts); loaded only when in use.
            importedPledges.load(setId),
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
