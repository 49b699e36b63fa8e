import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '@/components/chart-frame';
import { CategoryTick, type CategoryTickProps } from '@/components/category-tick';
import { useChartFontSize } from '@/features/theme/model/use-chart-font-size';
import { endTickMargin } from '@/lib/text-width';
import { ChartLegend } from '@/components/chart-legend';
import { TOOLTIP_ITEM_STYLE } from '@/components/chart-text';
import { DeferredTooltip } from '@/components/deferred-tooltip';
import { DataTable, type DataColumn } from '@/components/data-table';
import { hatchedFill } from '@/components/hatch-fill';
import { donorName } from '@/lib/donors';
import { UserDataSource } from '@/features/import/components/user-data-source';
import { formatDecimal, formatEur, formatEurMillions, formatSourceDate } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';
import { JOINT_KEY, type DonorAggregate, type DonorBar } from '../model/aggregate-by-donor';
import { SPLIT_COLOURS, splitLabel } from '../model/labels';
import { getLocale } from '@/lib/i18n/locale';
import { FlatBar } from '@/components/flat-bar';

interface PledgesByDonorChartProps {
  byDonor: DonorAggregate;
  split: 'instrument' | 'category';
  onSplitChange: (split: 'instrument' | 'category') => void;
  asOf: string;
  fxNote: string;
  /** True once the first view is drawn: the tooltip's code loads then. */
  interactive: boolean;
}

const barLabel = (donor: string) =>
  donor === JOINT_KEY ? messages().pledges.joint : donorName(donor);

/** The "Joint, not attributed" bar is hatched in every series colour (a data entry's own fill). */
const JOINT_FILL = hatchedFill();

// Props given to Recharts keep their identity between renders: a new function or object makes
// Recharts store the axis or tooltip settings again and recompute what depends on them.
const numberTick = (value: number) => formatDecimal(value);
const tooltipAmount = (value: unknown) =>
  messages().pledges.eurMillionTooltip(formatDecimal(Number(value), 1));
const TICK_WIDTH = { en: 150, de: 180 } as const;

/** Horizontal bars of counted EUR by donor, stacked by instrument or category. */
export function PledgesByDonorChart({
  byDonor,
  split,
  onSplitChange,
  asOf,
  fxNote,
  interactive,
}: PledgesByDonorChartProps) {
  const text = messages().pledges;
  const splitName = text.splitNames[split];
  const data = byDonor.bars.map((bar) => ({
    name: `${barLabel(bar.donor)} · ${formatEur(bar.totalEur)}`,
    ...(bar.donor === JOINT_KEY ? { fill: JOINT_FILL } : {}),
    // Absent parts stay undefined, so the tooltip (read out by screen readers) lists only real parts.
    ...Object.fromEntries(
      byDonor.keys.map((key) => [
        key,
        bar.parts[key] === undefined ? undefined : bar.parts[key] / 1e6,
      ]),
    ),
  }));
  const fontSize = useChartFontSize();
  const locale = getLocale() === 'de' ? 'de' : 'en';
  // Two-line labels need two lines of room; the last value tick needs half its width on the right.
  const height = Math.max(160, 20 + byDonor.bars.length * Math.max(30, fontSize * 2 + 4));
  // The label column grows with the text (TICK_WIDTH is for 13 px).
  const tickWidth = Math.round((TICK_WIDTH[locale] * fontSize) / 13);
  const margin = {
    top: fontSize,
    right: endTickMargin(byDonor.totalEur / 1e6, numberTick, fontSize),
    bottom: 4,
    left: 4,
  };
  const columns: DataColumn<DonorBar>[] = [
    { key: 'donor', header: text.donor, cell: (bar) => barLabel(bar.donor) },
    ...byDonor.keys.map((key) => ({
      key,
      header: text.eurMillionColumn(splitLabel(key)),
      numeric: true,
      cell: (bar: DonorBar) => (bar.parts[key] ? formatEurMillions(bar.parts[key]) : '–'),
    })),
    {
      key: 'total',
      header: text.totalEurM,
      numeric: true,
      cell: (bar) => formatEurMillions(bar.totalEur),
    },
  ];
  const footer: Record<string, string> = { donor: messages().frame.total };
  for (const key of byDonor.keys) {
    footer[key] = formatEurMillions(
      byDonor.bars.reduce((sum, bar) => sum + (bar.parts[key] ?? 0), 0),
    );
  }
  footer.total = formatEurMillions(byDonor.totalEur);

  return (
    <ChartFrame
      id="pledges-by-donor"
      title={text.byDonorTitle}
      units={text.byDonorUnits(splitName)}
      source={<UserDataSource kind="pledges" fallback={text.researchSource} />}
      asOf={formatSourceDate(asOf)}
      controls={
        <div className="segmented" role="group" aria-label={text.splitBy}>
          {(['instrument', 'category'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="segmented__option"
              aria-pressed={split === option}
              onClick={() => onSplitChange(option)}
            >
              {text.splitOption[option]}
            </button>
          ))}
        </div>
      }
      notes={
        <p>
          {text.byDonorNotes} {fxNote}
        </p>
      }
      table={
        <DataTable
          caption={text.byDonorCaption}
          columns={columns}
          rows={byDonor.bars}
          rowKey={(bar) => bar.donor}
          footer={footer}
        />
      }
    >
      {byDonor.bars.length === 0 ? (
        <p className="empty">{text.noMatch}</p>
      ) : (
        <>
          <ChartLegend
            label={messages().frame.legend}
            items={byDonor.keys.map((key) => ({
              label: splitLabel(key),
              colour: SPLIT_COLOURS[key] ?? '#666',
            }))}
          />
          <ResponsiveContainer width="100%" height={height}>
            <BarChart
              data={data}
              layout="vertical"
              margin={margin}
              title={text.byDonorSvgTitle}
              desc={text.byDonorDesc(splitName)}
            >
              <CartesianGrid horizontal={false} stroke="var(--color-grid)" />
              <XAxis type="number" tickFormatter={numberTick} />
              <YAxis
                type="category"
                dataKey="name"
                width={tickWidth}
                interval={0}
                tick={(props: CategoryTickProps) => <CategoryTick {...props} width={tickWidth} />}
              />
              <DeferredTooltip
                ready={interactive}
                formatter={tooltipAmount}
                itemStyle={TOOLTIP_ITEM_STYLE}
              />
              {byDonor.keys.map((key) => (
                <Bar
                  key={key}
                  dataKey={key}
                  name={splitLabel(key)}
                  stackId="donor"
                  fill={SPLIT_COLOURS[key] ?? '#666'}
                  isAnimationActive={false}
                  shape={FlatBar}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </>
      )}
    </ChartFrame>
  );
}
