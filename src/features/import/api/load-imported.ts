import type { KielDataExplorerParse } from '@/features/kiel';
import { type ParsedPledgeFile, PLEDGES_URL, parsePledgeRows } from '@/features/pledges';
import { fetchJson } from '@/lib/fetch-json';
import type { DataSetKind } from '../model/import-types';
import { addToBundled } from '../model/merge-pledges';
import { importLabels } from '../import-labels';
import { getDataSetStore } from '../storage/store-instance';

/** The active data set is no longer in this browser (removed in another tab, storage cleared). */
export class MissingDataSetError extends Error {
  readonly id: string;
  readonly kind: DataSetKind;
  constructor(id: string, kind: DataSetKind) {
    super();
    this.name = 'MissingDataSetError';
    this.id = id;
    this.kind = kind;
    // Worded when read, in the language in use: the error stays in the query cache across a switch.
    Object.defineProperty(this, 'message', { get: () => importLabels().missingSet[kind] });
  }
}

async function load(kind: DataSetKind, id: string) {
  const stored = await getDataSetStore().get(id);
  if (!stored || stored.payload.kind !== kind) throw new MissingDataSetError(id, kind);
  return stored;
}

/**
 * An imported pledge list, in the shape the bundled pledges.json has after its parsing. A list
 * kept to add to the bundled data is merged with today's bundled file here (addToBundled) and
 * checked again as a whole, so links between the two (a share of a bundled joint package) hold
 * and no package is counted twice; the rows the file itself lost at the import stay listed.
 */
export async function loadImportedPledges(
  id: string,
  signal?: AbortSignal,
): Promise<ParsedPledgeFile> {
  const stored = await load('pledges', id);
  const { payload } = stored;
  if (payload.kind !== 'pledges') throw new MissingDataSetError(id, 'pledges');
  if (stored.mode !== 'add') return payload.data;
  const bundled = parsePledgeRows(await fetchJson(PLEDGES_URL, signal), PLEDGES_URL);
  const merged = parsePledgeRows(
    addToBundled(bundled.dataset, payload.data.dataset, stored.fileName),
    stored.fileName,
  );
  return {
    dataset: merged.dataset,
    rejected: [...bundled.rejected, ...payload.data.rejected, ...merged.rejected],
  };
}

/** An imported Kiel data explorer, in the shape parseKielDataExplorer returns. */
export async function loadImportedKiel(id: string): Promise<KielDataExplorerParse> {
  const { payload } = await load('kiel', id);
  if (payload.kind !== 'kiel') throw new MissingDataSetError(id, 'kiel');
  return payload.data;
}
