import { useMemo, useRef, useState } from 'react';
import { ChartFrame } from '@/components/chart-frame';
import { DataTable, type DataColumn } from '@/components/data-table';
import { useElementSize } from '@/lib/use-element-size';
import {
  disputeText,
  describeDispute,
  type PledgeSelection,
  type PreparedPledges,
} from '@/features/pledges';
import { formatDecimal, formatEurMillions, formatMoney, formatSourceDate } from '@/lib/format';
import { getLocale } from '@/lib/i18n/locale';
import { messages } from '@/lib/i18n/messages';
import { purlChartText, type PurlChartText } from '../purl-chart-text';
import { purlDisputes } from '../model/purl-disputes';
import { purlTimelineView, type PurlEvent } from '../model/purl-timeline';
import { PurlTimePlot, type PlotHover, type PlotPalette } from './purl-time-plot';
import { PurlTooltip } from './purl-tooltip';
import { StatedTotals } from './stated-totals';
import './purl-chart.css';
import { useChartFontSize } from '@/lib/theme/use-chart-font-size';

interface PurlTimelineChartProps {
  /** The rows of the current filter; the chart picks and orders the PURL events. */
  selection: PledgeSelection;
  /** The data set (its columns, package index and rates). */
  prepared: Pick<PreparedPledges, 'columns' | 'index' | 'rates'>;
  asOf: string;
  fxNote: string;
  /** The chart's one-line summary (the deck's takeaway, given by src/app once its code has loaded). */
  takeaway?: ((events: readonly PurlEvent[], perMonth: boolean) => string) | undefined;
}

const SCREEN: PlotPalette = {
  text: 'var(--color-chart-text, var(--color-text))',
  muted: 'var(--color-muted)',
  grid: 'var(--color-grid)',
  line: 'var(--color-chart-text, var(--color-text))',
  lineWidth: 2,
};

const columns = (text: PurlChartText, disputed: ReadonlySet<string>): DataColumn<PurlEvent>[] => [
  { key: 'date', header: text.columns.date, cell: (e) => formatSourceDate(e.date) },
  {
    key: 'what',
    header: text.columns.label,
    cell: (e) => (
      <>
        <span className="block">
          {e.label}
          {disputed.has(e.id) ? ` ${disputeText().mark}` : ''}
        </span>
        <span className="muted small">{e.description}</span>
      </>
    ),
  },
  {
    key: 'amount',
    header: text.columns.amount,
    numeric: true,
    cell: (e) => formatMoney(e.amount, e.currency),
  },
  { key: 'eur', header: text.columns.eur, numeric: true, cell: (e) => formatEurMillions(e.eur) },
  {
    key: 'adds',
    header: text.columns.adds,
    numeric: true,
    cell: (e) => formatEurMillions(e.addsEur),
  },
  {
    key: 'running',
    header: text.columns.running,
    numeric: true,
    cell: (e) => formatEurMillions(e.runningEur),
  },
];

/** Each PURL package at its announcement date, with the running total that counts every euro once. */
export function PurlTimelineChart({
  selection,
  prepared,
  asOf,
  fxNote,
  takeaway,
}: PurlTimelineChartProps) {
  const text = purlChartText();
  const { events, perMonth } = useMemo(
    () => purlTimelineView(selection, prepared),
    [selection, prepared],
  );
  const fontSize = useChartFontSize();
  const disputes = useMemo(() => purlDisputes(events, prepared.rates), [events, prepared.rates]);
  const box = useRef<HTMLDivElement>(null);
  // Width only: the plot's height follows the data, and must not render the chart again.
  const { width } = useElementSize(box, 'width');
  const [hover, setHover] = useState<PlotHover | null>(null);
  const last = events.at(-1);
  return (
    <ChartFrame
      id="purl-over-time"
      title={text.title}
      summary={events.length > 0 ? takeaway?.(events, perMonth) : undefined}
      explore={{
        layout: 'vertical-bars',
        categories: events.map((e, i) => `${i + 1}. ${formatSourceDate(e.date)}: ${e.label}`),
        series: [text.single, text.jointTotal, text.running],
        stacked: 2,
        value: (at, series) => {
          const e = events[at];
          if (!e) return undefined;
          if (series === 2) return e.runningEur / 1e6;
          return (series === 1) === e.joint ? e.eur / 1e6 : undefined;
        },
        format: (value) => messages().pledges.eurMillionTooltip(formatDecimal(value)),
      }}
      units={text.units}
      source={text.source}
      asOf={formatSourceDate(asOf)}
      notes={
        <>
          <p>
            {text.notes} {fxNote}
          </p>
          {disputes.figures.length > 0 && (
            <ul className="dispute-notes" data-testid="purl-dispute-notes">
              {disputes.figures.map((figure) => (
                <li key={figure.id}>{describeDispute(figure)}</li>
              ))}
            </ul>
          )}
          <StatedTotals />
        </>
      }
      table={
        <DataTable
          caption={text.caption}
          columns={columns(text, disputes.ids)}
          rows={events}
          rowKey={(e) => e.id}
          footer={{
            date: messages().frame.total,
            running: last ? formatEurMillions(last.runningEur) : '–',
          }}
        />
      }
    >
      {events.length === 0 ? (
        <p className="empty">{text.noMatch}</p>
      ) : (
        // The keyboard and screen readers use the frame's chart explorer (one Tab stop, arrow keys,
        // the point written above the chart); the mouse gets the tooltip.
        <div ref={box} className="purl-time-chart" onMouseLeave={() => setHover(null)}>
          {width > 0 && (
            <PurlTimePlot
              events={events}
              perMonth={perMonth}
              width={width}
              fontSize={fontSize}
              palette={SCREEN}
              disputed={disputes.ids}
              mark={disputeText().mark}
              locale={getLocale() === 'de' ? 'de' : 'en'}
              title={text.svgTitle}
              desc={text.desc}
              runningTitle={text.runningAxis}
              barsTitle={text.barsAxis}
              onHover={setHover}
            />
          )}
          {hover && (
            <PurlTooltip
              hover={hover}
              width={width}
              figure={disputes.figures.find((f) => f.id === hover.event.id) ?? null}
            />
          )}
        </div>
      )}
    </ChartFrame>
  );
}
