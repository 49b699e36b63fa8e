import { queryOptions, useQuery } from '@tanstack/react-query';
import { DATA_BASE } from '@/lib/fetch-json';

export const EU_OPTIONS_URL = `${DATA_BASE}/eu-options.json`;

/**
 * The schema and cross-field rules (load-eu-options.ts) download with the first query: the
 * explorer's first view names this query (freshness notes, the overview's cards) but runs it later.
 */
const loadEuOptions = (signal: AbortSignal) =>
  import('./load-eu-options').then((code) => code.loadEuOptions(signal));

/** Query factories for the EU options file (a static file: never stale). */
export const euOptionsQueries = {
  data: () =>
    queryOptions({
      queryKey: ['eu-options', 'data'] as const,
      queryFn: ({ signal }) => loadEuOptions(signal),
      staleTime: Infinity,
    }),
};

export function useEuOptions() {
  return useQuery(euOptionsQueries.data());
}
