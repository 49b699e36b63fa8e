import { Bar } from 'recharts';
import { hatchedFill } from '@/components/hatch-fill';
import { type Guarantee, GUARANTEE_COLOUR, SELECTED_COLOUR } from '@/features/eu-options';
import { donorName } from '@/lib/donors';
import { formatNumber, formatSourceDate } from '@/lib/format';
import { FINANCING_SLIDE_TEXT } from '../briefing-text';
import { describeFilters } from '../model/filter-summary';
import { guaranteesTakeaway, sortGuarantees } from '../model/financing-takeaways';
import { sourcesText } from '@/features/briefing/model/financing-views';
import { slideDefinition } from './slide-entry';
import type { SlideDefinition, SlideInputs, SlideModel } from '../model/slide-types';
import { HorizontalBarChart } from './horizontal-bar-chart';
import { requireReady } from './slide-sources';

const T = FINANCING_SLIDE_TEXT;

function build(inputs: SlideInputs): SlideModel {
  const { data } = requireReady(inputs.euOptions);
  const { guarantees } = data;
  const rows = sortGuarantees(guarantees.countries);
  const highlight = inputs.filters.donors;
  const selected = (g: Guarantee) => highlight.includes(g.code);
  // The page's labels: "Germany (selected) · 51.3".
  const name = (g: Guarantee) => `${donorName(g.code)}${selected(g) ? ' (selected)' : ''}`;
  const chartRows = rows.map((g) => ({
    name: `${name(g)} · ${formatNumber(g.amountEurBn, 1)}`,
    reported: selected(g) ? undefined : g.amountEurBn,
    selected: selected(g) ? g.amountEurBn : undefined,
  }));
  const anySelected = rows.some(selected);
  return {
    id: 'eu-guarantees',
    title: T.guaranteesTitle,
    units: T.guaranteesUnits,
    takeaway: guaranteesTakeaway(rows),
    filterSummary: highlight.length > 0 ? describeFilters(inputs.filters) : T.guaranteesSummary,
    legend: [
      { label: T.guaranteeLegend, colour: GUARANTEE_COLOUR },
      ...(anySelected
        ? [
            {
              label: `${T.guaranteeLegend}, country in your donor filter (hatched)`,
              colour: SELECTED_COLOUR,
              hatched: true,
            },
          ]
        : []),
    ],
    csv: {
      columns: [...T.guaranteeColumns],
      decimals: [undefined, undefined, 3],
      rows: rows.map((g) => [name(g), g.code, g.amountEurBn, sourcesText(g.sources)]),
    },
    source: { text: T.reportedBy(sourcesText(guarantees.sources)), url: null },
    asOf: formatSourceDate(data.asOf),
    note: guarantees.note,
    empty: rows.length === 0,
    renderChart: (size) => (
      <HorizontalBarChart
        size={size}
        data={chartRows}
        categoryKey="name"
        title={T.guaranteesSvgTitle}
        formatValue={(v) => formatNumber(v, 0)}
      >
        <Bar dataKey="reported" stackId="g" fill={GUARANTEE_COLOUR} isAnimationActive={false} />
        <Bar
          dataKey="selected"
          stackId="g"
          fill={hatchedFill(SELECTED_COLOUR)}
          stroke={size.palette.line}
          strokeWidth={2}
          isAnimationActive={false}
        />
      </HorizontalBarChart>
    ),
  };
}

export const EU_GUARANTEES_SLIDE: SlideDefinition = slideDefinition(
  'eu-guarantees',
  'euOptions',
  build,
);
