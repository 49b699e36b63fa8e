import { memo, useCallback, useMemo, useRef, type ComponentProps, type ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, YAxis } from 'recharts';
import { AxisTitle, axisTitleLayout } from '@/components/axis-title';
import { CategoryTick, type CategoryTickProps } from '@/components/category-tick';
import { TOOLTIP_ITEM_STYLE } from '@/components/chart-text';
import { DeferredTooltip } from '@/components/deferred-tooltip';
import { everyTickVerticalLines, VERTICAL_LINES_ONLY } from '@/components/value-grid-lines';
import { formatDecimal } from '@/lib/format';
import { endTickMargin } from '@/lib/text-width';
import { useElementSize } from '@/lib/use-element-size';
import { DonorValueAxis } from './donor-value-axis';
import { ROW_SUM_KEY } from './donor-row-shape';

/** The value axis's tick labels (the language in use when drawn: a switch renders the page anew). */
const valueTickText = (value: number) => formatDecimal(value, 2);

type BarShape = ComponentProps<typeof Bar>['shape'];
type TooltipContent = ComponentProps<typeof DeferredTooltip>['content'];

export interface DonorBarPlotProps {
  /** One row per bar: its label (`name`), its parts by series key and their sum (ROW_SUM_KEY). */
  data: Record<string, unknown>[];
  /** Height of the rows' part of the chart (without the value axis and its title). */
  rowsHeight: number;
  fontSize: number;
  /** Width of the label column. */
  tickWidth: number;
  /** The largest row total: the value axis's last tick. */
  largest: number;
  axisTitle: string;
  /** The chart's SVG title and description. */
  title: string;
  desc: string;
  /** The Bar's name (the tooltip's total line). */
  totalName: string;
  shape: BarShape;
  tooltipContent: TooltipContent;
  tooltipAmount: (value: unknown) => string;
  /** True once the first view is drawn: the tooltip's code loads then. */
  interactive: boolean;
}

/**
 * The donor chart's drawing, sized from its box's measured width. The width is this component's
 * own state, so a resize redraws it even while the frame keeps an off-screen drawing unchanged
 * (DeferOffscreen), and the first drawing comes in the render that measured the box: with
 * Recharts' ResponsiveContainer its own measurement came one render (and one layout) later.
 * Memoised: every prop keeps its identity until what it draws changes, so a render of the chart
 * for anything else (its takeaway, its notes) does not draw it again.
 */
export const DonorBarPlot = memo(function DonorBarPlot({
  data,
  rowsHeight,
  fontSize,
  tickWidth,
  largest,
  axisTitle,
  title,
  desc,
  totalName,
  shape,
  tooltipContent,
  tooltipAmount,
  interactive,
}: DonorBarPlotProps): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(box, 'width');
  // What is given to Recharts keeps its identity until its inputs change: a new object or
  // function makes Recharts store the axis settings again, and draw the chart once more.
  // The last value tick needs half its width on the right.
  const right = endTickMargin(largest, valueTickText, fontSize);
  const margin = useMemo(() => ({ top: fontSize, right, bottom: 4, left: 4 }), [fontSize, right]);
  // The axis title fits the plot, or spans the label column too, wrapped on a phone.
  const plotWidth = (width || 800) - margin.left - margin.right - tickWidth;
  const titleLayout = useMemo(
    () => axisTitleLayout(axisTitle, fontSize, plotWidth, tickWidth),
    [axisTitle, fontSize, plotWidth, tickWidth],
  );
  const axisHeight = 28 + titleLayout.lines.length * Math.round(fontSize * 1.15);
  const height = rowsHeight + axisHeight - 44;
  const label = useMemo(
    () => ({
      value: axisTitle,
      content: (props: { viewBox?: object }) => (
        <AxisTitle viewBox={props.viewBox} layout={titleLayout} fontSize={fontSize} />
      ),
    }),
    [axisTitle, titleLayout, fontSize],
  );
  const categoryTick = useCallback(
    (props: CategoryTickProps) => <CategoryTick {...props} width={tickWidth} />,
    [tickWidth],
  );
  return (
    <div ref={box} style={{ height }}>
      {width > 0 && (
        <BarChart
          width={width}
          height={height}
          data={data}
          layout="vertical"
          margin={margin}
          accessibilityLayer={false}
          title={title}
          desc={desc}
        >
          <CartesianGrid
            {...VERTICAL_LINES_ONLY}
            stroke="var(--color-grid)"
            verticalCoordinatesGenerator={everyTickVerticalLines}
          />
          <DonorValueAxis
            tickText={valueTickText}
            largest={largest}
            fontSize={fontSize}
            height={axisHeight}
            label={label}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={tickWidth}
            interval={0}
            tick={categoryTick}
          />
          <DeferredTooltip
            ready={interactive}
            formatter={tooltipAmount}
            itemStyle={TOOLTIP_ITEM_STYLE}
            content={tooltipContent}
          />
          <Bar dataKey={ROW_SUM_KEY} name={totalName} isAnimationActive={false} shape={shape} />
        </BarChart>
      )}
    </div>
  );
});
