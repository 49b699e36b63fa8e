import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { legendLabel, TOOLTIP_ITEM_STYLE } from '@/components/chart-text';
import { formatNumber } from '@/lib/format';
import type { ScenarioYear } from '../model/scenario';

interface ScenarioChartProps {
  series: readonly ScenarioYear[];
  countryName: string;
  reportedEurBn: number | null;
  computedEurBn: number | null;
}

/** The country's cumulative Plan A interest share by year, against its Plan B guarantee (lines). */
export function ScenarioChart({
  series,
  countryName,
  reportedEurBn,
  computedEurBn,
}: ScenarioChartProps) {
  const data = series.map((point) => ({
    name: `Year ${point.year}`,
    share: point.cumulativeShareEurBn ?? undefined,
  }));
  return (
    <ResponsiveContainer width="100%" height={300}>
      <BarChart
        data={data}
        margin={{ top: 24, right: 16, bottom: 4, left: 4 }}
        title={`${countryName}: Plan A interest share, cumulative, against the Plan B guarantee, EUR bn`}
        desc="Bars: the country's share of Plan A's interest paid up to each year. Lines: its Plan B guarantee, reported (solid) and computed with the GDP key (dashed). The data table has the same numbers."
      >
        <CartesianGrid vertical={false} stroke="var(--color-grid)" />
        <XAxis dataKey="name" interval="preserveStartEnd" />
        <YAxis tickFormatter={(value: number) => formatNumber(value, 0)} width={48} />
        <Tooltip
          formatter={(value) => `EUR ${formatNumber(Number(value), 2)} bn`}
          itemStyle={TOOLTIP_ITEM_STYLE}
        />
        <Legend formatter={legendLabel} />
        <Bar
          dataKey="share"
          name={`${countryName}: Plan A interest paid so far`}
          fill="#0b5cad"
          isAnimationActive={false}
        />
        {reportedEurBn !== null && (
          <ReferenceLine
            y={reportedEurBn}
            stroke="#8a3b00"
            strokeWidth={2}
            ifOverflow="extendDomain"
            label={{
              value: `Plan B, reported: ${formatNumber(reportedEurBn, 1)}`,
              position: 'insideTopLeft',
              fill: '#14181f',
              fontSize: 12,
            }}
          />
        )}
        {computedEurBn !== null && (
          <ReferenceLine
            y={computedEurBn}
            stroke="#14181f"
            strokeWidth={2}
            strokeDasharray="6 4"
            ifOverflow="extendDomain"
            label={{
              value: `Plan B, computed with GDP key: ${formatNumber(computedEurBn, 1)}`,
              position: 'insideBottomRight',
              fill: '#14181f',
              fontSize: 12,
            }}
          />
        )}
      </BarChart>
    </ResponsiveContainer>
  );
}
