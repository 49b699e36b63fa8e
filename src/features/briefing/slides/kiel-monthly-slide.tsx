import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { kielAsOf } from '@/features/kiel/components/kiel-chart-frame';
import { KIEL_COLOURS, KIEL_LABELS, UNITS_EUR } from '@/features/kiel/components/kiel-series';
import { monthlyAllocations, selectedCategories } from '@/features/kiel/model/kiel-selectors';
import { formatMonth, formatNumber, formatSourceDate } from '@/lib/format';
import { describeFilters } from '../model/filter-summary';
import { slideEntry } from './slide-entry';
import type { SlideDefinition, SlideInputs, SlideModel } from '../model/slide-types';
import { kielMonthlyTakeaway } from '../model/takeaways';
import { tickStyle } from './chart-bits';
import { kielSource, requireReady } from './slide-sources';

function build(inputs: SlideInputs): SlideModel {
  const { rows, release } = requireReady(inputs.kiel);
  const months = monthlyAllocations(rows, inputs.filters);
  const categories = selectedCategories(inputs.filters);
  return {
    id: 'kiel-monthly',
    title: 'Allocations per month (Kiel tracker)',
    units: UNITS_EUR,
    takeaway: kielMonthlyTakeaway(months),
    filterSummary: describeFilters(inputs.filters),
    legend: categories.map((c) => ({ label: KIEL_LABELS[c], colour: KIEL_COLOURS[c] })),
    csv: {
      columns: ['Month', ...categories.map((c) => `${KIEL_LABELS[c]} (EUR bn)`), 'Total (EUR bn)'],
      rows: months.map((m) => [m.period, ...categories.map((c) => m[c]), m.total]),
    },
    source: kielSource(release ? formatSourceDate(release.date) : null),
    asOf: kielAsOf(release?.period ?? '04/2026'),
    note: '',
    empty: !months.some((m) => m.total > 0),
    renderChart: (size) => (
      <BarChart
        width={size.width}
        height={size.height}
        data={months}
        margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
        title="Allocations per month, EUR billion"
      >
        <CartesianGrid vertical={false} stroke={size.palette.grid} />
        <XAxis
          dataKey="period"
          tickFormatter={(period: string) => formatMonth(period)}
          minTickGap={size.fontSize * 2}
          tick={tickStyle(size)}
          stroke={size.palette.muted}
        />
        <YAxis
          width={size.fontSize * 3}
          tickFormatter={(v: number) => formatNumber(v, 0)}
          tick={tickStyle(size)}
          stroke={size.palette.muted}
        />
        {categories.map((c) => (
          <Bar
            key={c}
            dataKey={c}
            stackId="month"
            fill={KIEL_COLOURS[c]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    ),
  };
}

export const KIEL_MONTHLY_SLIDE: SlideDefinition = {
  ...slideEntry('kiel-monthly'),
  needs: 'kiel',
  build,
};
