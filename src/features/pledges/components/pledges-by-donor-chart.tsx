import { useId, useMemo } from 'react';
import { DonorBarPlot } from './donor-bar-plot';
import { ChartFrame } from '@/components/chart-frame';
import { useChartFontSize } from '@/lib/theme/use-chart-font-size';
import { ChartLegend } from '@/components/chart-legend';
import { DataTable, type DataColumn } from '@/components/data-table';
import { hatchedFill } from '@/components/hatch-fill';
import { donorName } from '@/lib/donors';
import { DataSourceLine } from '@/components/data-source-line';
import { formatEurMillions, formatSourceDate } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';
import { useDonorGdp } from '../api/use-donor-gdp';
import { disputeText } from '../dispute-text';
import { donorViewText } from '../donor-view-text';
import { JOINT_KEY, type DonorAggregate } from '../model/aggregate-by-donor';
import { donorDisputes, disputesWithBars } from '../model/donor-disputes';
import {
  isNationalRow,
  nationalDonorTotals,
  scaleDonorBars,
  type DonorScope,
  type ScaledDonorBar,
} from '../model/donor-scope';
import { describeDispute } from '../model/disputes';
import type { PledgeView, PreparedPledges } from '../model/pledge-view';
import { SPLIT_COLOURS, SPLIT_TEXTURES, splitLabel } from '../model/labels';
import { texturedFill } from '@/components/series-texture';
import { getLocale } from '@/lib/i18n/locale';
import {
  donorRowShape,
  donorTooltipContent,
  ROW_SUM_KEY,
  rowSum,
  type DonorSeries,
} from './donor-row-shape';

interface PledgesByDonorChartProps {
  /** The filter's rows and their totals by donor. */
  view: PledgeView;
  prepared: Pick<PreparedPledges, 'columns' | 'rates'>;
  split: 'instrument' | 'category';
  onSplitChange: (split: 'instrument' | 'category') => void;
  scope: DonorScope;
  onScopeChange: (scope: DonorScope) => void;
  asOf: string;
  fxNote: string;
  /** True once the first view is drawn: the tooltip's code loads then. */
  interactive: boolean;
  /** The chart's one-line summary (the deck's takeaway, given by src/app once its code has loaded). */
  takeaway?: ((byDonor: DonorAggregate) => string) | undefined;
}

const barLabel = (donor: string) =>
  donor === JOINT_KEY ? messages().pledges.joint : donorName(donor);

/** The "Joint, not attributed" bar is hatched in every series colour (a data entry's own fill). */
const JOINT_FILL = hatchedFill();

// Props given to Recharts keep their identity between renders: a new function or object makes
// Recharts store the axis or tooltip settings again and recompute what depends on them.
const TICK_WIDTH = { en: 150, de: 180 } as const;

/** Horizontal bars of counted EUR by donor, stacked by instrument or category. */
export function PledgesByDonorChart({
  view,
  prepared,
  split,
  onSplitChange,
  scope,
  onScopeChange,
  asOf,
  fxNote,
  interactive,
  takeaway,
}: PledgesByDonorChartProps) {
  const text = messages().pledges;
  const viewText = donorViewText();
  const mark = disputeText().mark;
  const splitName = text.splitNames[split];
  const gdpQuery = useDonorGdp(scope === 'gdp');
  const national = scope !== 'all';
  const { columns, rates } = prepared;
  const byDonor: DonorAggregate = useMemo(
    () => (national ? nationalDonorTotals(columns, view, split) : view.byDonor),
    [national, columns, view, split],
  );
  const disputes = useMemo(
    () => donorDisputes(columns, view, rates, national ? isNationalRow(columns) : undefined),
    [columns, view, rates, national],
  );
  const gdp = scope === 'gdp' ? (gdpQuery.data ?? null) : null;
  const scaled = useMemo(() => scaleDonorBars(byDonor, gdp), [byDonor, gdp]);
  const { unit } = scaled;
  const valueText = (value: number) => viewText.value(value, unit);
  const language = getLocale();
  // Given to Recharts: the same function until the unit or the language changes.
  const tooltipAmount = useMemo(
    () => (value: unknown) => donorViewText().value(Number(value), unit),
    // The text follows the language in use when it is called; a new one per language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [unit, language],
  );
  const marked = (donor: string) => (disputes.has(donor) ? ` ${mark}` : '');
  // The chart's rows: the same array until the figures or their text change, so that a render
  // for anything else (the takeaway arriving, the tooltip's code) does not redraw the chart.
  const data = useMemo(
    () =>
      scaled.bars.map((bar) => {
        // Absent parts stay undefined, so the tooltip lists only real parts.
        const parts = Object.fromEntries(byDonor.keys.map((key) => [key, bar.parts[key]]));
        return {
          name: `${barLabel(bar.donor)}${marked(bar.donor)} · ${valueText(bar.total)}`,
          ...(bar.donor === JOINT_KEY ? { fill: JOINT_FILL } : {}),
          ...parts,
          [ROW_SUM_KEY]: rowSum(parts, byDonor.keys),
        };
      }),
    // valueText and marked follow unit, language and disputes (and the mark's language).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scaled, byDonor.keys, disputes, unit, language, mark],
  );
  // One Bar draws every row; its shape splits the row into the series (see donor-row-shape).
  const idPrefix = `donor-fill${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const keysId = byDonor.keys.join('|');
  const { shape, tooltipContent } = useMemo(() => {
    const series: DonorSeries[] = keysId.split('|').map((key) => ({
      key,
      label: splitLabel(key),
      colour: SPLIT_COLOURS[key] ?? '#666',
      fill: texturedFill(SPLIT_COLOURS[key] ?? '#666', SPLIT_TEXTURES[key] ?? 'solid'),
    }));
    return {
      shape: donorRowShape(series, idPrefix, JOINT_FILL),
      tooltipContent: donorTooltipContent(series, (value) => viewText.value(value, unit)),
    };
    // viewText is rebuilt per render; its language and the unit are what the text depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keysId, idPrefix, unit, language]);
  const fontSize = useChartFontSize();
  const locale = language === 'de' ? 'de' : 'en';
  // Two-line labels need two lines of room.
  const height = Math.max(160, 50 + scaled.bars.length * Math.max(30, fontSize * 2 + 4));
  // The label column grows with the text (TICK_WIDTH is for 13 px).
  const tickWidth = Math.round((TICK_WIDTH[locale] * fontSize) / 13);
  const largest = scaled.bars.reduce((max, bar) => Math.max(max, bar.total), 0);
  const eurBars = new Map(byDonor.bars.map((bar) => [bar.donor, bar]));
  const tableColumns: DataColumn<ScaledDonorBar>[] = [
    {
      key: 'donor',
      header: text.donor,
      cell: (bar) => `${barLabel(bar.donor)}${marked(bar.donor)}`,
    },
    ...byDonor.keys.map((key) => ({
      key,
      header: text.eurMillionColumn(splitLabel(key)),
      numeric: true,
      cell: (bar: ScaledDonorBar) => {
        const part = eurBars.get(bar.donor)?.parts[key];
        return part ? formatEurMillions(part) : '–';
      },
    })),
    {
      key: 'total',
      header: text.totalEurM,
      numeric: true,
      cell: (bar) => formatEurMillions(bar.totalEur),
    },
    ...(unit === 'pct'
      ? [
          {
            key: 'pct',
            header: viewText.axisTitle.pct,
            numeric: true,
            cell: (bar: ScaledDonorBar) => valueText(bar.total),
          },
        ]
      : []),
  ];
  const footer: Record<string, string> = { donor: messages().frame.total };
  for (const key of byDonor.keys) {
    footer[key] = formatEurMillions(
      scaled.bars.reduce((sum, bar) => sum + (eurBars.get(bar.donor)?.parts[key] ?? 0), 0),
    );
  }
  footer.total = formatEurMillions(scaled.bars.reduce((sum, bar) => sum + bar.totalEur, 0));
  const disputedFigures = disputesWithBars(disputes);

  return (
    <ChartFrame
      id="pledges-by-donor"
      title={text.byDonorTitle}
      // An empty chart says so in its body; the summary would say it twice.
      summary={byDonor.bars.length > 0 ? takeaway?.(byDonor) : undefined}
      explore={{
        layout: 'horizontal-bars',
        categories: data.map((row) => row.name),
        series: byDonor.keys.map(splitLabel),
        value: (bar, key) => scaled.bars[bar]?.parts[byDonor.keys[key] ?? ''],
        format: valueText,
      }}
      units={viewText.units(viewText.axisTitle[unit], splitName)}
      source={<DataSourceLine kind="pledges" fallback={text.researchSource} />}
      asOf={formatSourceDate(asOf)}
      controls={
        <>
          <div className="segmented" role="group" aria-label={viewText.scopeLabel}>
            {(['all', 'national', 'gdp'] as const).map((option) => (
              <button
                key={option}
                type="button"
                className="segmented__option"
                aria-pressed={scope === option}
                onClick={() => onScopeChange(option)}
              >
                {viewText.scope[option]}
              </button>
            ))}
          </div>
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
        </>
      }
      notes={
        <>
          <p>
            {text.byDonorNotes} {fxNote}
          </p>
          {national && <p data-testid="donor-scope-note">{viewText.nationalNote}</p>}
          {scope === 'gdp' && gdpQuery.isPending && <p>{viewText.gdpLoading}</p>}
          {scope === 'gdp' && gdpQuery.isError && <p role="status">{viewText.gdpUnavailable}</p>}
          {unit === 'pct' && (
            <p>{viewText.gdpNote(scaled.withoutGdp.map(barLabel).join(', ') || '–')}</p>
          )}
          {disputedFigures.length > 0 && (
            <ul className="dispute-notes" data-testid="donor-dispute-notes">
              {disputedFigures.map(({ figure, bars }) => (
                <li key={figure.id}>
                  {disputeText().barNote(describeDispute(figure), bars.map(barLabel).join(', '))}
                </li>
              ))}
            </ul>
          )}
        </>
      }
      table={
        <DataTable
          caption={text.byDonorCaption}
          columns={tableColumns}
          rows={scaled.bars}
          rowKey={(bar) => bar.donor}
          footer={footer}
        />
      }
    >
      {scaled.bars.length === 0 ? (
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
          <DonorBarPlot
            data={data}
            rowsHeight={height}
            fontSize={fontSize}
            tickWidth={tickWidth}
            largest={largest}
            axisTitle={viewText.axisTitle[unit]}
            title={`${text.byDonorTitle}, ${viewText.axisTitle[unit]}`}
            desc={text.byDonorDesc(splitName)}
            totalName={text.totalEurM}
            shape={shape}
            tooltipContent={tooltipContent}
            tooltipAmount={tooltipAmount}
            interactive={interactive}
          />
        </>
      )}
    </ChartFrame>
  );
}
