import { parsePledgeRows, type ParsedPledgeFile, type PledgeDataset } from '@/features/pledges';

/** The id a raw row gives, as the schema reads it (a string), else null. */
function rawId(row: unknown): string | null {
  if (typeof row !== 'object' || row === null || !('id' in row)) return null;
  return typeof row.id === 'string' ? row.id : null;
}

/**
 * Check a pledge file's rows as they will be used when added to the bundled pledges: the file's
 * rows first (so their positions, and the row numbers in the reasons, are the file's own), then
 * every bundled line whose id the file does not have (rule: a line of the file replaces the
 * bundled line with the same id). A share of a bundled joint package (`shareOf: P013`), a country
 * total spanning one (`spans`) or a line included in a bundled one (`includedIn`) then resolves;
 * the same link checks as pledges.json keep a package from being counted twice.
 *
 * Returns the file's part only: its lines that passed (with the file's header) and its rows that
 * did not (positions in the file). Bundled lines left out here are not the file's faults; the
 * preview names them from the merge as it will be loaded (summarise). Throws DataFormatError on a
 * bad header, as parsePledgeRows does.
 */
export function parseWithBundled(
  file: unknown,
  bundled: PledgeDataset,
  fileName: string,
): ParsedPledgeFile {
  // No list of rows: the file's header check refuses it, in its own words.
  if (typeof file !== 'object' || file === null || !('pledges' in file)) {
    return parsePledgeRows(file, fileName);
  }
  if (!Array.isArray(file.pledges)) return parsePledgeRows(file, fileName);
  const rows: readonly unknown[] = file.pledges;
  const fileIds = new Set(rows.map(rawId).filter((id): id is string => id !== null));
  const others = bundled.pledges.filter((pledge) => !fileIds.has(pledge.id));
  const merged = parsePledgeRows({ ...file, pledges: [...rows, ...others] }, fileName);
  const count = rows.length;
  return {
    dataset: {
      dataset: merged.dataset.dataset,
      pledges: merged.dataset.pledges.filter((pledge) => fileIds.has(pledge.id)),
    },
    rejected: merged.rejected.filter((row) => row.index < count),
  };
}
