import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFrame } from '@/components/chart-frame';
import { legendLabel, TOOLTIP_ITEM_STYLE } from '@/components/chart-text';
import { DataTable, type DataColumn } from '@/components/data-table';
import { hatchedFill } from '@/components/hatch-fill';
import { formatEurMillions, formatMoney, formatSourceDate } from '@/lib/format';
import type { PurlEvent } from '../model/purl-timeline';
import { PURL_COLOURS } from './purl-colours';
import { StatedTotals } from './stated-totals';

interface PurlTimelineChartProps {
  events: readonly PurlEvent[];
  asOf: string;
  fxNote: string;
}

const columns: DataColumn<PurlEvent>[] = [
  { key: 'date', header: 'Announced', cell: (e) => formatSourceDate(e.date) },
  {
    key: 'what',
    header: 'Package or contribution',
    cell: (e) => (
      <>
        <span className="block">{e.label}</span>
        <span className="muted small">{e.description}</span>
      </>
    ),
  },
  {
    key: 'amount',
    header: 'Amount (original)',
    numeric: true,
    cell: (e) => formatMoney(e.amount, e.currency),
  },
  { key: 'eur', header: 'EUR m (converted)', numeric: true, cell: (e) => formatEurMillions(e.eur) },
  {
    key: 'adds',
    header: 'Adds to running total (EUR m)',
    numeric: true,
    cell: (e) => formatEurMillions(e.addsEur),
  },
  {
    key: 'running',
    header: 'Running total (EUR m)',
    numeric: true,
    cell: (e) => formatEurMillions(e.runningEur),
  },
];

/** Each PURL package at its announcement date, with the running total that counts every euro once. */
export function PurlTimelineChart({ events, asOf, fxNote }: PurlTimelineChartProps) {
  const data = events.map((e) => ({
    key: e.id,
    tick: formatSourceDate(e.date),
    label: e.label,
    description: e.description,
    joint: e.joint ? e.eur / 1e6 : 0,
    single: e.joint ? 0 : e.eur / 1e6,
    running: e.runningEur / 1e6,
  }));
  const last = events.at(-1);
  return (
    <ChartFrame
      id="purl-over-time"
      title="PURL packages over time"
      units="EUR million, converted at reference rates: bars = each package or contribution at announcement, line = running total without double counting"
      source={<>project research file of sourced pledges (sources per line in the pledge table)</>}
      asOf={formatSourceDate(asOf)}
      notes={
        <>
          <p>
            Joint packages are one hatched bar; their known country shares are listed with them and
            the rest is “not attributed to one country”. {fxNote}
          </p>
          <StatedTotals />
        </>
      }
      table={
        <DataTable
          caption="PURL packages and contributions in date order"
          columns={columns}
          rows={events}
          rowKey={(e) => e.id}
          footer={{ date: 'Total', running: last ? formatEurMillions(last.runningEur) : '–' }}
        />
      }
    >
      {events.length === 0 ? (
        <p className="empty">No PURL pledges match this filter.</p>
      ) : (
        <ResponsiveContainer width="100%" height={320}>
          <ComposedChart
            data={data}
            margin={{ top: 8, right: 8, bottom: 4, left: 4 }}
            title="PURL packages over time, EUR million"
            desc="Bars for each package at its announcement date, a line for the running total; the data table has the same numbers."
          >
            <CartesianGrid vertical={false} stroke="var(--color-grid)" />
            <XAxis
              dataKey="tick"
              interval="preserveStartEnd"
              minTickGap={24}
              tick={{ fontSize: 12 }}
            />
            <YAxis
              yAxisId="left"
              tickFormatter={(v: number) => v.toLocaleString('en-GB')}
              width={56}
            />
            <YAxis
              yAxisId="right"
              orientation="right"
              tickFormatter={(v: number) => v.toLocaleString('en-GB')}
              width={56}
            />
            <Tooltip
              formatter={(value, name) => [
                `EUR ${Number(value).toLocaleString('en-GB', { maximumFractionDigits: 0 })}m`,
                name,
              ]}
              labelFormatter={(_label, payload) => {
                const item = payload?.[0]?.payload as
                  { label?: string; tick?: string; description?: string } | undefined;
                return item ? `${item.tick}: ${item.label}. ${item.description}` : '';
              }}
              wrapperStyle={{ maxWidth: 360, whiteSpace: 'normal' }}
              itemStyle={TOOLTIP_ITEM_STYLE}
            />
            <Legend formatter={legendLabel} />
            <Bar
              yAxisId="left"
              dataKey="single"
              stackId="e"
              name="Single-country contribution"
              fill={PURL_COLOURS.single}
              isAnimationActive={false}
            />
            <Bar
              yAxisId="left"
              dataKey="joint"
              stackId="e"
              name="Joint package (total)"
              fill={hatchedFill(PURL_COLOURS.joint)}
              isAnimationActive={false}
            />
            <Line
              yAxisId="right"
              dataKey="running"
              name="Running total (right axis)"
              stroke={PURL_COLOURS.running}
              strokeWidth={2}
              dot={{ r: 3 }}
              type="stepAfter"
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      )}
    </ChartFrame>
  );
}
