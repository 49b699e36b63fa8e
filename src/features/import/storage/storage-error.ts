import { WordedError } from '@/lib/worded-error';
import { importText } from '../import-text';

/** Why this browser could not keep a data set: no IndexedDB, storage full, or it failed. */
export type StorageReason = 'missing' | 'full' | 'failed';

/**
 * Why this browser could not keep a data set, in words (the raw IndexedDB error stays in `cause`
 * for the console; the interface never shows it).
 */
export class StorageUnavailableError extends WordedError {
  readonly reason: StorageReason;
  constructor(reason: StorageReason, cause?: unknown) {
    // Worded when read, in the language in use: the error is kept in the panel's state.
    super(() => importText().storage[reason], { cause });
    this.name = 'StorageUnavailableError';
    this.reason = reason;
  }
}

/** Any failure of IndexedDB as a StorageUnavailableError ("full" for a quota error). */
export function storageError(error: unknown): StorageUnavailableError {
  if (error instanceof StorageUnavailableError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return new StorageUnavailableError(name === 'QuotaExceededError' ? 'full' : 'failed', error);
}
