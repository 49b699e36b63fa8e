import { useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { HORIZONTAL_LINES_ONLY } from '@/components/value-grid-lines';
import { TOOLTIP_ITEM_STYLE } from '@/components/chart-text';
import type { FilterState } from '@/lib/filter-state';
import { formatMonth, formatNumber } from '@/lib/format';
import { KIEL_FILES } from '../api/kiel-queries';
import { useKielDataExplorer } from '../api/use-kiel-data';
import {
  countNegativeToBeAllocated,
  monthlyAllocations,
  selectedCategories,
  type MonthAllocation,
} from '../model/kiel-selectors';
import { KielChartFrame, kielPendingContent } from './kiel-chart-frame';
import { KielMonthlyTable } from './kiel-monthly-table';
import { KielNotes } from './kiel-notes';
import { KIEL_COLOURS, kielLabels, kielLegendOrder, kielLegendLabel } from './kiel-series';
import { kielText } from '../kiel-text';
import { FlatBar } from '@/components/flat-bar';
import { useChartFontSize } from '@/lib/theme/use-chart-font-size';
import { textWidth, categoryAxisWidth } from '@/lib/text-width';

interface KielMonthlyChartProps {
  filters: FilterState;
  /** The chart's one-line summary (the deck's takeaway, given by src/app once its code has loaded). */
  takeaway?: ((months: readonly MonthAllocation[]) => string) | undefined;
}

/** Kiel tracker allocations per month, stacked by category, summed over the selected donors. */
export function KielMonthlyChart({ filters, takeaway }: KielMonthlyChartProps) {
  const query = useKielDataExplorer();
  const parsed = query.data;
  const months = useMemo(
    () => (parsed ? monthlyAllocations(parsed.rows, filters) : []),
    [parsed, filters],
  );
  const negative = useMemo(
    () => (parsed ? countNegativeToBeAllocated(parsed.rows, filters) : 0),
    [parsed, filters],
  );
  const categories = selectedCategories(filters);
  const fontSize = useChartFontSize();
  const text = kielText();
  const labels = kielLabels();
  const frame = {
    id: 'kiel-monthly',
    title: text.monthlyTitle,
    units: text.unitsEur,
  };

  if (!parsed) {
    return (
      <KielChartFrame
        {...frame}
        {...kielPendingContent(query.error, () => void query.refetch(), 320)}
      />
    );
  }

  const hasValues = months.some((month) => month.total > 0);
  // The value axis is sized from its widest possible tick (the largest total and 1.25x for
  // Recharts' nice steps), not with width="auto", which measures every tick in the DOM (a forced
  // layout) on each redraw.
  const axisWidth = categoryAxisWidth(
    [
      formatNumber(Math.max(0, ...months.map((month) => month.total)) * 1.25, 0),
      formatNumber(Math.min(0, ...months.map((month) => month.total)) * 1.25, 0),
    ],
    fontSize,
    Number.POSITIVE_INFINITY,
  );
  return (
    <KielChartFrame
      {...frame}
      summary={takeaway?.(months)}
      explore={
        hasValues
          ? {
              layout: 'vertical-bars',
              categories: months.map((month) => formatMonth(month.period)),
              series: categories.map((category) => labels[category]),
              value: (month, category) => months[month]?.[categories[category] ?? 'military'],
              format: (value) => `${formatNumber(value, 2)} ${text.measureEur}`,
            }
          : undefined
      }
      notes={
        <KielNotes
          file={KIEL_FILES.dataExplorer}
          filters={filters}
          negativeToBeAllocated={negative}
          problems={parsed.problems}
        />
      }
      table={<KielMonthlyTable months={months} categories={categories} />}
    >
      {hasValues ? (
        <ResponsiveContainer width="100%" height={320}>
          <BarChart
            data={months}
            accessibilityLayer={false}
            // The last month's label is centred on its bar near the right edge: half of it must fit.
            margin={{
              top: 4,
              right: Math.max(
                16,
                textWidth(formatMonth(months.at(-1)?.period ?? ''), fontSize) / 2,
              ),
              bottom: 4,
              left: 4,
            }}
            title={text.monthlySvgTitle}
            desc={text.monthlyDesc(
              formatMonth(months[0]?.period ?? ''),
              formatMonth(months.at(-1)?.period ?? ''),
            )}
          >
            <CartesianGrid {...HORIZONTAL_LINES_ONLY} stroke="var(--color-grid)" />
            <XAxis
              dataKey="period"
              tickFormatter={(period: string) => formatMonth(period)}
              minTickGap={16}
            />
            <YAxis tickFormatter={(value: number) => formatNumber(value, 0)} width={axisWidth} />
            <Tooltip
              labelFormatter={(period) => (typeof period === 'string' ? formatMonth(period) : '')}
              formatter={(value) => `${formatNumber(Number(value), 2)} ${text.measureEur}`}
              itemStyle={TOOLTIP_ITEM_STYLE}
            />
            <Legend itemSorter={kielLegendOrder} formatter={kielLegendLabel} />
            {categories.map((category) => (
              <Bar
                key={category}
                dataKey={category}
                name={labels[category]}
                stackId="month"
                fill={KIEL_COLOURS[category]}
                isAnimationActive={false}
                shape={FlatBar}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      ) : (
        <p className="empty">{text.noMatch}</p>
      )}
    </KielChartFrame>
  );
}
