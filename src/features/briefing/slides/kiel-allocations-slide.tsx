import { Bar } from 'recharts';
import {
  KIEL_COLOURS,
  KIEL_DATA_PERIOD,
  kielLabels,
  allocationsByDonor,
  type DonorAllocation,
  kielAsOf,
  kielText,
} from '@/features/kiel';
import { formatCount, formatNumber } from '@/lib/format';
import { BRIEFING_TEXT } from '../briefing-text';
import { describeFilters } from '../model/filter-summary';
import { slideDefinition } from './slide-entry';
import type { SlideDefinition, SlideInputs, SlideModel } from '../model/slide-types';
import { kielAllocationsTakeaway } from '../model/takeaways';
import { barsThatFit, topAndRest } from './chart-bits';
import { HorizontalBarChart } from './horizontal-bar-chart';
import { kielSource, requireReady } from './slide-sources';

function build(inputs: SlideInputs): SlideModel {
  const { rows, release } = requireReady(inputs.kiel);
  const measure = inputs.view.kielMeasure;
  const view = allocationsByDonor(rows, inputs.filters, measure);
  const text = kielText();
  const T = BRIEFING_TEXT.explorer;
  const labels = kielLabels();
  const unit = measure === 'gdp' ? T.unitGdp : T.unitEurBn;
  const decimals = measure === 'gdp' ? 3 : 2;
  return {
    id: 'kiel-allocations',
    title: text.allocationsTitle,
    units: measure === 'gdp' ? text.unitsGdp : text.unitsEur,
    takeaway: kielAllocationsTakeaway(view, measure),
    filterSummary: describeFilters(inputs.filters),
    legend: view.categories.map((c) => ({ label: labels[c], colour: KIEL_COLOURS[c] })),
    csv: {
      columns: [
        text.donor,
        T.donorCode,
        ...view.categories.map((c) => text.column(labels[c], unit)),
        text.totalColumn(unit),
      ],
      decimals: [undefined, undefined, ...view.categories.map(() => 3), 3],
      rows: view.rows.map((row) => [
        row.name,
        row.iso,
        ...view.categories.map((c) => row[c]),
        row.total,
      ]),
    },
    source: kielSource(release),
    asOf: kielAsOf(release?.period ?? KIEL_DATA_PERIOD),
    note:
      view.excluded.length > 0
        ? T.notInGdpView(view.excluded.map((e) => `${e.name} (${e.reason})`).join(', '))
        : '',
    empty: !view.rows.some((row) => row.total > 0),
    renderChart: (size) => {
      // On a % of GDP slide, "others" would be a meaningless sum of percentages: show the top only.
      const labelOf = (row: DonorAllocation) =>
        `${row.name} · ${formatNumber(row.total, decimals)}`;
      const max = barsThatFit(size, 40, view.rows.map(labelOf));
      const shown =
        measure === 'gdp'
          ? view.rows.slice(0, max)
          : topAndRest<DonorAllocation>(view.rows, max, (rest) => ({
              iso: 'MORE',
              name: T.moreDonors(formatCount(rest.length)),
              military: rest.reduce((s, r) => s + r.military, 0),
              financial: rest.reduce((s, r) => s + r.financial, 0),
              humanitarian: rest.reduce((s, r) => s + r.humanitarian, 0),
              total: rest.reduce((s, r) => s + r.total, 0),
            }));
      const data = shown.map((row) => ({
        ...row,
        label: labelOf(row),
      }));
      return (
        <HorizontalBarChart
          size={size}
          data={data}
          categoryKey="label"
          title={text.allocationsSvgTitle(unit)}
          formatValue={(v) => formatNumber(v, measure === 'gdp' ? 2 : 0)}
        >
          {view.categories.map((c) => (
            <Bar
              key={c}
              dataKey={c}
              stackId="donor"
              fill={KIEL_COLOURS[c]}
              isAnimationActive={false}
            />
          ))}
        </HorizontalBarChart>
      );
    },
  };
}

export const KIEL_ALLOCATIONS_SLIDE: SlideDefinition = slideDefinition(
  'kiel-allocations',
  'kiel',
  build,
);
