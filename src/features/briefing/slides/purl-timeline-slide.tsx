import { Bar, CartesianGrid, ComposedChart, Line, XAxis, YAxis } from 'recharts';
import { hatchedFill } from '@/components/hatch-fill';
import { PURL_COLOURS } from '@/features/purl/components/purl-colours';
import { formatDecimal, formatSourceDate } from '@/lib/format';
import { describeFilters } from '../model/filter-summary';
import { slideEntry } from './slide-entry';
import type { SlideDefinition, SlideInputs, SlideModel } from '../model/slide-types';
import { purlTimelineTakeaway } from '../model/takeaways';
import { tickStyle } from './chart-bits';
import { PLEDGE_SOURCE, requireReady } from './slide-sources';

function build(inputs: SlideInputs): SlideModel {
  const { prepared, fxNote, events, eventsPerMonth } = requireReady(inputs.pledges);
  return {
    id: 'purl-timeline',
    title: 'PURL packages over time',
    units:
      'EUR million at reference rates: bars = each package at announcement, line = running total (right axis), every euro once',
    takeaway: purlTimelineTakeaway(events, eventsPerMonth),
    filterSummary: describeFilters(inputs.filters),
    legend: [
      { label: 'Single-country contribution', colour: PURL_COLOURS.single },
      { label: 'Joint package (total, hatched)', colour: PURL_COLOURS.joint, hatched: true },
      { label: 'Running total (right axis)', colour: 'currentColor', line: true },
    ],
    csv: {
      columns: [
        'Announced',
        'Package or contribution',
        'Description',
        'Amount (original)',
        'Currency',
        'EUR m (converted)',
        'Adds to running total (EUR m)',
        'Running total (EUR m)',
      ],
      rows: events.map((e) => [
        e.date,
        e.label,
        e.description,
        e.amount,
        e.currency,
        e.eur / 1e6,
        e.addsEur / 1e6,
        e.runningEur / 1e6,
      ]),
    },
    source: PLEDGE_SOURCE,
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
          title="PURL packages over time, EUR million"
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

export const PURL_TIMELINE_SLIDE: SlideDefinition = {
  ...slideEntry('purl-timeline'),
  needs: 'pledges',
  build,
};
