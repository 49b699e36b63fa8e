import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '@/components/chart-frame';
import { CategoryTick, type CategoryTickProps } from '@/components/category-tick';
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
import { SPLIT_COLOURS, SPLIT_TEXTURES, splitLabel } from '../model/labels';
import { texturedFill } from '@/components/series-texture';
import { getLocale } from '@/lib/i18n/locale';
import { FlatBar } from '@/components/flat-bar';
import { useTakeaways } from '@/features/briefing/model/use-takeaways';

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
const MARGIN = { top: 4, right: 16, bottom: 4, left: 4 };
const numberTick = (value: number) => formatDecimal(value);
const tooltipAmount = (value: unknown) =>
  messages().pledges.eurMillionTooltip(formatDecimal(Number(value), 1));
const TICK_WIDTH = { en: 150, de: 180 } as const;
const categoryTicks = {
  en: (props: CategoryTickProps) => <CategoryTick {...props} width={TICK_WIDTH.en} />,
  de: (props: CategoryTickProps) => <CategoryTick {...props} width={TICK_WIDTH.de} />,
};

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
  const takeaways = useTakeaways();
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
  const height = Math.max(160, 20 + byDonor.bars.length * 30);
  const locale = getLocale() === 'de' ? 'de' : 'en';
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
      // An empty chart says so in its body; the summary would say it twice.
      summary={byDonor.bars.length > 0 ? takeaways?.pledgesByDonorTakeaway(byDonor) : undefined}
      explore={{
        layout: 'horizontal-bars',
        categories: data.map((row) => row.name),
        series: byDonor.keys.map(splitLabel),
        value: (bar, key) => byDonor.bars[bar]?.parts[byDonor.keys[key] ?? ''],
        format: formatEur,
      }}
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
              texture: SPLIT_TEXTURES[key] ?? 'solid',
            }))}
          />
          <ResponsiveContainer width="100%" height={height}>
            <BarChart
              data={data}
              layout="vertical"
              margin={MARGIN}
              accessibilityLayer={false}
              title={text.byDonorSvgTitle}
              desc={text.byDonorDesc(splitName)}
            >
              <CartesianGrid horizontal={false} stroke="var(--color-grid)" />
              <XAxis type="number" tickFormatter={numberTick} />
              <YAxis
                type="category"
                dataKey="name"
                width={TICK_WIDTH[locale]}
                interval={0}
                tick={categoryTicks[locale]}
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
                  fill={texturedFill(SPLIT_COLOURS[key] ?? '#666', SPLIT_TEXTURES[key] ?? 'solid')}
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
