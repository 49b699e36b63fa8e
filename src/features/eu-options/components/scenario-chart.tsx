import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { HORIZONTAL_LINES_ONLY, VERTICAL_LINES_ONLY } from '@/components/value-grid-lines';
import { ChartLegend } from '@/components/chart-legend';
import { TOOLTIP_ITEM_STYLE } from '@/components/chart-text';
import { messages } from '@/lib/i18n/messages';
import { formatNumber } from '@/lib/format';
import { euOptionsText } from '../eu-options-text';
import { eurBn } from './calculator-outputs';
import type { ScenarioYear } from '../model/scenario';

/** Interest is money paid (blue); a guarantee is contingent (dark orange, and the computed one grey). */
export const SCENARIO_COLOURS = { paid: '#0b5cad', reported: '#8a3b00', computed: '#555555' };

interface ScenarioChartProps {
  series: readonly ScenarioYear[];
  countryName: string;
  reportedEurBn: number | null;
  computedEurBn: number | null;
}

/**
 * Two panels, each on its own scale: (1) the country's Plan A interest paid up to each year;
 * (2) the total over all years beside the Plan B guarantee, reported and computed, on one common
 * axis so their sizes compare honestly. Before, the guarantee (about €51B) was two unlabelled lines
 * over interest bars of about €5B, and the lines were missing from the legend.
 */
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
  const total = series.at(-1)?.cumulativeShareEurBn ?? null;
  const compare = [
    { name: t.totalPaid(series.length), value: total, colour: SCENARIO_COLOURS.paid },
    { name: t.reportedBar, value: reportedEurBn, colour: SCENARIO_COLOURS.reported },
    { name: t.computedBar, value: computedEurBn, colour: SCENARIO_COLOURS.computed },
  ].filter((row): row is { name: string; value: number; colour: string } => row.value !== null);
  return (
    <div className="eu-scenario-chart">
      <ChartLegend
        label={messages().frame.legend}
        items={[
          { label: t.paidSoFar(countryName), colour: SCENARIO_COLOURS.paid },
          ...(reportedEurBn === null
            ? []
            : [{ label: t.reportedLine(eurBn(reportedEurBn)), colour: SCENARIO_COLOURS.reported }]),
          ...(computedEurBn === null
            ? []
            : [{ label: t.computedLine(eurBn(computedEurBn)), colour: SCENARIO_COLOURS.computed }]),
        ]}
      />
      <p className="eu-scenario-chart__panel">{t.panelPaid(countryName)}</p>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart
          data={data}
          margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
          title={t.chartSvgTitle(countryName)}
          desc={t.chartDesc}
        >
          <CartesianGrid {...HORIZONTAL_LINES_ONLY} stroke="var(--color-grid)" />
          <XAxis dataKey="name" interval="preserveStartEnd" />
          <YAxis tickFormatter={(value: number) => formatNumber(value, 1)} width="auto" />
          <Tooltip formatter={(value) => eurBn(Number(value))} itemStyle={TOOLTIP_ITEM_STYLE} />
          <Bar
            dataKey="share"
            name={t.paidSoFar(countryName)}
            fill={SCENARIO_COLOURS.paid}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
      <p className="eu-scenario-chart__panel">{t.panelCompare}</p>
      <ResponsiveContainer width="100%" height={48 + compare.length * 44}>
        <BarChart
          data={compare}
          layout="vertical"
          margin={{ top: 4, right: 96, bottom: 4, left: 4 }}
          title={t.compareSvgTitle(countryName)}
        >
          <CartesianGrid {...VERTICAL_LINES_ONLY} stroke="var(--color-grid)" />
          <XAxis type="number" tickFormatter={(value: number) => formatNumber(value, 0)} />
          <YAxis type="category" dataKey="name" width="auto" interval={0} />
          <Bar dataKey="value" isAnimationActive={false}>
            {compare.map((row) => (
              <Cell key={row.name} fill={row.colour} />
            ))}
            <LabelList
              dataKey="value"
              position="right"
              formatter={(value: unknown) => eurBn(Number(value))}
              className="eu-scenario-chart__value"
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
