import { PageText } from '@/components/data-text';
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
import { ChartFrame } from '@/components/chart-frame';
import { legendLabel, TOOLTIP_ITEM_STYLE } from '@/components/chart-text';
import { DataTable } from '@/components/data-table';
import { hatchedFill } from '@/components/hatch-fill';
import { donorName } from '@/lib/donors';
import { formatNumber, formatSourceDate } from '@/lib/format';
import { euOptionsText } from '../eu-options-text';
import type { EuOptionsData, Guarantee } from '../api/eu-options-schema';
import { formatEurBnRange } from './comparison-cell';
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
  const t = euOptionsText();
  const { guarantees } = data;
  const rows = [...guarantees.countries].sort((a, b) => b.amountEurBn - a.amountEurBn);
  const selected = (code: string) => highlight.includes(code);
  const label = (g: Guarantee) =>
    `${donorName(g.code)}${selected(g.code) ? t.selected : ''} · ${formatNumber(g.amountEurBn, 1)}`;
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
      title={t.guaranteesTitle}
      units={t.guaranteesUnits}
      source={<SourceList sources={guarantees.sources} label={t.reportedBy} inline />}
      asOf={formatSourceDate(data.asOf)}
      notes={
        <>
          <p>{guarantees.basis}</p>
          <p>
            <PageText text={guarantees.note} />
          </p>
          {anySelected && <p>{t.selectedNote}</p>}
        </>
      }
      table={
        <DataTable
          caption={t.guaranteesCaption}
          columns={[
            {
              key: 'country',
              header: t.memberState,
              cell: (g: Guarantee) => `${donorName(g.code)}${selected(g.code) ? t.selected : ''}`,
            },
            {
              key: 'amount',
              header: t.guaranteeColumn,
              numeric: true,
              cell: (g: Guarantee) => formatNumber(g.amountEurBn, 1),
            },
            {
              key: 'sources',
              header: t.sources,
              cell: (g: Guarantee) => <SourceList sources={g.sources} short inline />,
            },
          ]}
          rows={rows}
          rowKey={(g) => g.code}
          footer={{ country: t.reportedTogether, amount: formatNumber(sum, 1) }}
        />
      }
    >
      <ResponsiveContainer width="100%" height={64 + rows.length * 34}>
        <BarChart
          data={chartRows}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
          title={t.guaranteesSvgTitle}
          desc={t.guaranteesDesc}
        >
          <CartesianGrid {...VERTICAL_LINES_ONLY} stroke="var(--color-grid)" />
          <XAxis type="number" tickFormatter={(value: number) => formatNumber(value, 0)} />
          <YAxis type="category" dataKey="name" width="auto" interval={0} />
          <Tooltip
            formatter={(value) => formatEurBnRange({ amountEurBn: Number(value) })}
            itemStyle={TOOLTIP_ITEM_STYLE}
          />
          {anySelected && <Legend formatter={legendLabel} />}
          <Bar
            dataKey="reported"
            name={t.reportedGuarantee}
            stackId="g"
            fill={GUARANTEE_COLOUR}
            isAnimationActive={false}
          />
          <Bar
            dataKey="selected"
            name={t.reportedGuaranteeSelected}
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
