import { queryOptions, useQuery } from '@tanstack/react-query';
import { DATA_BASE, DataFormatError, fetchJson } from '@/lib/fetch-json';
import { parseWith } from '@/lib/validate';
import { financingDataSchema, type FinancingData } from './financing-schema';
import { checkFinancingConsistency } from './validate-financing';

export const FINANCING_URL = `${DATA_BASE}/financing.json`;

/** Validated financing.json: schema, then the sums and references the schema cannot check. */
export async function loadFinancing(signal?: AbortSignal): Promise<FinancingData> {
  const data = parseWith(
    financingDataSchema,
    await fetchJson(FINANCING_URL, signal),
    FINANCING_URL,
  );
  const problems = checkFinancingConsistency(data);
  if (problems.length > 0) throw new DataFormatError(FINANCING_URL, problems);
  return data;
}

export const financingQueries = {
  data: () =>
    queryOptions({
      queryKey: ['financing', 'data'] as const,
      queryFn: ({ signal }) => loadFinancing(signal),
      staleTime: Infinity,
    }),
};

export function useFinancingData() {
  return useQuery(financingQueries.data());
}
