import { getLocale } from '@/lib/i18n/locale';
import type { FxRates } from '@/lib/fx-schema';
import type { PledgeDataset } from '@/features/pledges';
import type { DataSetKind, DataSetMeta, ImportSummary } from '../model/import-types';
import { importText } from '../import-text';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from '../model/import-limits';
import { WordedError } from '@/lib/worded-error';
import {
  StorageUnavailableError,
  storageError,
  type StorageReason,
} from '../storage/storage-error';
import { getDataSetStore, keepForSession } from '../storage/store-instance';
import { payloadFor, runAnalysis } from './run-analysis';
import { summarise } from './summarise';
import type { ImportRequest, ImportResponse, ImportStage } from './worker-protocol';

export interface AnalyseFileOptions {
  kind?: DataSetKind | undefined;
  release?: string | undefined;
  now: Date;
  /** Reference rates for the pledge preview (null: no pledge preview). */
  fx: FxRates | null;
  /** The bundled pledges, for the preview of adding to them (null: not read). */
  bundled: PledgeDataset | null;
  signal: AbortSignal;
  onProgress: (stage: ImportStage, fraction: number) => void;
}

/**
 * A checked file whose rows wait where they were checked (in the worker): `keep` stores them
 * under a registry entry, `discard` drops them. Exactly one of the two should be called.
 */
export interface PendingImport {
  summary: ImportSummary;
  /**
   * 'kept': stored in this browser. 'session': the browser could not store it (IndexedDB
   * missing, blocked, full or failing; `reason` says which, worded when shown): it is in use until the tab
   * closes or reloads.
   */
  keep: (meta: DataSetMeta) => Promise<KeepResult>;
  discard: () => void;
}

export type KeepResult = { kept: 'browser' } | { kept: 'session'; reason: StorageReason };

export class ImportAbortedError extends Error {
  constructor() {
    super('Import cancelled');
    this.name = 'AbortError';
  }
}

function createWorker(): Worker | null {
  if (typeof Worker === 'undefined' || typeof indexedDB === 'undefined') return null;
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}

/** A failed check, worded when shown (`detail`: the worker's own words, or null when it stopped). */
const failure = (detail: string | null) =>
  new WordedError(() => {
    const text = importText().failures;
    return text.checkFailed(detail ?? text.workerFailed);
  });
const rowsGone = () => new WordedError(() => importText().failures.rowsGone);

/** Where there is no worker (jsdom, very old browsers): the same steps in the page. */
function checkInPage(
  request: Extract<ImportRequest, { type: 'check' }>,
  options: AnalyseFileOptions,
) {
  const analysis = runAnalysis(request, (message) => {
    if (message.type === 'progress') options.onProgress(message.stage, message.fraction);
  });
  let checked: typeof analysis | null = analysis;
  return {
    summary: summarise(analysis, request.fx, request.bundled),
    keep: async (meta) => {
      const payload = checked ? payloadFor(checked, meta) : null;
      if (!payload || payload.kind !== meta.kind) throw rowsGone();
      const set = { ...meta, payload };
      checked = null;
      try {
        await getDataSetStore().put(set);
        return { kept: 'browser' } satisfies KeepResult;
      } catch (error) {
        await keepForSession(set);
        return { kept: 'session', reason: storageError(error).reason } satisfies KeepResult;
      }
    },
    discard: () => {
      checked = null;
    },
  } satisfies PendingImport;
}

/**
 * Read a file and check it in a Web Worker. Only the report and the preview totals come back to
 * the page; the rows stay in the worker until `keep` (the worker writes them to IndexedDB) or
 * `discard` (the worker is terminated). Aborting terminates the worker; nothing is stored.
 */
export async function analyseFile(file: File, options: AnalyseFileOptions): Promise<PendingImport> {
  const { signal, onProgress } = options;
  if (file.size > MAX_IMPORT_BYTES) {
    const mb = String(Math.round(file.size / 1048576));
    throw new WordedError(() => importText().tooLarge(file.name, mb, String(MAX_IMPORT_MB)));
  }
  onProgress('reading', 0.02);
  const buffer = await file.arrayBuffer();
  if (signal.aborted) throw new ImportAbortedError();
  onProgress('reading', 0.1);
  const request: ImportRequest = {
    type: 'check',
    buffer,
    fileName: file.name,
    kind: options.kind,
    release: options.release,
    now: options.now.getTime(),
    locale: getLocale(),
    fx: options.fx,
    bundled: options.bundled,
  };
  const worker = createWorker();
  if (!worker) return checkInPage(request, options);

  const summary = await new Promise<ImportSummary>((resolve, reject) => {
    const onAbort = () => {
      worker.terminate();
      reject(new ImportAbortedError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const settle = (fail?: Error, result?: ImportSummary) => {
      signal.removeEventListener('abort', onAbort);
      if (fail) {
        worker.terminate();
        reject(fail);
      } else if (result) resolve(result);
    };
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.stage, message.fraction);
      else if (message.type === 'result') settle(undefined, message.summary);
      else if (message.type === 'error') settle(failure(message.message));
    };
    worker.onerror = (event) => settle(failure(event.message || null));
    worker.postMessage(request, [buffer]);
  });
  if (!summary.usable && !summary.added?.usable) {
    worker.terminate();
    return { summary, keep: () => Promise.reject(rowsGone()), discard: () => {} };
  }

  let closed = false;
  const discard = () => {
    closed = true;
    worker.terminate();
  };
  const keep = (meta: DataSetMeta) =>
    new Promise<KeepResult>((resolve, reject) => {
      if (closed) {
        reject(rowsGone());
        return;
      }
      worker.onmessage = (event: MessageEvent<ImportResponse>) => {
        const message = event.data;
        if (message.type === 'committed') {
          discard();
          resolve({ kept: 'browser' });
        } else if (message.type === 'commit-failed' && message.payload) {
          discard();
          const reason = message.reason ?? 'failed';
          keepForSession({ ...meta, payload: message.payload }).then(
            () => resolve({ kept: 'session', reason }),
            reject,
          );
        } else if (message.type === 'commit-failed') {
          reject(message.reason ? new StorageUnavailableError(message.reason) : rowsGone());
        }
      };
      worker.onerror = (event) => reject(failure(event.message || null));
      worker.postMessage({ type: 'commit', meta } satisfies ImportRequest);
    });
  return { summary, keep, discard };
}
