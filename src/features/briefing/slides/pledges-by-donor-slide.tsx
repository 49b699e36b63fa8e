import { Bar } from 'recharts';
import { hatchedFill } from '@/components/hatch-fill';
import {
  JOINT_KEY,
  disputeText,
  donorViewText,
  donorDisputes,
  disputesWithBars,
  isNationalRow,
  nationalDonorTotals,
  scaleDonorBars,
  type ScaledDonorBar,
  describeDispute,
  disputeCsvCells,
  disputeCsvColumns,
  SPLIT_COLOURS,
  splitLabel,
} from '@/features/pledges';
import { donorName } from '@/lib/donors';
import { formatCount, formatDecimal, formatSourceDate } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';
import { BRIEFING_TEXT } from '../briefing-text';
import { describeFilters } from '../model/filter-summary';
import { slideDefinition } from './slide-entry';
import type { SlideDefinition, SlideInputs, SlideModel } from '../model/slide-types';
import { pledgesByDonorTakeaway } from '../model/takeaways';
import { barsThatFit, topAndRest } from './chart-bits';
import { HorizontalBarChart } from './horizontal-bar-chart';
import { pledgeSource, requireReady } from './slide-sources';

const barLabel = (donor: string) =>
  donor === JOINT_KEY ? messages().pledges.joint : donorName(donor);

/** The merged "N more" bar's code (never a donor code, so it is never looked up as one). */
const MORE_KEY = '…more';

function build(inputs: SlideInputs): SlideModel {
  const { prepared, fxNote, view } = requireReady(inputs.pledges);
  const split = inputs.view.split;
  // The slide has no GDP table: the % of GDP view is drawn as national donors in EUR.
  const national = inputs.view.donorScope !== 'all';
  const byDonor = national ? nationalDonorTotals(prepared.columns, view, split) : view.byDonor;
  const scaled = scaleDonorBars(byDonor, null);
  const viewText = donorViewText();
  const valueText = (value: number) => viewText.value(value, scaled.unit);
  const disputes = donorDisputes(
    prepared.columns,
    view,
    prepared.rates,
    national ? isNationalRow(prepared.columns) : undefined,
  );
  const mark = (donor: string) => (disputes.has(donor) ? ` ${disputeText().mark}` : '');
  const disputeNote = disputesWithBars(disputes)
    .map(({ figure, bars }) =>
      disputeText().barNote(describeDispute(figure), bars.map(barLabel).join(', ')),
    )
    .join(' ');
  const note = [fxNote, national ? viewText.nationalNote : '', disputeNote]
    .filter((part) => part !== '')
    .join(' ');
  const shortNote = [
    BRIEFING_TEXT.fxShortNote,
    national ? viewText.nationalNote : '',
    disputeNote ? BRIEFING_TEXT.disputedShortNote(disputeText().mark) : '',
  ]
    .filter((part) => part !== '')
    .join(' ');
  const colour = (key: string) => SPLIT_COLOURS[key] ?? '#555555';
  const text = messages().pledges;
  const T = BRIEFING_TEXT.explorer;
  return {
    id: 'pledges-by-donor',
    title: text.byDonorTitle,
    units: viewText.units(viewText.axisTitle[scaled.unit], text.splitNames[split]),
    takeaway: pledgesByDonorTakeaway(byDonor),
    filterSummary: describeFilters(inputs.filters),
    legend: [
      ...byDonor.keys.map((key) => ({ label: splitLabel(key), colour: colour(key) })),
      ...(byDonor.bars.some((bar) => bar.donor === JOINT_KEY)
        ? [{ label: T.jointLegend, colour: '#555555', hatched: true }]
        : []),
    ],
    csv: {
      columns: [
        text.donor,
        T.donorCode,
        ...byDonor.keys.map((key) => text.eurMillionColumn(splitLabel(key))),
        text.totalEurM,
        ...disputeCsvColumns(),
      ],
      // EUR million to 0.1 (EUR 100,000), as the chart's data table.
      decimals: [undefined, undefined, ...byDonor.keys.map(() => 1), 1],
      rows: byDonor.bars.map((bar) => [
        barLabel(bar.donor),
        bar.donor,
        ...byDonor.keys.map((key) => (bar.parts[key] ?? 0) / 1e6),
        bar.totalEur / 1e6,
        ...disputeCsvCells(disputes.get(bar.donor) ?? []),
      ]),
    },
    source: pledgeSource(),
    asOf: formatSourceDate(prepared.dataset.dataset.asOf),
    note,
    shortNote,
    empty: byDonor.bars.length === 0,
    renderChart: (size) => {
      const labelOf = (bar: ScaledDonorBar, more = '', moreMark = '') =>
        `${bar.donor === MORE_KEY ? more : barLabel(bar.donor)}${bar.donor === MORE_KEY ? moreMark : mark(bar.donor)} · ${valueText(bar.total)}`;
      // Room for the most lines a label wraps to (German labels take two on a narrow chart).
      const max = barsThatFit(
        size,
        40,
        scaled.bars.map((bar) => labelOf(bar)),
      );
      const shown = topAndRest<ScaledDonorBar>(scaled.bars, max, (rest) => ({
        donor: MORE_KEY,
        total: rest.reduce((sum, bar) => sum + bar.total, 0),
        totalEur: rest.reduce((sum, bar) => sum + bar.totalEur, 0),
        parts: Object.fromEntries(
          byDonor.keys.map((key) => [
            key,
            rest.reduce((sum, bar) => sum + (bar.parts[key] ?? 0), 0),
          ]),
        ),
      }));
      // The merged bar is marked when it holds a marked one.
      const merged = shown.length < scaled.bars.length ? scaled.bars.slice(shown.length - 1) : [];
      const moreMark = merged.some((bar) => disputes.has(bar.donor))
        ? ` ${disputeText().mark}`
        : '';
      const more = T.more(formatCount(byDonor.bars.length - shown.length + 1));
      const data = shown.map((bar) => ({
        name: labelOf(bar, more, moreMark),
        ...(bar.donor === JOINT_KEY ? { fill: hatchedFill() } : {}),
        ...Object.fromEntries(byDonor.keys.map((key) => [key, bar.parts[key] ?? 0])),
      }));
      return (
        <HorizontalBarChart
          size={size}
          data={data}
          categoryKey="name"
          title={`${text.byDonorTitle}, ${viewText.axisTitle[scaled.unit]}`}
          formatValue={(v) => formatDecimal(v, 2)}
        >
          {byDonor.keys.map((key) => (
            <Bar
              key={key}
              dataKey={key}
              stackId="donor"
              fill={colour(key)}
              isAnimationActive={false}
            />
          ))}
        </HorizontalBarChart>
      );
    },
  };
}

export const PLEDGES_BY_DONOR_SLIDE: SlideDefinition = slideDefinition(
  'pledges-by-donor',
  'pledges',
  build,
);
