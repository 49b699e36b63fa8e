import type { ReactElement, RefObject } from 'react';
import { categoryAxisWidth, widestUnbreakable, wrapText } from '@/lib/text-width';
import { useChartFontSize } from '@/lib/theme/use-chart-font-size';
import { useElementSize } from '@/lib/use-element-size';
import { TickLines, type CategoryTickProps } from './category-tick';

export interface BoundedCategoryAxis {
  /** The chart's measured width (600 before the first measure). */
  chartWidth: number;
  /** The YAxis width: the widest label, at most `share` of the chart. */
  width: number;
  /** The chart text size of the theme. */
  fontSize: number;
  /** The most lines a label wraps to (for the bar height). */
  mostLines: number;
  /** The YAxis tick: the label wrapped to the column, right-aligned at the axis. */
  tick: (props: CategoryTickProps) => ReactElement;
}

/**
 * A category axis for horizontal bars whose label column takes at most `share` of the chart's
 * width: Recharts' width="auto" (or a column as wide as the widest label) left no room for the
 * bars on a phone and cut the labels at the SVG's left edge. Longer labels wrap at spaces.
 */
export function useBoundedCategoryAxis(
  /** The element that holds the chart: its width bounds the label column. */
  ref: RefObject<HTMLElement | null>,
  labels: readonly string[],
  { share = 0.45, minimum = 96 }: { share?: number; minimum?: number } = {},
): BoundedCategoryAxis {
  const { width: chartWidth } = useElementSize(ref, 'width');
  const fontSize = useChartFontSize();
  // Before the first measure (and in tests without layout) the chart is taken as 600 px wide.
  const chart = chartWidth || 600;
  // The column holds at least the widest run that may not break ("+ beschlossen"), up to 60%.
  const unbreakable = Math.max(0, ...labels.map((label) => widestUnbreakable(label, fontSize)));
  const bound = Math.max(minimum, chart * share, Math.min(unbreakable + 14, chart * 0.6));
  const width = categoryAxisWidth(labels, fontSize, bound);
  const lines = (label: string) => wrapText(label, width - 10, fontSize);
  const mostLines = Math.max(1, ...labels.map((label) => lines(label).length));
  const tick = (props: CategoryTickProps) => {
    const value = props.payload?.value;
    const label = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    return (
      <TickLines
        x={props.x}
        y={props.y}
        lines={lines(label)}
        fontSize={fontSize}
        fill={props.fill ?? 'currentColor'}
        className="category-tick"
      />
    );
  };
  return { chartWidth: chart, width, fontSize, mostLines, tick };
}
