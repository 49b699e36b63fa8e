import { importText } from '../import-text';

/**
 * Why this browser could not keep a data set, in words (the raw IndexedDB error stays in `cause`
 * for the console; the interface never shows it).
 */
export class StorageUnavailableError extends Error {
  readonly reason: 'missing' | 'full' | 'failed';
  constructor(reason: 'missing' | 'full' | 'failed', cause?: unknown) {
    super(importText().storage[reason], { cause });
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
