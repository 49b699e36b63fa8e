import { queryOptions, useQuery } from '@tanstack/react-query';
import { DATA_BASE } from '@/lib/fetch-json';
import { getLocale, type Locale } from '@/lib/i18n/locale';
import { localiseFinancing } from '../model/localise-financing';
import type { FinancingData } from './financing-schema';

export const FINANCING_URL = `${DATA_BASE}/financing.json`;

/**
 * The schema and checks (load-financing.ts) download with the first query: the explorer's first
 * view names these queries (freshness notes, the overview's cards) but runs them later or never.
 */
const loadFinancing = (signal: AbortSignal) =>
  import('./load-financing').then((code) => code.loadFinancing(signal));

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
