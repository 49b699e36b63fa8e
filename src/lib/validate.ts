import type { z } from 'zod/mini';
import { DataFormatError } from './fetch-json';

/** Format a zod issue path as `pledges[3].amount`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** Validate `data` against `schema`; throws DataFormatError naming the file and each bad field. */
export function parseWith<S extends z.ZodMiniType>(schema: S, data: unknown, url: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data as z.infer<S>;
  const problems = result.error.issues.map(
    (issue) => `${formatPath(issue.path) || '(root)'}: ${issue.message}`,
  );
  throw new DataFormatError(url, problems);
}
