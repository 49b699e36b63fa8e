import type { Locale } from '@/lib/i18n/locale';
import type { FxRates } from '@/lib/fx-schema';
import type { PledgeDataset } from '@/features/pledges';
import type { StorageReason } from '../storage/storage-error';
import type {
  DataSetKind,
  DataSetMeta,
  DataSetPayload,
  ImportSummary,
} from '../model/import-types';

/** Page -> worker: check a file (the worker keeps its rows), then keep them or drop them. */
export type ImportRequest =
  | {
      type: 'check';
      /** The file's bytes (transferred, not copied). */
      buffer: ArrayBuffer;
      fileName: string;
      kind?: DataSetKind | undefined;
      release?: string | undefined;
      /** Import time (ms since epoch), so the worker and the page agree on it. */
      now: number;
      /** The page's interface language: the worker words the report's reasons in it. */
      locale: Locale;
      /** Reference rates for the pledge preview (null: not available, no pledge preview). */
      fx: FxRates | null;
      /** The bundled pledges, for the preview of adding a pledge list to them (null: not read). */
      bundled: PledgeDataset | null;
    }
  /** Write the checked rows to IndexedDB under this registry entry (from the worker itself). */
  | { type: 'commit'; meta: DataSetMeta };

export type ImportStage = 'reading' | 'decoding' | 'checking' | 'done';

/**
 * Worker -> page. The result carries the report and the preview totals only: the validated rows
 * (~85,000 objects for a 10 MB Kiel file) stay in the worker, as copying them back to the page
 * stalled it for ~0.4 s.
 */
export type ImportResponse =
  | { type: 'progress'; stage: ImportStage; /** 0..1 over the whole import */ fraction: number }
  | { type: 'result'; summary: ImportSummary }
  | { type: 'error'; message: string }
  | { type: 'committed' }
  /**
   * The rows could not be written. `payload` (when the worker still has the rows) comes back so
   * that the page can keep them for the session; `reason` says why (null: the rows were gone),
   * worded on the page when shown.
   */
  | { type: 'commit-failed'; reason: StorageReason | null; payload: DataSetPayload | null };
