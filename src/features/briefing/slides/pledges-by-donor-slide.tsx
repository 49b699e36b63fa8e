import { Bar } from 'recharts';
import { hatchedFill } from '@/components/hatch-fill';
import { JOINT_KEY, type DonorBar } from '@/features/pledges/model/aggregate-by-donor';
import { SPLIT_COLOURS, splitLabel } from '@/features/pledges/model/labels';
import { donorName } from '@/lib/donors';
import { formatCompact, formatCount, formatDecimal, formatSourceDate } from '@/lib/format';
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
  const { byDonor } = view;
  const split = inputs.view.split;
  const colour = (key: string) => SPLIT_COLOURS[key] ?? '#555555';
  const text = messages().pledges;
  const T = BRIEFING_TEXT.explorer;
  return {
    id: 'pledges-by-donor',
    title: text.byDonorTitle,
    units: text.byDonorUnits(text.splitNames[split]),
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
      ],
      // EUR million to 0.1 (EUR 100,000), as the chart's data table.
      decimals: [undefined, undefined, ...byDonor.keys.map(() => 1), 1],
      rows: byDonor.bars.map((bar) => [
        barLabel(bar.donor),
        bar.donor,
        ...byDonor.keys.map((key) => (bar.parts[key] ?? 0) / 1e6),
        bar.totalEur / 1e6,
      ]),
    },
    source: pledgeSource(),
    asOf: formatSourceDate(prepared.dataset.dataset.asOf),
    note: fxNote,
    empty: byDonor.bars.length === 0,
    renderChart: (size) => {
      const max = barsThatFit(size, 40);
      const shown = topAndRest<DonorBar>(byDonor.bars, max, (rest) => ({
        donor: MORE_KEY,
        totalEur: rest.reduce((sum, bar) => sum + bar.totalEur, 0),
        parts: Object.fromEntries(
          byDonor.keys.map((key) => [
            key,
            rest.reduce((sum, bar) => sum + (bar.parts[key] ?? 0), 0),
          ]),
        ),
        pledgeCount: rest.reduce((sum, bar) => sum + bar.pledgeCount, 0),
      }));
      const more = T.more(formatCount(byDonor.bars.length - shown.length + 1));
      const data = shown.map((bar) => ({
        name: `${bar.donor === MORE_KEY ? more : barLabel(bar.donor)} · ${formatCompact(bar.totalEur)}`,
        ...(bar.donor === JOINT_KEY ? { fill: hatchedFill() } : {}),
        ...Object.fromEntries(byDonor.keys.map((key) => [key, (bar.parts[key] ?? 0) / 1e6])),
      }));
      return (
        <HorizontalBarChart
          size={size}
          data={data}
          categoryKey="name"
          title={text.byDonorSvgTitle}
          formatValue={(v) => formatDecimal(v)}
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
