import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { HORIZONTAL_LINES_ONLY } from '@/components/value-grid-lines';
import {
  kielAsOf,
  KIEL_COLOURS,
  KIEL_DATA_PERIOD,
  kielLabels,
  monthlyAllocations,
  selectedCategories,
  kielText,
} from '@/features/kiel';
import { formatMonth, formatNumber } from '@/lib/format';
import { BRIEFING_TEXT } from '../briefing-text';
import { describeFilters } from '../model/filter-summary';
import { slideDefinition } from './slide-entry';
import type { SlideDefinition, SlideInputs, SlideModel } from '../model/slide-types';
import { kielMonthlyTakeaway } from '../model/takeaways';
import { tickStyle } from './chart-bits';
import { kielSource, requireReady } from './slide-sources';

function build(inputs: SlideInputs): SlideModel {
  const { rows, release } = requireReady(inputs.kiel);
  const months = monthlyAllocations(rows, inputs.filters);
  const categories = selectedCategories(inputs.filters);
  const text = kielText();
  const labels = kielLabels();
  const unit = BRIEFING_TEXT.explorer.unitEurBn;
  return {
    id: 'kiel-monthly',
    title: text.monthlyTitle,
    units: text.unitsEur,
    takeaway: kielMonthlyTakeaway(months),
    filterSummary: describeFilters(inputs.filters),
    legend: categories.map((c) => ({ label: labels[c], colour: KIEL_COLOURS[c] })),
    csv: {
      columns: [
        text.month,
        ...categories.map((c) => text.column(labels[c], unit)),
        text.totalColumn(unit),
      ],
      decimals: [undefined, ...categories.map(() => 3), 3],
      rows: months.map((m) => [m.period, ...categories.map((c) => m[c]), m.total]),
    },
    source: kielSource(release),
    asOf: kielAsOf(release?.period ?? KIEL_DATA_PERIOD),
    note: '',
    empty: !months.some((m) => m.total > 0),
    renderChart: (size) => (
      <BarChart
        width={size.width}
        height={size.height}
        data={months}
        // A month label is centred on its bar: room for its half at both ends (bold in projector).
        margin={{ top: 4, right: Math.round(size.fontSize * 2.8), bottom: 4, left: 4 }}
        title={text.monthlySvgTitle}
      >
        <CartesianGrid {...HORIZONTAL_LINES_ONLY} stroke={size.palette.grid} />
        <XAxis
          dataKey="period"
          tickFormatter={(period: string) => formatMonth(period)}
          minTickGap={size.fontSize * 2}
          padding={{ left: Math.round(size.fontSize * 2), right: 0 }}
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

export const KIEL_MONTHLY_SLIDE: SlideDefinition = slideDefinition('kiel-monthly', 'kiel', build);
