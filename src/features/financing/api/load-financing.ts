import { DataFormatError, fetchJson } from '@/lib/fetch-json';
import { parseWith } from '@/lib/validate';
import { FINANCING_URL } from './financing-queries';
import { financingDataSchema, type FinancingData } from './financing-schema';
import { checkFinancingConsistency } from './validate-financing';

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
