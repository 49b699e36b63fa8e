/** What Recharts passes to a custom axis tick (the parts used here). */
export interface CategoryTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  fill?: string;
}

/** Average glyph width at 13 px in the system sans-serif, for the one-line test (no measuring). */
const CHAR_WIDTH = 7.2;

/**
 * The label of a category axis, e.g. "Germany · €17.1B", right-aligned at the axis: one line
 * when it fits `width`, else the name over the amount. Recharts' own tick measures every word in
 * the DOM to wrap it, on every redraw; this one estimates from the length and measures nothing.
 */
export function CategoryTick({
  x,
  y,
  payload,
  fill,
  width,
}: CategoryTickProps & { width: number }) {
  const value = payload?.value;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  const cut = text.lastIndexOf(' · ');
  const lines =
    cut === -1 || text.length * CHAR_WIDTH <= width - 12
      ? [text]
      : [text.slice(0, cut + 2), text.slice(cut + 3)];
  const left = Number(x ?? 0) - 4;
  return (
    <text
      x={left}
      y={Number(y ?? 0)}
      textAnchor="end"
      fontSize={13}
      fill={fill ?? 'currentColor'}
      className="category-tick"
    >
      {lines.map((line, index) => (
        <tspan
          key={index}
          x={left}
          dy={index === 0 ? `${(1 - lines.length) * 0.55 + 0.35}em` : '1.1em'}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}
