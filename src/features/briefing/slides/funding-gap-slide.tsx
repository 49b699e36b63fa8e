import { Bar, ReferenceLine } from 'recharts';
import {
  coverageStatusValues,
  estimateLabel,
  formatEurBn,
  gapText,
  gapStepBars,
  GAP_COLOUR,
  NEED_COLOUR,
  STATUS_COLOURS,
  statusLabels,
} from '@/features/financing';
import { formatNumber, formatSourceDate } from '@/lib/format';
import { FINANCING_SLIDE_TEXT } from '../briefing-text';
import { fundingGapSlideView, sourcesText } from '@/features/briefing/model/financing-views';
import { slideDefinition } from './slide-entry';
import type { SlideDefinition, SlideInputs, SlideModel } from '../model/slide-types';
import { HorizontalBarChart } from './horizontal-bar-chart';
import { requireReady } from './slide-sources';

const T = FINANCING_SLIDE_TEXT;
/** EUR -> EUR bn, rounded to EUR 1m (the CSV's stated precision: three decimals). */
const bn = (eur: number) => Math.round(eur / 1e6) / 1e3;

function build(inputs: SlideInputs): SlideModel {
  const financing = requireReady(inputs.financing);
  const { choice, model } = fundingGapSlideView(financing);
  const { estimate } = choice;
  const { readings, summary } = model;
  const needLabel = estimateLabel(estimate);
  const g = gapText();
  const labels = statusLabels();
  const need = readings.needEur ?? 0;
  const reading = readings[readings.primary];
  const shown = coverageStatusValues.filter((s) =>
    reading.steps.some((step) => step.status === s && step.addedEur > 0),
  );
  const data = gapStepBars(readings, needLabel, bn);
  const summaryLine = T.estimateSummary(needLabel);
  const since = formatSourceDate(readings.netBefore);
  const net = g.readingNames.net;
  const gross = g.readingNames.gross;
  return {
    id: 'funding-gap',
    title: T.fundingGapTitle,
    units: T.fundingGapUnits,
    takeaway: summary.takeaway,
    filterSummary:
      choice.unrecognised === null
        ? summaryLine
        : `${summaryLine} (${T.estimateUnrecognised(choice.unrecognised, needLabel)})`,
    legend: [
      { label: `${T.needLegend} ${formatEurBn(need)}`, colour: NEED_COLOUR },
      ...shown.map((s) => ({ label: labels[s], colour: STATUS_COLOURS[s] })),
      { label: g.gapLegend, colour: GAP_COLOUR },
    ],
    csv: {
      columns: [
        g.colStep,
        g.colAdded(net),
        g.colGapAfter(net),
        g.colAdded(gross),
        g.colGapAfter(gross),
      ],
      decimals: [undefined, 3, 3, 3, 3],
      rows: [
        ...model.steps.map((row) => [
          row.status ? g.chartRowAfter(labels[row.status]) : g.needRow,
          row.status ? bn(row.net.addedEur) : '',
          bn(row.net.gapEur),
          row.status ? bn(row.gross.addedEur) : '',
          bn(row.gross.gapEur),
        ]),
        ...model.lines.map((row) => [
          `${row.line.label} (${statusLabels()[row.line.status]}; ${
            row.counted === 'both' ? g.countedBoth : g.countedGrossOnly(since)
          })`,
          row.counted === 'both' ? bn(row.line.eurInWindow ?? 0) : '',
          '',
          bn(row.line.eurInWindow ?? 0),
          '',
        ]),
      ],
    },
    source: { text: T.fundingGapSource(sourcesText(estimate.sources)), url: null },
    asOf: formatSourceDate(financing.data.asOf),
    note: [summary.framing, summary.partners, summary.steps, summary.rule]
      .filter((s): s is string => s !== null && s !== '')
      .join(' '),
    // On the deck's screen the source line already takes three lines: the note is in the notes.
    shortNote: '',
    empty: readings.needEur === null,
    renderChart: (size) => (
      <HorizontalBarChart
        size={size}
        data={data}
        categoryKey="name"
        title={g.chartSvgTitle}
        formatValue={(v) => formatNumber(v, 0)}
        margin={{ top: 8, right: 32, bottom: 8, left: 4 }}
        barCategoryGap="24%"
        maxLabelShare={0.4}
        valueDomain={[0, (max: number) => Math.ceil(Math.max(max, bn(need)) / 20) * 20]}
      >
        <Bar dataKey="need" stackId="s" fill={NEED_COLOUR} isAnimationActive={false} />
        {shown.map((s) => (
          <Bar key={s} dataKey={s} stackId="s" fill={STATUS_COLOURS[s]} isAnimationActive={false} />
        ))}
        <Bar
          dataKey="gap"
          stackId="s"
          fill="none"
          stroke={GAP_COLOUR}
          strokeWidth={3}
          strokeDasharray="8 4"
          isAnimationActive={false}
        />
        <ReferenceLine x={bn(need)} stroke={size.palette.line} strokeDasharray="4 4" />
      </HorizontalBarChart>
    ),
  };
}

export const FUNDING_GAP_SLIDE: SlideDefinition = slideDefinition(
  'funding-gap',
  'financing',
  build,
);
