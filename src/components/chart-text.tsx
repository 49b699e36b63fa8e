import type { CSSProperties, ReactNode } from 'react';

/**
 * Legend labels in the text colour. Recharts colours them like their series, and most series
 * colours are below the 4.5:1 contrast that text needs; the swatch beside the label carries the colour.
 */
export function legendLabel(value: unknown): ReactNode {
  return <span style={{ color: 'var(--color-text)' }}>{String(value)}</span>;
}

/** Tooltip lines in the text colour, for the same reason (Recharts colours them like the series). */
export const TOOLTIP_ITEM_STYLE: CSSProperties = { color: 'var(--color-text)' };
