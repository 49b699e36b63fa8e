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
import { formatDecimal, formatEurMillions, formatMoney, formatSourceDate } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';
import { purlChartText } from '../purl-chart-messages';
import type { PurlChartText } from '../purl-chart-text';
import { useMemo } from 'react';
import type { PledgeSelection, PreparedPledges } from '@/features/pledges/model/pledge-view';
import { purlTimelineView, type PurlEvent } from '../model/purl-timeline';
import { PURL_COLOURS } from './purl-colours';
import { StatedTotals } from './stated-totals';
import { useTakeaways } from '@/features/briefing/model/use-takeaways';

interface PurlTimelineChartProps {
  /** The rows of the current filter; the chart picks and orders the PURL events. */
  selection: PledgeSelection;
  /** The data set (its columns, package index and rates). */
  prepared: Pick<PreparedPledges, 'columns' | 'index' | 'rates'>;
  asOf: string;
  fxNote: string;
}

const columns = (text: PurlChartText): DataColumn<PurlEvent>[] => [
  { key: 'date', header: text.columns.date, cell: (e) => formatSourceDate(e.date) },
  {
    key: 'what',
    header: text.columns.label,
    cell: (e) => (
      <>
        <span className="block">{e.label}</span>
        <span className="muted small">{e.description}</span>
      </>
    ),
  },
  {
    key: 'amount',
    header: text.columns.amount,
    numeric: true,
    cell: (e) => formatMoney(e.amount, e.currency),
  },
  { key: 'eur', header: text.columns.eur, numeric: true, cell: (e) => formatEurMillions(e.eur) },
  {
    key: 'adds',
    header: text.columns.adds,
    numeric: true,
    cell: (e) => formatEurMillions(e.addsEur),
  },
  {
    key: 'running',
    header: text.columns.running,
    numeric: true,
    cell: (e) => formatEurMillions(e.runningEur),
  },
];

/** Each PURL package at its announcement date, with the running total that counts every euro once. */
export function PurlTimelineChart({ selection, prepared, asOf, fxNote }: PurlTimelineChartProps) {
  const text = purlChartText();
  const { events } = useMemo(() => purlTimelineView(selection, prepared), [selection, prepared]);
  const takeaways = useTakeaways();
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
      title={text.title}
      summary={events.length > 0 ? takeaways?.purlTimelineTakeaway(events, false) : undefined}
      explore={{
        layout: 'vertical-bars',
        categories: data.map((row) => `${row.tick}: ${row.label}`),
        series: [text.single, text.jointTotal, text.running],
        stacked: 2,
        value: (event, series) => {
          const row = data[event];
          if (!row) return undefined;
          const value = [row.single, row.joint, row.running][series];
          return value === 0 && series < 2 ? undefined : value;
        },
        format: (value) => messages().pledges.eurMillionTooltip(formatDecimal(value)),
      }}
      units={text.units}
      source={text.source}
      asOf={formatSourceDate(asOf)}
      notes={
        <>
          <p>
            {text.notes} {fxNote}
          </p>
          <StatedTotals />
        </>
      }
      table={
        <DataTable
          caption={text.caption}
          columns={columns(text)}
          rows={events}
          rowKey={(e) => e.id}
          footer={{
            date: messages().frame.total,
            running: last ? formatEurMillions(last.runningEur) : '–',
          }}
        />
      }
    >
      {events.length === 0 ? (
        <p className="empty">{text.noMatch}</p>
      ) : (
        <ResponsiveContainer width="100%" height={320}>
          <ComposedChart
            data={data}
            margin={{ top: 8, right: 8, bottom: 4, left: 4 }}
            accessibilityLayer={false}
            title={text.svgTitle}
            desc={text.desc}
          >
            <CartesianGrid vertical={false} stroke="var(--color-grid)" />
            <XAxis
              dataKey="tick"
              interval="preserveStartEnd"
              minTickGap={24}
              tick={{ fontSize: 12 }}
            />
            <YAxis yAxisId="left" tickFormatter={(v: number) => formatDecimal(v)} width={56} />
            <YAxis
              yAxisId="right"
              orientation="right"
              tickFormatter={(v: number) => formatDecimal(v)}
              width={56}
            />
            <Tooltip
              formatter={(value, name) => [
                messages().pledges.eurMillionTooltip(formatDecimal(Number(value))),
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
              name={text.single}
              fill={PURL_COLOURS.single}
              isAnimationActive={false}
            />
            <Bar
              yAxisId="left"
              dataKey="joint"
              stackId="e"
              name={text.jointTotal}
              fill={hatchedFill(PURL_COLOURS.joint)}
              isAnimationActive={false}
            />
            <Line
              yAxisId="right"
              dataKey="running"
              name={text.running}
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
