import { QueryClient } from '@tanstack/react-query';
import { DataFormatError, DataTimeoutError, HttpError } from '@/lib/fetch-json';

/** Retry what may pass on a second try (network, 5xx); not a missing, malformed or timed-out file. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  if (failureCount >= 2) return false;
  if (error instanceof DataFormatError || error instanceof DataTimeoutError) return false;
  if (error instanceof HttpError && error.status < 500) return false;
  return true;
}

/** Query defaults for static data files: fetched once, retried twice when a retry can help. */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 4000),
        refetchOnWindowFocus: false,
      },
    },
  });
}
