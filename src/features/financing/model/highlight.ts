import type { CoverageLine } from './coverage-lines';

export interface HighlightShare {
  eur: number;
  /** Item labels of the selected donors, once each. */
  items: string[];
}

/** What the donors selected in the explorer contribute to the coverage; null when none selected. */
export function highlightShare(
  lines: readonly CoverageLine[],
  highlight: readonly string[],
): HighlightShare | null {
  if (highlight.length === 0) return null;
  const selected = new Set(highlight);
  const mine = lines.filter((line) => line.donors.some((donor) => selected.has(donor)));
  const items = [...new Set(mine.map((line) => line.itemId))].map(
    (id) =>
      mine.find((line) => line.itemId === id)?.label.replace(/: (paid|not yet paid)$/, '') ?? id,
  );
  return { eur: mine.reduce((sum, line) => sum + (line.eur ?? 0), 0), items };
}

/** True when any of `donors` is selected. */
export function isHighlighted(donors: readonly string[], highlight: readonly string[]): boolean {
  return donors.some((donor) => highlight.includes(donor));
}
