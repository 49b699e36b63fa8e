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
import { ChartFrame } from '@/components/chart-frame';
import { legendLabel, TOOLTIP_ITEM_STYLE } from '@/components/chart-text';
import { DataTable } from '@/components/data-table';
import { hatchedFill } from '@/components/hatch-fill';
import { donorName } from '@/lib/donors';
import { formatNumber, formatSourceDate } from '@/lib/format';
import type { EuOptionsData, Guarantee } from '../api/eu-options-schema';
import { SourceList } from './source-list';

export const GUARANTEE_COLOUR = '#0b5cad';
export const SELECTED_COLOUR = '#8a3b00';
const SELECTED_FILL = hatchedFill(SELECTED_COLOUR);

interface GuaranteesChartProps {
  data: EuOptionsData;
  highlight: readonly string[];
}

/** Plan B's national guarantees as reported; countries in the donor filter are hatched, outlined and labelled. */
export function GuaranteesChart({ data, highlight }: GuaranteesChartProps) {
  const { guarantees } = data;
  const rows = [...guarantees.countries].sort((a, b) => b.amountEurBn - a.amountEurBn);
  const selected = (code: string) => highlight.includes(code);
  const label = (g: Guarantee) =>
    `${donorName(g.code)}${selected(g.code) ? ' (selected)' : ''} · ${formatNumber(g.amountEurBn, 1)}`;
  const chartRows = rows.map((g) => ({
    name: label(g),
    reported: selected(g.code) ? undefined : g.amountEurBn,
    selected: selected(g.code) ? g.amountEurBn : undefined,
  }));
  const anySelected = rows.some((g) => selected(g.code));
  const sum = rows.reduce((total, g) => total + g.amountEurBn, 0);
  return (
    <ChartFrame
      id="plan-b-guarantees"
      title="Plan B: national guarantees as reported"
      units="EUR bn per member state, reparations loan, shared by GNI/economic weight"
      source={<SourceList sources={guarantees.sources} label="reported by" inline />}
      asOf={formatSourceDate(data.asOf)}
      notes={
        <>
          <p>{guarantees.basis}</p>
          <p>{guarantees.note}</p>
          {anySelected && (
            <p>Countries in your donor filter are hatched, outlined and marked “(selected)”.</p>
          )}
        </>
      }
      table={
        <DataTable
          caption="Plan B national guarantees as reported, EUR bn"
          columns={[
            {
              key: 'country',
              header: 'Member state',
              cell: (g: Guarantee) =>
                `${donorName(g.code)}${selected(g.code) ? ' (selected)' : ''}`,
            },
            {
              key: 'amount',
              header: 'Guarantee (EUR bn)',
              numeric: true,
              cell: (g: Guarantee) => formatNumber(g.amountEurBn, 1),
            },
            {
              key: 'sources',
              header: 'Sources',
              cell: (g: Guarantee) => <SourceList sources={g.sources} short inline />,
            },
          ]}
          rows={rows}
          rowKey={(g) => g.code}
          footer={{ country: 'Reported countries together', amount: formatNumber(sum, 1) }}
        />
      }
    >
      <ResponsiveContainer width="100%" height={64 + rows.length * 34}>
        <BarChart
          data={chartRows}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
          title="Plan B national guarantees, EUR bn"
          desc="Horizontal bars, one per member state with a reported guarantee; the data table has the same numbers."
        >
          <CartesianGrid horizontal={false} stroke="var(--color-grid)" />
          <XAxis type="number" tickFormatter={(value: number) => formatNumber(value, 0)} />
          <YAxis type="category" dataKey="name" width={190} interval={0} tick={{ fontSize: 13 }} />
          <Tooltip
            formatter={(value) => `EUR ${formatNumber(Number(value), 1)} bn`}
            itemStyle={TOOLTIP_ITEM_STYLE}
          />
          {anySelected && <Legend formatter={legendLabel} />}
          <Bar
            dataKey="reported"
            name="Reported guarantee"
            stackId="g"
            fill={GUARANTEE_COLOUR}
            isAnimationActive={false}
          />
          <Bar
            dataKey="selected"
            name="Reported guarantee, country in your donor filter"
            stackId="g"
            fill={SELECTED_FILL}
            stroke="#14181f"
            strokeWidth={2}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
