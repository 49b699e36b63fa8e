import { queryOptions, useQuery } from '@tanstack/react-query';
import { DATA_BASE, fetchJson } from '@/lib/fetch-json';
import { parseWith } from '@/lib/validate';
import { purlTotalsSchema } from './purl-totals-schema';

export const PURL_TOTALS_URL = `${DATA_BASE}/purl-running-totals.json`;

export const purlQueries = {
  statedTotals: () =>
    queryOptions({
      queryKey: ['purl', 'stated-totals'] as const,
      queryFn: async ({ signal }) =>
        parseWith(purlTotalsSchema, await fetchJson(PURL_TOTALS_URL, signal), PURL_TOTALS_URL),
      staleTime: Infinity,
    }),
};

/** The running totals the PURL partners stated. */
export function useStatedTotals() {
  return useQuery(purlQueries.statedTotals());
}
