import type { z } from 'zod/mini';
import { DataFormatError } from './fetch-json';
import { formatPath } from './format-path';

/** Validate `data` against `schema`; throws DataFormatError naming the file and each bad field. */
export function parseWith<S extends z.ZodMiniType>(
  schema: S,
  data: unknown,
  url: string,
): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${formatPath(issue.path) || '(root)'}: ${issue.message}`,
  );
  throw new DataFormatError(url, problems);
}
