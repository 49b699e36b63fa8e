import type { KielDataExplorerParse } from '@/features/kiel';
import type { ParsedPledgeFile } from '@/features/pledges';
import type { DataSetKind } from '../model/import-types';
import { getDataSetStore } from '../storage/store-instance';

/** The active data set is no longer in this browser (removed in another tab, storage cleared). */
export class MissingDataSetError extends Error {
  readonly id: string;
  constructor(id: string, kind: DataSetKind) {
    super(
      `Your ${kind === 'kiel' ? 'Kiel tracker' : 'pledge'} data set is no longer stored in this browser; switch back to the bundled data or import the file again.`,
    );
    this.name = 'MissingDataSetError';
    this.id = id;
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
