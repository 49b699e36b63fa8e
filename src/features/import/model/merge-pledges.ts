import type { Pledge, PledgeDataset } from '@/features/pledges';

/** The bundled list with imported pledges added (not replaced), and what could not be added. */
export interface PledgeMerge {
  dataset: PledgeDataset;
  added: number;
  /** Imported ids the bundled list already has: named, not added (the bundled row is kept). */
  duplicateIds: string[];
}

/**
 * "Add to the bundled data": the imported pledges after the bundled ones, a pledge whose id the
 * bundled list already has left out and named. The header stays the bundled one, with a note.
 * (Step one of "import adds or replaces by choice"; the import panel does not offer it yet.)
 */
export function addToBundled(
  bundled: PledgeDataset,
  imported: readonly Pledge[],
  fileName: string,
): PledgeMerge {
  const ids = new Set(bundled.pledges.map((pledge) => pledge.id));
  const duplicateIds: string[] = [];
  const added: Pledge[] = [];
  for (const pledge of imported) {
    if (ids.has(pledge.id)) duplicateIds.push(pledge.id);
    else {
      ids.add(pledge.id);
      added.push(pledge);
    }
  }
  return {
    dataset: {
      ...bundled,
      dataset: {
        ...bundled.dataset,
        notes: [...bundled.dataset.notes, `${added.length} pledge(s) added from ${fileName}.`],
      },
      pledges: [...bundled.pledges, ...added],
    },
    added: added.length,
    duplicateIds,
  };
}
