import type { QueryClient } from '@tanstack/react-query';
import { kielQueries } from '@/features/kiel';
import { pledgeQueries } from '@/features/pledges';
import {
  BUNDLED_ID,
  type DataSetKind,
  type DataSetMeta,
  type DataSetPayload,
  summaryFor,
} from '../model/import-types';
import { getActiveSelection, setActiveDataSet } from '@/lib/data-sets/active-selection';
import type { ImportMode } from '../model/merge-pledges';
import { newDataSetId } from '../storage/data-set-store';
import { getDataSetStore } from '../storage/store-instance';
import type { KeepResult, PendingImport } from '../worker/import-client';
import { dataSetQueries } from './data-set-queries';
import { announceDataSetChange } from './data-set-sync';

/**
 * Keep a checked file and put it in use. Stored first (by the worker that checked it, straight
 * into IndexedDB), switched after: if storing fails, the data in use and the registry stay as
 * they were. When the browser cannot store it, it is kept for this session and `kept` says why.
 * The page then loads the rows through the normal query path.
 */
export async function acceptImport(
  client: QueryClient,
  pending: PendingImport,
  now: Date,
  /** A pledge list adds to the bundled lines or replaces them; a Kiel file always replaces. */
  mode: ImportMode = 'add',
): Promise<{ meta: DataSetMeta; kept: KeepResult }> {
  // The report of the chosen way (a pledge list may be usable added to the bundled lines only).
  const summary = summaryFor(
    pending.summary,
    pending.summary.kind === 'pledges' ? mode : 'replace',
  );
  if (!summary.usable) throw new Error('This file was refused; there is nothing to keep.');
  const meta: DataSetMeta = {
    id: newDataSetId(now),
    kind: summary.kind,
    fileName: summary.fileName.slice(0, 300) || 'unnamed file',
    importedAt: now.toISOString(),
    format: summary.format,
    accepted: summary.accepted,
    rejected: summary.rejected.length,
    warnings: summary.warnings.length,
    release: summary.release,
    mode: summary.kind === 'pledges' ? mode : 'replace',
  };
  const kept = await pending.keep(meta);
  if (kept.kept === 'browser') announceDataSetChange();
  await client.invalidateQueries({ queryKey: dataSetQueries.all() });
  setActiveDataSet(meta.kind, meta.id);
  return { meta, kept };
}

/** Remove an imported set; when it is in use, the bundled data takes over. */
export async function removeDataSet(
  client: QueryClient,
  id: string,
  kind: DataSetKind,
): Promise<void> {
  if (id === BUNDLED_ID) throw new Error('The bundled data cannot be removed.');
  await getDataSetStore().remove(id);
  announceDataSetChange();
  if (getActiveSelection()[kind] === id) setActiveDataSet(kind, BUNDLED_ID);
  client.removeQueries({
    queryKey:
      kind === 'pledges'
        ? pledgeQueries.dataset(id).queryKey
        : kielQueries.dataExplorer(id).queryKey,
  });
  await client.invalidateQueries({ queryKey: dataSetQueries.all() });
}

/** The rows of any data set (bundled included), for the preview and the exports. */
export async function loadPayload(
  client: QueryClient,
  kind: DataSetKind,
  id: string,
): Promise<DataSetPayload> {
  if (kind === 'pledges') {
    return { kind, data: await client.fetchQuery(pledgeQueries.dataset(id)) };
  }
  return { kind, data: await client.fetchQuery(kielQueries.dataExplorer(id)) };
}
