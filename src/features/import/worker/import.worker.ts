/// <reference lib="webworker" />
import { loadLocale } from '@/lib/i18n/load-locale';
import type { ImportAnalysis } from '../model/import-types';
import { createIdbStore } from '../storage/idb-store';
import { storageError } from '../storage/storage-error';
import { payloadFor, runAnalysis } from './run-analysis';
import { summarise } from './summarise';
import type { ImportRequest, ImportResponse } from './worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

/**
 * Parses and checks a file off the main thread and keeps the validated rows here: the page gets
 * the report and the preview totals only. On "Use this data" this worker writes the rows to
 * IndexedDB itself (the page then loads them through the normal query path); on cancel the page
 * terminates the worker and the rows are gone. One worker per file.
 */
let pending: ImportAnalysis | null = null;
const post = (message: ImportResponse) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  if (request.type === 'check') {
    // The worker has English only until it loads the page's language (German is on demand).
    loadLocale(request.locale)
      .then(() => {
        const analysis = runAnalysis(request, post);
        pending = analysis;
        post({ type: 'result', summary: summarise(analysis, request.fx, request.bundled) });
      })
      .catch((error: unknown) => {
        post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
      });
    return;
  }
  // The rows of the way the user chose (added to the bundled lines, or on their own).
  const payload = pending ? payloadFor(pending, request.meta) : null;
  if (!payload || payload.kind !== request.meta.kind) {
    post({
      type: 'commit-failed',
      reason: null,
      payload: null,
    });
    return;
  }
  // IndexedDB missing (some private modes) fails here too, in words (StorageUnavailableError).
  createIdbStore('indexedDB' in self ? self.indexedDB : null)
    .put({ ...request.meta, payload })
    .then(
      () => {
        pending = null;
        post({ type: 'committed' });
      },
      (error: unknown) => {
        pending = null;
        // The rows go back to the page, which keeps them for this session and says so.
        post({ type: 'commit-failed', reason: storageError(error).reason, payload });
      },
    );
};
