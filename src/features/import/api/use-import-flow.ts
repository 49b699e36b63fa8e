import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { pledgeQueries } from '@/features/pledges';
import type { DataSetKind, ImportSummary } from '../model/import-types';
import type { ImportMode } from '../model/merge-pledges';
import { analyseFile, type PendingImport } from '../worker/import-client';
import type { ImportStage } from '../worker/worker-protocol';
import { acceptImport } from './data-set-actions';
import { importText } from '../import-text';
import type { StorageReason } from '../storage/storage-error';
import { BUNDLED_ID } from '../model/import-types';

export type ImportFlowState =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string; stage: ImportStage; fraction: number }
  /** `bundledIds`: the bundled pledge ids, for the add-or-replace preview (null: not loaded). */
  | { step: 'report'; file: File; summary: ImportSummary; bundledIds: string[] | null }
  | { step: 'saving'; file: File; summary: ImportSummary; bundledIds: string[] | null }
  /** `sessionOnly`: why this browser could not keep it (in use until the tab closes), as a code. */
  | {
      step: 'done';
      fileName: string;
      kind: DataSetKind;
      mode: ImportMode;
      sessionOnly: StorageReason | null;
    }
  /** `error`: kept as thrown and worded when shown (`failureMessage`), in the language then. */
  | { step: 'failed'; fileName: string; during: 'check' | 'keep'; error: unknown };

/** What a failed step says, in the language in use: errors word their message when read. */
export function failureMessage(state: Extract<ImportFlowState, { step: 'failed' }>): string {
  const detail = state.error instanceof Error ? state.error.message : String(state.error);
  return state.during === 'keep' ? importText().failures.keepFailed(detail) : detail;
}

/**
 * Choose a file -> check it in the worker -> show the report -> keep it or cancel. Nothing is
 * stored and nothing changes until "Use this data"; a failure or a cancel leaves all as it was.
 * The checked rows stay in the worker; this hook holds only the report and a handle to them.
 */
export function useImportFlow(now: () => Date = () => new Date()) {
  const client = useQueryClient();
  const [state, setState] = useState<ImportFlowState>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const pending = useRef<PendingImport | null>(null);
  const drop = useCallback(() => {
    abort.current?.abort();
    abort.current = null;
    pending.current?.discard();
    pending.current = null;
  }, []);
  useEffect(() => drop, [drop]);

  const check = useCallback(
    async (file: File, kind?: DataSetKind, release?: string) => {
      drop();
      const controller = new AbortController();
      abort.current = controller;
      setState({ step: 'checking', fileName: file.name, stage: 'reading', fraction: 0 });
      try {
        // The rates for the pledge preview (cached; without them the preview says so).
        const fx = await client.fetchQuery(pledgeQueries.fxRates()).catch(() => null);
        // The bundled pledges: the preview says what adding to them does.
        const bundled = await client
          .fetchQuery(pledgeQueries.dataset(BUNDLED_ID))
          .then((parsed) => parsed.dataset)
          .catch(() => null);
        const bundledIds = bundled ? bundled.pledges.map((pledge) => pledge.id) : null;
        const result = await analyseFile(file, {
          kind,
          release,
          now: now(),
          fx,
          bundled,
          signal: controller.signal,
          onProgress: (stage, fraction) => {
            if (!controller.signal.aborted) {
              setState({ step: 'checking', fileName: file.name, stage, fraction });
            }
          },
        });
        if (controller.signal.aborted) {
          result.discard();
          return;
        }
        pending.current = result;
        setState({ step: 'report', file, summary: result.summary, bundledIds });
      } catch (error) {
        if (controller.signal.aborted) return;
        setState({
          step: 'failed',
          fileName: file.name,
          during: 'check',
          error,
        });
      }
    },
    [client, drop, now],
  );

  const cancel = useCallback(() => {
    drop();
    setState({ step: 'idle' });
  }, [drop]);

  /** `mode`: a pledge list adds to the bundled lines or replaces them (Kiel: always replaces). */
  const accept = useCallback(
    async (mode: ImportMode = 'add') => {
      const handle = pending.current;
      if (state.step !== 'report' || !handle) return;
      const { file, summary, bundledIds } = state;
      setState({ step: 'saving', file, summary, bundledIds });
      try {
        const { meta, kept } = await acceptImport(client, handle, now(), mode);
        setState({
          step: 'done',
          fileName: file.name,
          kind: summary.kind,
          mode: meta.mode ?? 'replace',
          sessionOnly: kept.kept === 'session' ? kept.reason : null,
        });
      } catch (error) {
        setState({
          step: 'failed',
          fileName: file.name,
          during: 'keep',
          error,
        });
      } finally {
        if (pending.current === handle) drop();
      }
    },
    [client, drop, now, state],
  );

  return { state, check, cancel, accept };
}
