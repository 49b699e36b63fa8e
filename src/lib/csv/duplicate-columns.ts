/** A column name found more than once in a header, with its 1-based positions. */
export interface DuplicateColumn {
  name: string;
  positions: number[];
}

/**
 * Column names (trimmed, case-insensitive) that appear more than once among `wanted` ones: a
 * reader must not pick one of them in silence. Columns the reader does not use are not listed.
 */
export function duplicateColumns(
  header: readonly string[],
  wanted: readonly string[],
): DuplicateColumn[] {
  const positions = new Map<string, number[]>();
  header.forEach((cell, index) => {
    const key = cell.trim().toLowerCase();
    if (!wanted.includes(key)) return;
    positions.set(key, [...(positions.get(key) ?? []), index + 1]);
  });
  return [...positions]
    .filter(([, found]) => found.length > 1)
    .map(([name, found]) => ({ name, positions: found }));
}
