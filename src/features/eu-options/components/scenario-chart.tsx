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
import { euOptionsText } from '../eu-options-messages';
import { eurBn } from './calculator-outputs';
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
  const t = euOptionsText();
  const data = series.map((point) => ({
    name: t.year(point.year),
    share: point.cumulativeShareEurBn ?? undefined,
  }));
  return (
    <ResponsiveContainer width="100%" height={300}>
      <BarChart
        data={data}
        margin={{ top: 24, right: 16, bottom: 4, left: 4 }}
        title={t.chartSvgTitle(countryName)}
        desc={t.chartDesc}
      >
        <CartesianGrid vertical={false} stroke="var(--color-grid)" />
        <XAxis dataKey="name" interval="preserveStartEnd" />
        <YAxis tickFormatter={(value: number) => formatNumber(value, 0)} width="auto" />
        <Tooltip formatter={(value) => eurBn(Number(value))} itemStyle={TOOLTIP_ITEM_STYLE} />
        <Legend formatter={legendLabel} />
        <Bar
          dataKey="share"
          name={t.paidSoFar(countryName)}
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
              value: t.reportedLine(formatNumber(reportedEurBn, 1)),
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
              value: t.computedLine(formatNumber(computedEurBn, 1)),
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
