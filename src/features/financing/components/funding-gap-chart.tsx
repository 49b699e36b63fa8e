import { useRef } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  pattern,
  patterns,
  type RechartsFill,
} from 'recharts';
import { VERTICAL_LINES_ONLY } from '@/components/value-grid-lines';
import { useBoundedCategoryAxis } from '@/components/bounded-category-axis';
import { TOOLTIP_ITEM_STYLE } from '@/components/chart-text';
import { formatNumber } from '@/lib/format';
import { textWidth } from '@/lib/text-width';
import { financingText } from '../financing-text';
import { formatEurBn } from '../model/format-bn';
import { coverageStatusValues, type CoverageStatus } from '../api/financing-schema';
import type { FundingGapModel } from '../model/funding-gap';
import { gapText } from '../gap-text';
import { gapStepBars, type GapStepBar } from '../model/gap-step-bars';
import { StatusSwatch } from './status-swatch';
import { GAP_COLOUR, NEED_COLOUR, STATUS_COLOURS, statusLabels } from '../model/status-style';

/** Textures drawn over each status colour (defined once, outside the component). */
const TEXTURES: Record<CoverageStatus, RechartsFill | string> = {
  disbursed: STATUS_COLOURS.disbursed,
  decided: {
    color: STATUS_COLOURS.decided,
    definition: pattern({ ...patterns.grid, opacity: 0.55 }),
  },
  pledged: {
    color: STATUS_COLOURS.pledged,
    definition: pattern({ ...patterns.diagonal, strokeWidth: 2, opacity: 0.6 }),
  },
  proposed: {
    color: STATUS_COLOURS.proposed,
    definition: pattern({ ...patterns.dots, opacity: 0.7 }),
  },
};

const bn = (eur: number) => Math.round((eur / 1e9) * 1000) / 1000;
/** A stacked bar's length: the sum of its parts. */
const rowTotal = (row: GapStepBar) =>
  Object.values(row).reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);

interface FundingGapChartProps {
  needLabel: string;
  model: FundingGapModel;
}

/**
 * The gap after each step of certainty, in the reading the source supports: the need, then one
 * bar per status added (what covers it stacked by status, the gap left as a dashed outline).
 */
export function FundingGapChart({ needLabel, model }: FundingGapChartProps) {
  const t = financingText();
  const g = gapText();
  const labels = statusLabels();
  const { readings } = model;
  const need = readings.needEur ?? 0;
  const rows = gapStepBars(readings, needLabel, bn);
  // The labels take at most 45% of the chart (on a phone they took it all and were cut); longer
  // ones wrap, and each bar gets room for its label's lines.
  const box = useRef<HTMLDivElement>(null);
  const axis = useBoundedCategoryAxis(
    box,
    rows.map((row) => row.name),
  );
  const height = Math.max(300, 40 + rows.length * (axis.mostLines * axis.fontSize * 1.15 + 18));
  const margin = { top: 16, right: 32, bottom: 8, left: 8 };
  // As many value ticks as fit the plot, an em apart (on a phone "35" touched "70").
  const top = Math.ceil(Math.max(bn(need), ...rows.map(rowTotal)) / 20) * 20;
  const plotWidth = axis.chartWidth - axis.width - margin.left - margin.right;
  const tickRoom = textWidth(formatNumber(top, 0), axis.fontSize) + axis.fontSize;
  const tickCount = Math.max(2, Math.min(5, Math.floor(plotWidth / tickRoom) + 1));
  return (
    <div className="funding-gap-chart" ref={box}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={margin}
          barCategoryGap="22%"
          title={t.chartSvgTitle}
          desc={`${model.summary.takeaway} ${model.summary.steps}`}
        >
          <CartesianGrid stroke="var(--color-grid)" {...VERTICAL_LINES_ONLY} />
          <XAxis
            type="number"
            domain={[0, top]}
            tickCount={tickCount}
            tickFormatter={(v: number) => `${formatNumber(v, 0)}`}
            unit=""
          />
          <YAxis type="category" dataKey="name" width={axis.width} interval={0} tick={axis.tick} />
          <Tooltip
            itemStyle={TOOLTIP_ITEM_STYLE}
            formatter={(value) => formatEurBn(Number(value) * 1e9)}
          />
          <Bar
            dataKey="need"
            name={t.need}
            stackId="s"
            fill={NEED_COLOUR}
            isAnimationActive={false}
          />
          {coverageStatusValues.map((status) => (
            <Bar
              key={status}
              dataKey={status}
              name={labels[status]}
              stackId="s"
              fill={TEXTURES[status]}
              isAnimationActive={false}
            />
          ))}
          <Bar
            dataKey="gap"
            name={t.remainingGap}
            stackId="s"
            fill="var(--color-chart-surface, #ffffff)"
            stroke={GAP_COLOUR}
            strokeWidth={2}
            strokeDasharray="5 3"
            isAnimationActive={false}
          />
          <ReferenceLine
            x={bn(need)}
            stroke={NEED_COLOUR}
            strokeDasharray="4 4"
            ifOverflow="extendDomain"
          />
        </BarChart>
      </ResponsiveContainer>
      <ul className="funding-gap__legend" aria-label={t.legend}>
        <li>
          <StatusSwatch kind="need" /> {t.need}
        </li>
        {coverageStatusValues.map((status) => (
          <li key={status}>
            <StatusSwatch kind={status} /> {labels[status]}
          </li>
        ))}
        <li>
          <StatusSwatch kind="gap" /> {g.gapLegend}
        </li>
      </ul>
    </div>
  );
}
