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
import { VERTICAL_LINES_ONLY } from '@/components/value-grid-lines';
import { TOOLTIP_ITEM_STYLE } from '@/components/chart-text';
import { formatNumber } from '@/lib/format';
import type { DonorAllocation, KielCategory, KielMeasure } from '../model/kiel-selectors';
import { KIEL_COLOURS, kielLabels, kielLegendOrder, kielLegendLabel } from './kiel-series';
import { kielText } from '../kiel-text';
import { FlatBar } from '@/components/flat-bar';
import { useChartFontSize } from '@/lib/theme/use-chart-font-size';
import { endTickMargin, categoryAxisWidth } from '@/lib/text-width';

interface KielAllocationsBarsProps {
  rows: readonly DonorAllocation[];
  categories: readonly KielCategory[];
  measure: KielMeasure;
}

/** Horizontal stacked bars, one per donor; the chart grows with the number of donors. */
export function KielAllocationsBars({ rows, categories, measure }: KielAllocationsBarsProps) {
  const decimals = measure === 'gdp' ? 3 : 2;
  const text = kielText();
  const labels = kielLabels();
  const unit = measure === 'gdp' ? text.measureGdp : text.measureEur;
  const data = rows.map((row) => ({
    ...row,
    label: `${row.name} · ${formatNumber(row.total, decimals)}`,
  }));
  const fontSize = useChartFontSize();
  const tickDecimals = measure === 'gdp' ? 2 : 0;
  const right = endTickMargin(
    Math.max(0, ...rows.map((row) => row.total)),
    (value) => formatNumber(value, tickDecimals),
    fontSize,
  );
  const height = Math.max(160, 64 + rows.length * (fontSize * 2 + 2));
  // Sized from the labels' text (canvas), not Recharts' width="auto", which measures every tick
  // in the DOM (a forced layout) on each redraw.
  const axisWidth = categoryAxisWidth(
    data.map((row) => row.label),
    fontSize,
    Number.POSITIVE_INFINITY,
  );
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={data}
        layout="vertical"
        accessibilityLayer={false}
        margin={{ top: 4, right, bottom: 4, left: 4 }}
        title={text.allocationsSvgTitle(unit)}
        desc={text.allocationsDesc(rows.length, categories.map((c) => labels[c]).join(', '))}
      >
        <CartesianGrid {...VERTICAL_LINES_ONLY} stroke="var(--color-grid)" />
        <XAxis type="number" tickFormatter={(value: number) => formatNumber(value, tickDecimals)} />
        <YAxis type="category" dataKey="label" width={axisWidth} interval={0} />
        <Tooltip
          formatter={(value) => `${formatNumber(Number(value), decimals)} ${unit}`}
          itemStyle={TOOLTIP_ITEM_STYLE}
        />
        <Legend itemSorter={kielLegendOrder} formatter={kielLegendLabel} />
        {categories.map((category) => (
          <Bar
            key={category}
            dataKey={category}
            name={labels[category]}
            stackId="donor"
            fill={KIEL_COLOURS[category]}
            isAnimationActive={false}
            shape={FlatBar}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
