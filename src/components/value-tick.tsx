import { useChartFontSize } from '@/lib/theme/use-chart-font-size';
import type { CategoryTickProps } from './category-tick';

/**
 * A value axis label under its tick, as Recharts draws it (same class, so theme and tests treat it
 * alike), without Recharts' `Text`: given the axis width, that one measures every word of every
 * label in the DOM to wrap it, a forced layout on each redraw. A number label never wraps.
 */
export function ValueTick({
  x,
  y,
  payload,
  fill,
  format,
}: CategoryTickProps & { format: (value: number) => string }) {
  const fontSize = useChartFontSize();
  const value = payload?.value;
  const text =
    typeof value === 'number' ? format(value) : typeof value === 'string' ? value : '';
  return (
    <text
      x={Number(x ?? 0)}
      y={Number(y ?? 0)}
      dy="0.71em"
      textAnchor="middle"
      fontSize={fontSize}
      fill={fill ?? 'currentColor'}
      className="recharts-cartesian-axis-tick-value"
    >
      {text}
    </text>
  );
}
