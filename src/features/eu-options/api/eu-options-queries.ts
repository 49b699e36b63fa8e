import { queryOptions, useQuery } from '@tanstack/react-query';
import { DATA_BASE, DataFormatError, fetchJson } from '@/lib/fetch-json';
import { getLocale, type Locale } from '@/lib/i18n/locale';
import { parseWith } from '@/lib/validate';
import { localiseEuOptions } from '../model/localise-eu-options';
import { crossCheckEuOptions, euOptionsSchema, type EuOptionsData } from './eu-options-schema';

export const EU_OPTIONS_URL = `${DATA_BASE}/eu-options.json`;

/** Fetch, validate (schema and cross-field rules) and type the EU options file. */
export async function loadEuOptions(signal?: AbortSignal): Promise<EuOptionsData> {
  const data = parseWith(euOptionsSchema, await fetchJson(EU_OPTIONS_URL, signal), EU_OPTIONS_URL);
  const problems = crossCheckEuOptions(data);
  if (problems.length > 0) throw new DataFormatError(EU_OPTIONS_URL, problems);
  return data;
}

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
