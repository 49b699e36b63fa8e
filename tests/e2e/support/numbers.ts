// Numbers as the dashboard prints them, read back for comparisons (en-GB formatting).

/** "1,234.5" / "€1,234.5M" / "−12.0" -> 1234.5 / 1234.5 / -12; NaN when there is no number. */
export function parseAmount(text: string): number {
  const match = /[-−]?\d[\d,]*(?:\.\d+)?/.exec(text);
  if (!match) return Number.NaN;
  return Number(match[0].replace(/,/g, '').replace('−', '-'));
}

/**
 * A compact money figure such as "€32.5B" or "€950M" in EUR million, with the rounding
 * its display implies (half a unit of the last digit shown), or null when there is none.
 */
export function parseCompactEur(text: string): { millions: number; tolerance: number } | null {
  const match = /€(\d[\d,]*)(?:\.(\d+))?(B|M|K)?/.exec(text);
  if (!match) return null;
  const scale = match[3] === 'B' ? 1000 : match[3] === 'M' ? 1 : match[3] === 'K' ? 0.001 : 1e-6;
  const decimals = match[2]?.length ?? 0;
  const value = Number(`${(match[1] ?? '').replace(/,/g, '')}.${match[2] ?? '0'}`);
  return { millions: value * scale, tolerance: 0.5 * 10 ** -decimals * scale };
}
