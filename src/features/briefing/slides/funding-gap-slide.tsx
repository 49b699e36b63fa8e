import { Bar, ReferenceLine } from 'recharts';
import { coverageStatusValues } from '@/features/financing/api/financing-schema';
import { estimateLabel } from '@/features/financing/model/estimate-label';
import { formatEurBn } from '@/features/financing/model/format-bn';
import type { ArithmeticRow } from '@/features/financing/model/funding-gap';
import {
  GAP_COLOUR,
  NEED_COLOUR,
  STATUS_COLOURS,
  STATUS_LABELS,
} from '@/features/financing/model/status-style';
import { formatNumber, formatSourceDate } from '@/lib/format';
import { FINANCING_SLIDE_TEXT } from '../briefing-text';
import { fundingGapTakeaway } from '../model/financing-takeaways';
import { fundingGapSlideView, sourcesText } from '../model/financing-views';
import { slideDefinition } from './slide-entry';
import type { SlideDefinition, SlideInputs, SlideModel } from '../model/slide-types';
import { HorizontalBarChart } from './horizontal-bar-chart';
import { requireReady } from './slide-sources';

const T = FINANCING_SLIDE_TEXT;
/** EUR -> EUR bn without floating-point noise. */
const bn = (eur: number) => Number((eur / 1e9).toPrecision(12));

/** The data table's first column (funding-gap-table.tsx). */
const LINE_LABEL: Record<ArithmeticRow['kind'], (row: ArithmeticRow) => string> = {
  need: (row) => row.label,
  minus: (row) => `− ${row.label}`,
  subtotal: (row) => T.subtotalLine(row.status ? STATUS_LABELS[row.status].toLowerCase() : ''),
  // Not "= Remaining gap": a cell starting with "=" is a formula to a spreadsheet.
  gap: (row) => T.gapLine(row.label),
};

function build(inputs: SlideInputs): SlideModel {
  const financing = requireReady(inputs.financing);
  const { choice, gap, rows } = fundingGapSlideView(financing);
  const { estimate } = choice;
  const needLabel = estimateLabel(estimate);
  const need = gap.needEur ?? 0;
  const remaining = gap.gapEur !== null && gap.gapEur > 0 ? gap.gapEur : 0;
  const shown = coverageStatusValues.filter((s) => gap.byStatus[s] > 0);
  const summary = T.estimateSummary(needLabel);
  const data = [
    { name: T.needBar(needLabel), need: bn(need) },
    {
      name: T.coversBar,
      ...Object.fromEntries(shown.map((s) => [s, bn(gap.byStatus[s])])),
      ...(remaining > 0 ? { gap: bn(remaining) } : {}),
    },
  ];
  return {
    id: 'funding-gap',
    title: T.fundingGapTitle,
    units: T.fundingGapUnits,
    takeaway: fundingGapTakeaway(gap, estimate),
    filterSummary:
      choice.unrecognised === null
        ? summary
        : `${summary} (${T.estimateUnrecognised(choice.unrecognised, needLabel)})`,
    legend: [
      { label: `${T.needLegend} ${formatEurBn(need)}`, colour: NEED_COLOUR },
      ...shown.map((s) => ({
        label: `${STATUS_LABELS[s]} ${formatEurBn(gap.byStatus[s])}`,
        colour: STATUS_COLOURS[s],
      })),
      ...(remaining > 0
        ? [{ label: `${T.gapLegend} ${formatEurBn(remaining)}`, colour: GAP_COLOUR }]
        : []),
    ],
    csv: {
      columns: [...T.gapColumns],
      decimals: [undefined, undefined, 1, undefined, 6, 3, 3],
      rows: rows.map((row) => [
        LINE_LABEL[row.kind](row),
        row.status && row.kind === 'minus' ? STATUS_LABELS[row.status] : '',
        row.original ? row.original.amount / 1e6 : '',
        row.original ? row.original.currency : '',
        row.line && row.line.currency !== 'EUR' && row.line.rate !== null ? row.line.rate : '',
        bn(row.eur),
        row.kind === 'subtotal' || row.kind === 'gap' ? '' : bn(row.running),
      ]),
    },
    source: { text: T.fundingGapSource(sourcesText(estimate.sources)), url: null },
    asOf: formatSourceDate(financing.data.asOf),
    note: '',
    empty: gap.needEur === null && gap.coveredEur <= 0,
    renderChart: (size) => (
      <HorizontalBarChart
        size={size}
        data={data}
        categoryKey="name"
        title="Funding need and what covers it, EUR billion"
        formatValue={(v) => formatNumber(v, 0)}
        margin={{ top: 8, right: 32, bottom: 8, left: 4 }}
        barCategoryGap="24%"
        maxLabelShare={0.35}
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
