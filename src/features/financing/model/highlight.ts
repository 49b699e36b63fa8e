import type { CoverageLine } from './coverage-lines';

export interface HighlightShare {
  eur: number;
  /** Of `eur`, what the net reading subtracts (promised on or after its dividing date). */
  netEur: number;
  /** Item labels of the selected donors, once each. */
  items: string[];
}

/** What the donors selected in the explorer contribute to the coverage; null when none selected. */
export function highlightShare(
  lines: readonly CoverageLine[],
  highlight: readonly string[],
  netKeys: ReadonlySet<string> = new Set(),
): HighlightShare | null {
  if (highlight.length === 0) return null;
  const selected = new Set(highlight);
  const mine = lines.filter((line) => line.donors.some((donor) => selected.has(donor)));
  const items = [...new Set(mine.map((line) => line.itemId))].map(
    (id) =>
      mine.find((line) => line.itemId === id)?.label.replace(/: (paid|not yet paid)$/, '') ?? id,
  );
  const sum = (list: readonly CoverageLine[]) => list.reduce((s, line) => s + (line.eur ?? 0), 0);
  return { eur: sum(mine), netEur: sum(mine.filter((line) => netKeys.has(line.key))), items };
}

/** True when any of `donors` is selected. */
export function isHighlighted(donors: readonly string[], highlight: readonly string[]): boolean {
  return donors.some((donor) => highlight.includes(donor));
}
