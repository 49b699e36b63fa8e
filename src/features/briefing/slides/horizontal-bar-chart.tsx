import type { ReactNode } from 'react';
import { BarChart, CartesianGrid, XAxis, YAxis, type AxisDomain, type Margin } from 'recharts';
import { VERTICAL_LINES_ONLY } from '@/components/value-grid-lines';
import type { ChartSize } from '../model/slide-types';
import { TickLines } from '@/components/category-tick';
import { DEFAULT_LABEL_SHARE, labelColumnWidth, labelLines, tickStyle } from './chart-bits';

const DEFAULT_MARGIN: Margin = { top: 4, right: 24, bottom: 4, left: 4 };

interface HorizontalBarChartProps<Key extends string, Row extends Record<Key, string>> {
  size: ChartSize;
  /** One row per bar, top to bottom. */
  data: readonly Row[];
  /** The row field with the bar's label (drawn on the left; the label column fits the longest). */
  categoryKey: Key;
  /** The SVG's title (what a screen reader announces for the chart). */
  title: string;
  /** The value axis's tick text (called with the value only, never Recharts' tick index). */
  formatValue: (value: number) => string;
  /** At most this share of the chart's width goes to the label column (default 0.4). */
  maxLabelShare?: number;
  /** The value axis's domain (default: Recharts' own, from 0 to the largest stack). */
  valueDomain?: AxisDomain;
  margin?: Margin;
  barCategoryGap?: string;
  /** The bars (and any reference line). */
  children: ReactNode;
}

/**
 * A slide's horizontal bar chart: a `BarChart` with `layout="vertical"` at the slide's size,
 * a vertical-only grid, values along the bottom and one label per bar on the left (every
 * label shown), in the slide's font size and palette. The slide supplies the bars.
 */
export function HorizontalBarChart<Key extends string, Row extends Record<Key, string>>({
  size,
  data,
  categoryKey,
  title,
  formatValue,
  maxLabelShare = DEFAULT_LABEL_SHARE,
  valueDomain,
  margin = DEFAULT_MARGIN,
  barCategoryGap,
  children,
}: HorizontalBarChartProps<Key, Row>) {
  const tick = tickStyle(size);
  const labels = data.map((row) => row[categoryKey]);
  const width = labelColumnWidth(labels, size, maxLabelShare);
  // A wrapped label is centred on its bar: the first's and the last's extra lines stand above and
  // below the plot, so the margins make room for them (the chart's edge cut them).
  const overhang = (label: string | undefined) =>
    Math.ceil((labelLines(label ?? '', width, size.fontSize).length - 1) * 0.55 * size.fontSize);
  const chartMargin: Margin = {
    ...margin,
    top: Math.max(margin.top ?? 0, overhang(labels[0])),
    bottom: Math.max(margin.bottom ?? 0, overhang(labels.at(-1))),
  };
  return (
    <BarChart
      width={size.width}
      height={size.height}
      data={data}
      layout="vertical"
      margin={chartMargin}
      {...(barCategoryGap === undefined ? {} : { barCategoryGap })}
      title={title}
    >
      <CartesianGrid {...VERTICAL_LINES_ONLY} stroke={size.palette.grid} />
      <XAxis
        type="number"
        {...(valueDomain === undefined ? {} : { domain: valueDomain })}
        tick={tick}
        tickFormatter={(value: number) => formatValue(value)}
        stroke={size.palette.muted}
      />
      <YAxis
        type="category"
        dataKey={categoryKey}
        width={width}
        interval={0}
        tick={(props: SlideTickProps) => (
          <SlideCategoryTick {...props} width={width} fontSize={size.fontSize} fill={tick.fill} />
        )}
        stroke={size.palette.muted}
      />
      {children}
    </BarChart>
  );
}

interface SlideTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** A category label right-aligned at the axis, wrapped (measured) to the label column: never cut. */
function SlideCategoryTick({
  x,
  y,
  payload,
  width,
  fontSize,
  fill,
}: SlideTickProps & { width: number; fontSize: number; fill: string }) {
  const value = payload?.value;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  return (
    <TickLines
      x={x}
      y={y}
      lines={labelLines(text, width, fontSize)}
      fontSize={fontSize}
      fill={fill}
      className="recharts-cartesian-axis-tick-value"
    />
  );
}
