import { queryOptions, useQuery } from '@tanstack/react-query';
import { DATA_BASE } from '@/lib/fetch-json';
import { getLocale, type Locale } from '@/lib/i18n/locale';
import { localiseEuOptions } from '../model/localise-eu-options';
import type { EuOptionsData } from './eu-options-schema';

export const EU_OPTIONS_URL = `${DATA_BASE}/eu-options.json`;

/**
 * The schema and cross-field rules (load-eu-options.ts) download with the first query: the
 * explorer's first view names this query (freshness notes, the overview's cards) but runs it later.
 */
const loadEuOptions = (signal: AbortSignal) =>
  import('./load-eu-options').then((code) => code.loadEuOptions(signal));

/** One stable select per language (TanStack Query keeps its result while data and select stay). */
const SELECT: Record<Locale, (data: EuOptionsData) => EuOptionsData> = {
  en: (data) => data,
  de: (data) => localiseEuOptions(data, 'de'),
};

/** Query factories for the EU options file (a static file: never stale). */
export const euOptionsQueries = {
  /** The data with its text in the current language (see localiseEuOptions). */
  data: () =>
    queryOptions({
      queryKey: ['eu-options', 'data'] as const,
      queryFn: ({ signal }) => loadEuOptions(signal),
      staleTime: Infinity,
      select: SELECT[getLocale()],
    }),
};

export function useEuOptions() {
  return useQuery(euOptionsQueries.data());
}
