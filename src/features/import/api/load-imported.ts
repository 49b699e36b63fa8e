import type { KielDataExplorerParse } from '@/features/kiel/model/parse-kiel';
import type { ParsedPledgeFile } from '@/features/pledges/model/parse-pledge-rows';
import type { DataSetKind } from '../model/import-types';
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
  return stored.payload;
}

/** An imported pledge list, in the shape the bundled pledges.json has after its parsing. */
export async function loadImportedPledges(id: string): Promise<ParsedPledgeFile> {
  const payload = await load('pledges', id);
  if (payload.kind !== 'pledges') throw new MissingDataSetError(id, 'pledges');
  return payload.data;
}

/** An imported Kiel data explorer, in the shape parseKielDataExplorer returns. */
export async function loadImportedKiel(id: string): Promise<KielDataExplorerParse> {
  const payload = await load('kiel', id);
  if (payload.kind !== 'kiel') throw new MissingDataSetError(id, 'kiel');
  return payload.data;
}
