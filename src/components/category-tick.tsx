import { useChartFontSize } from '@/lib/theme/use-chart-font-size';

/** What Recharts passes to a custom axis tick (the parts used here). */
export interface CategoryTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  fill?: string;
}

/** Average glyph width at 13 px in a wide system sans-serif, for line breaking (no measuring). */
const CHAR_WIDTH = 7.2;

/** Greedy word wrap by estimated width: amounts keep no-break spaces, so they never split. */
export function wrapLabel(text: string, width: number, fontSize = 13): string[] {
  const max = Math.max(8, Math.floor((width - 12) / ((CHAR_WIDTH * fontSize) / 13)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= max) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The label of a category axis, e.g. "Germany · €17.1B", right-aligned at the axis and wrapped to
 * `width` at spaces. Recharts' own tick measures every word in the DOM to wrap it, on every
 * redraw; this one estimates from the length and measures nothing. The text size is the theme's.
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
  const fontSize = useChartFontSize();
  return (
    <TickLines
      x={x}
      y={y}
      lines={wrapLabel(text, width, fontSize)}
      fontSize={fontSize}
      fill={fill ?? 'currentColor'}
      className="category-tick"
    />
  );
}

/** Lines of an axis label, right-aligned 4 px left of `x` and centred on `y` as a block. */
export function TickLines({
  x,
  y,
  lines,
  fontSize,
  fill,
  className,
}: {
  x?: number | string | undefined;
  y?: number | string | undefined;
  lines: readonly string[];
  fontSize: number;
  fill: string;
  className: string;
}) {
  const left = Number(x ?? 0) - 4;
  return (
    <text
      x={left}
      y={Number(y ?? 0)}
      textAnchor="end"
      fontSize={fontSize}
      fill={fill}
      className={className}
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
