import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import { HORIZONTAL_LINES_ONLY } from '@/components/value-grid-lines';
import { GUARANTEE_COLOUR, SELECTED_COLOUR } from '@/features/eu-options';
import { donorName } from '@/lib/donors';
import { formatNumber, formatSourceDate } from '@/lib/format';
import { wrapText } from '@/lib/text-width';
import { FINANCING_SLIDE_TEXT } from '../briefing-text';
import { scenarioSummary, scenarioTakeaway } from '../model/financing-takeaways';
import { scenarioSlideView, sourcesText } from '@/features/briefing/model/financing-views';
import { slideDefinition } from './slide-entry';
import type { SlideDefinition, SlideInputs, SlideModel } from '../model/slide-types';
import { tickStyle } from './chart-bits';
import { requireReady } from './slide-sources';

const T = FINANCING_SLIDE_TEXT;

function build(inputs: SlideInputs): SlideModel {
  const options = requireReady(inputs.scenario);
  if (!options.gdp) throw new Error('scenario slide built before the GDP key was loaded');
  const { data } = options;
  const { state, result } = scenarioSlideView(options, options.gdp, inputs.filters.donors);
  const country = donorName(state.country.value);
  const reported = data.guarantees.countries.find((g) => g.code === state.country.value);
  const { planBReportedEurBn: planB, planBComputedEurBn: computed } = result;
  const bars = result.series.map((point) => ({
    name: T.yearLabel(point.year),
    share: point.cumulativeShareEurBn ?? undefined,
  }));
  return {
    id: 'scenario',
    title: T.scenarioTitle(country),
    units: T.scenarioUnits,
    takeaway: scenarioTakeaway(state, result),
    filterSummary: scenarioSummary(state),
    legend: [
      { label: T.shareLegend(country), colour: GUARANTEE_COLOUR },
      ...(planB !== null ? [{ label: T.reportedLine, colour: SELECTED_COLOUR, line: true }] : []),
      ...(computed !== null
        ? [{ label: T.computedLine, colour: 'currentColor', line: true, dashed: true }]
        : []),
    ],
    csv: {
      columns: [...T.scenarioColumns],
      decimals: [0, 3, 3, 3],
      rows: result.series.map((point) => [
        point.year,
        point.cumulativeShareEurBn ?? '',
        planB ?? '',
        computed ?? '',
      ]),
    },
    source: {
      text: T.scenarioSource(
        sourcesText(data.calculatorDefaults.rateSources),
        reported ? T.guaranteesAsReported : T.noneReported,
      ),
      url: null,
    },
    asOf: formatSourceDate(data.asOf),
    note: T.scenarioNote,
    empty: result.series.every((point) => point.cumulativeShareEurBn === null),
    renderChart: (size) => {
      const f = size.fontSize;
      // A line's label, wrapped to the plot's width (a German label ran off a phone's chart):
      // under the line at the left, or above it at the right.
      const label =
        (value: string, position: 'insideTopLeft' | 'insideBottomRight') =>
        ({ viewBox }: { viewBox?: { x?: number; y?: number; width?: number } }) => {
          const { x = 0, y = 0, width = 0 } = viewBox ?? {};
          const lines = wrapText(value, width - 8, f, 400);
          const below = position === 'insideTopLeft';
          const at = below ? x + 4 : x + width - 4;
          const first = below ? y + f * 1.1 : y - 6 - (lines.length - 1) * f * 1.15;
          return (
            <text fill={size.palette.text} fontSize={f} textAnchor={below ? 'start' : 'end'}>
              {lines.map((line, i) => (
                <tspan key={i} x={at} y={first + i * f * 1.15}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        };
      return (
        <BarChart
          width={size.width}
          height={size.height}
          data={bars}
          margin={{ top: size.fontSize + 8, right: 16, bottom: 4, left: 4 }}
          title={T.scenarioSvgTitle(country)}
        >
          <CartesianGrid {...HORIZONTAL_LINES_ONLY} stroke={size.palette.grid} />
          <XAxis
            dataKey="name"
            interval="preserveStartEnd"
            tick={tickStyle(size)}
            stroke={size.palette.muted}
          />
          <YAxis
            width={size.fontSize * 3}
            tickFormatter={(v: number) => formatNumber(v, 0)}
            tick={tickStyle(size)}
            stroke={size.palette.muted}
          />
          <Bar dataKey="share" fill={GUARANTEE_COLOUR} isAnimationActive={false} />
          {planB !== null && (
            <ReferenceLine
              y={planB}
              stroke={SELECTED_COLOUR}
              strokeWidth={size.palette.lineWidth + 1}
              ifOverflow="extendDomain"
              label={label(T.reportedLineLabel(formatNumber(planB, 1)), 'insideTopLeft')}
            />
          )}
          {computed !== null && (
            <ReferenceLine
              y={computed}
              stroke={size.palette.line}
              strokeWidth={size.palette.lineWidth + 1}
              strokeDasharray="8 5"
              ifOverflow="extendDomain"
              label={label(T.computedLineLabel(formatNumber(computed, 1)), 'insideBottomRight')}
            />
          )}
        </BarChart>
      );
    },
  };
}

export const SCENARIO_SLIDE: SlideDefinition = slideDefinition('scenario', 'scenario', build);
