import type * as v from 'valibot';
import { DataFormatError } from './fetch-json';
import { formatPath } from './format-path';
import { issuePath, safeParseData } from './schema-primitives';

/** Validate `data` against `schema`; throws DataFormatError naming the file and each bad field. */
export function parseWith<S extends v.GenericSchema>(
  schema: S,
  data: unknown,
  url: string,
): v.InferOutput<S> {
  const result = safeParseData(schema, data);
  if (result.success) return result.output;
  const problems = result.issues.map(
    (issue) => `${formatPath(issuePath(issue)) || '(root)'}: ${issue.message}`,
  );
  throw new DataFormatError(url, problems);
}
