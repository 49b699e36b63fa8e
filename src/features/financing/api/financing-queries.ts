import { queryOptions, useQuery } from '@tanstack/react-query';
import { DATA_BASE, DataFormatError, fetchJson } from '@/lib/fetch-json';
import { getLocale, type Locale } from '@/lib/i18n/locale';
import { parseWith } from '@/lib/validate';
import { localiseFinancing } from '../model/localise-financing';
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

/** One stable select per language (TanStack Query keeps its result while data and select stay). */
const SELECT: Record<Locale, (data: FinancingData) => FinancingData> = {
  en: (data) => data,
  de: (data) => localiseFinancing(data, 'de'),
};

export const financingQueries = {
  /** The data with its text in the current language (see localiseFinancing). */
  data: () =>
    queryOptions({
      queryKey: ['financing', 'data'] as const,
      queryFn: ({ signal }) => loadFinancing(signal),
      staleTime: Infinity,
      select: SELECT[getLocale()],
    }),
};

export function useFinancingData() {
  return useQuery(financingQueries.data());
}
