import { DataFormatError, fetchJson } from '@/lib/fetch-json';
import { parseWith } from '@/lib/validate';
import { EU_OPTIONS_URL } from './eu-options-queries';
import { crossCheckEuOptions, euOptionsSchema, type EuOptionsData } from './eu-options-schema';

/** Fetch, validate (schema and cross-field rules) and type the EU options file. */
export async function loadEuOptions(signal?: AbortSignal): Promise<EuOptionsData> {
  const data = parseWith(euOptionsSchema, await fetchJson(EU_OPTIONS_URL, signal), EU_OPTIONS_URL);
  const problems = crossCheckEuOptions(data);
  if (problems.length > 0) throw new DataFormatError(EU_OPTIONS_URL, problems);
  return data;
}
