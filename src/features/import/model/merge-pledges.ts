import type { PledgeDataset } from '@/features/pledges';

/** How an imported pledge list meets the bundled one. Kiel files always replace. */
export const importModes = ['add', 'replace'] as const;
export type ImportMode = (typeof importModes)[number];

/**
 * What an import will do, for the preview: `replacedIds` are imported ids the bundled list
 * already has (rule: the imported line replaces the bundled line with the same id, in its place).
 */
export interface MergePlan {
  mode: ImportMode;
  bundled: number;
  imported: number;
  replacedIds: string[];
  /** Lines in use afterwards. */
  total: number;
}

export function planMerge(
  mode: ImportMode,
  bundledIds: readonly string[],
  importedIds: readonly string[],
): MergePlan {
  if (mode === 'replace') {
    return {
      mode,
      bundled: bundledIds.length,
      imported: importedIds.length,
      replacedIds: [],
      total: importedIds.length,
    };
  }
  const bundled = new Set(bundledIds);
  const replacedIds = [...new Set(importedIds.filter((id) => bundled.has(id)))];
  return {
    mode,
    bundled: bundledIds.length,
    imported: importedIds.length,
    replacedIds,
    total: bundledIds.length + importedIds.length - replacedIds.length,
  };
}

/**
 * "Add to the bundled data": the bundled pledges with the imported ones added after them; an
 * imported pledge whose id the bundled list has replaces that bundled line in its place (the
 * user's file is the newer word). The header stays the bundled one, with a note naming the file.
 * The result is unchecked: run it through parsePledgeRows, which leaves out any line whose links
 * (shareOf, spans, includedIn) no longer hold, so a joint package is never counted twice.
 */
export function addToBundled(
  bundled: PledgeDataset,
  imported: PledgeDataset,
  fileName: string,
): PledgeDataset {
  const byId = new Map(imported.pledges.map((pledge) => [pledge.id, pledge]));
  const kept = bundled.pledges.map((pledge) => byId.get(pledge.id) ?? pledge);
  const bundledIds = new Set(bundled.pledges.map((pledge) => pledge.id));
  const added = imported.pledges.filter((pledge) => !bundledIds.has(pledge.id));
  const replaced = imported.pledges.length - added.length;
  return {
    dataset: {
      ...bundled.dataset,
      notes: [
        ...bundled.dataset.notes,
        `${added.length} pledge(s) added from ${fileName}${replaced ? `, ${replaced} bundled pledge(s) replaced by the file's line with the same id` : ''}.`,
      ],
    },
    pledges: [...kept, ...added],
  };
}
