import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import {
  KIEL_COLOURS,
  KIEL_LABELS,
  UNITS_EUR,
  UNITS_GDP,
} from '@/features/kiel/components/kiel-series';
import { allocationsByDonor, type DonorAllocation } from '@/features/kiel/model/kiel-selectors';
import { kielAsOf } from '@/features/kiel/components/kiel-chart-frame';
import { formatNumber, formatSourceDate } from '@/lib/format';
import { describeFilters } from '../model/filter-summary';
import { slideEntry } from './slide-entry';
import type { SlideDefinition, SlideInputs, SlideModel } from '../model/slide-types';
import { kielAllocationsTakeaway } from '../model/takeaways';
import { barsThatFit, labelWidth, tickStyle, topAndRest } from './chart-bits';
import { kielSource, requireReady } from './slide-sources';

function build(inputs: SlideInputs): SlideModel {
  const { rows, release } = requireReady(inputs.kiel);
  const measure = inputs.view.kielMeasure;
  const view = allocationsByDonor(rows, inputs.filters, measure);
  const unit = measure === 'gdp' ? '% of GDP' : 'EUR bn';
  const decimals = measure === 'gdp' ? 3 : 2;
  return {
    id: 'kiel-allocations',
    title: 'Allocations by donor (Kiel tracker)',
    units: measure === 'gdp' ? UNITS_GDP : UNITS_EUR,
    takeaway: kielAllocationsTakeaway(view, measure),
    filterSummary: describeFilters(inputs.filters),
    legend: view.categories.map((c) => ({ label: KIEL_LABELS[c], colour: KIEL_COLOURS[c] })),
    csv: {
      columns: [
        'Donor',
        'Donor code',
        ...view.categories.map((c) => `${KIEL_LABELS[c]} (${unit})`),
        `Total (${unit})`,
      ],
      rows: view.rows.map((row) => [
        row.name,
        row.iso,
        ...view.categories.map((c) => row[c]),
        row.total,
      ]),
    },
    source: kielSource(release ? formatSourceDate(release.date) : null),
    asOf: kielAsOf(release?.period ?? '04/2026'),
    note:
      view.excluded.length > 0
        ? `Not in the % of GDP view: ${view.excluded.map((e) => `${e.name} (${e.reason})`).join(', ')}.`
        : '',
    empty: !view.rows.some((row) => row.total > 0),
    renderChart: (size) => {
      // On a % of GDP slide, "others" would be a meaningless sum of percentages: show the top only.
      const max = barsThatFit(size, 40);
      const shown =
        measure === 'gdp'
          ? view.rows.slice(0, max)
          : topAndRest<DonorAllocation>(view.rows, max, (rest) => ({
              iso: 'MORE',
              name: `${rest.length} more donors`,
              military: rest.reduce((s, r) => s + r.military, 0),
              financial: rest.reduce((s, r) => s + r.financial, 0),
              humanitarian: rest.reduce((s, r) => s + r.humanitarian, 0),
              total: rest.reduce((s, r) => s + r.total, 0),
            }));
      const data = shown.map((row) => ({
        ...row,
        label: `${row.name} · ${formatNumber(row.total, decimals)}`,
      }));
      return (
        <BarChart
          width={size.width}
          height={size.height}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
          title={`Allocations by donor, ${unit}`}
        >
          <CartesianGrid horizontal={false} stroke={size.palette.grid} />
          <XAxis
            type="number"
            tick={tickStyle(size)}
            tickFormatter={(v: number) => formatNumber(v, measure === 'gdp' ? 2 : 0)}
            stroke={size.palette.muted}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={labelWidth(
              data.map((d) => d.label),
              size.fontSize,
              size.width * 0.4,
            )}
            interval={0}
            tick={tickStyle(size)}
            stroke={size.palette.muted}
          />
          {view.categories.map((c) => (
            <Bar
              key={c}
              dataKey={c}
              stackId="donor"
              fill={KIEL_COLOURS[c]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      );
    },
  };
}

export const KIEL_ALLOCATIONS_SLIDE: SlideDefinition = {
  ...slideEntry('kiel-allocations'),
  needs: 'kiel',
  build,
};
