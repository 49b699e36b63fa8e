import { Bar, CartesianGrid, ComposedChart, Line, XAxis, YAxis } from 'recharts';
import { hatchedFill } from '@/components/hatch-fill';
import { PURL_COLOURS } from '@/features/purl/components/purl-colours';
import { formatDecimal, formatSourceDate } from '@/lib/format';
import { purlChartText } from '@/features/purl/purl-chart-messages';
import { BRIEFING_TEXT } from '../briefing-text';
import { describeFilters } from '../model/filter-summary';
import { slideDefinition } from './slide-entry';
import type { SlideDefinition, SlideInputs, SlideModel } from '../model/slide-types';
import { purlTimelineTakeaway } from '../model/takeaways';
import { tickStyle } from './chart-bits';
import { pledgeSource, requireReady } from './slide-sources';

function build(inputs: SlideInputs): SlideModel {
  const { prepared, fxNote, events, eventsPerMonth } = requireReady(inputs.pledges);
  const text = purlChartText();
  const T = BRIEFING_TEXT.explorer;
  return {
    id: 'purl-timeline',
    title: text.title,
    units: T.purlUnits,
    takeaway: purlTimelineTakeaway(events, eventsPerMonth, inputs.filters.donors),
    filterSummary: describeFilters(inputs.filters),
    legend: [
      { label: text.single, colour: PURL_COLOURS.single },
      { label: T.purlJointLegend, colour: PURL_COLOURS.joint, hatched: true },
      { label: text.running, colour: 'currentColor', line: true },
    ],
    csv: {
      columns: [
        text.columns.date,
        text.columns.label,
        T.description,
        T.amountMillion,
        T.currency,
        text.columns.eur,
        text.columns.adds,
        text.columns.running,
      ],
      decimals: [undefined, undefined, undefined, 1, undefined, 1, 1, 1],
      rows: events.map((e) => [
        e.date,
        e.label,
        e.description,
        e.amount / 1e6,
        e.currency,
        e.eur / 1e6,
        e.addsEur / 1e6,
        e.runningEur / 1e6,
      ]),
    },
    source: pledgeSource(),
    asOf: formatSourceDate(prepared.dataset.dataset.asOf),
    note: fxNote,
    empty: events.length === 0,
    renderChart: (size) => {
      const data = events.map((e) => ({
        key: e.id,
        tick: formatSourceDate(e.date),
        joint: e.joint ? e.eur / 1e6 : 0,
        single: e.joint ? 0 : e.eur / 1e6,
        running: e.runningEur / 1e6,
      }));
      const axisWidth = size.fontSize * 4;
      return (
        <ComposedChart
          width={size.width}
          height={size.height}
          data={data}
          margin={{ top: 8, right: 8, bottom: 4, left: 4 }}
          title={text.svgTitle}
        >
          <CartesianGrid vertical={false} stroke={size.palette.grid} />
          <XAxis
            dataKey="tick"
            interval="preserveStartEnd"
            minTickGap={size.fontSize * 2}
            tick={tickStyle(size)}
            stroke={size.palette.muted}
          />
          <YAxis
            yAxisId="left"
            width={axisWidth}
            tick={tickStyle(size)}
            tickFormatter={(v: number) => formatDecimal(v)}
            stroke={size.palette.muted}
          />
          <YAxis
            yAxisId="right"
            orientation="right"
            width={axisWidth}
            tick={tickStyle(size)}
            tickFormatter={(v: number) => formatDecimal(v)}
            stroke={size.palette.muted}
          />
          <Bar
            yAxisId="left"
            dataKey="single"
            stackId="e"
            fill={PURL_COLOURS.single}
            isAnimationActive={false}
          />
          <Bar
            yAxisId="left"
            dataKey="joint"
            stackId="e"
            fill={hatchedFill(PURL_COLOURS.joint)}
            isAnimationActive={false}
          />
          <Line
            yAxisId="right"
            dataKey="running"
            stroke={size.palette.line}
            strokeWidth={size.palette.lineWidth}
            dot={{ r: size.palette.lineWidth + 1, fill: size.palette.line }}
            type="stepAfter"
            isAnimationActive={false}
          />
        </ComposedChart>
      );
    },
  };
}

export const PURL_TIMELINE_SLIDE: SlideDefinition = slideDefinition(
  'purl-timeline',
  'pledges',
  build,
);
