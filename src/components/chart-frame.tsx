import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useMessages } from '@/lib/i18n/locale-provider';
import { ChartAbout } from './chart-about';
import { ChartExplorer, useRechartsDomFixes, type ChartExplore } from './chart-explorer';
import { DeferOffscreen } from './defer-offscreen';

/**
 * Extra actions for a chart's head (export, share), given by the app for a frame id: the frame
 * stays free of feature code. Null (the default) shows none.
 */
export const ChartActionsContext = createContext<((frameId: string) => ReactNode) | null>(null);

export interface ChartFrameProps {
  title: string;
  /** Units and what is shown, e.g. "EUR million, converted at reference rates". */
  units: string;
  /** The "Source: ..." line (text and links). */
  source: ReactNode;
  /** As-of date of the data, already formatted. */
  asOf: string;
  /** Optional controls shown under the title (toggles). */
  controls?: ReactNode;
  /** Notes under the chart (conversion, caveats). */
  notes?: ReactNode;
  /** The chart itself; omit it for a figure that is a table only. */
  children?: ReactNode;
  /** The same numbers as an HTML table (shown on request, or always when there is no chart). */
  table: ReactNode;
  /** Optional id for deep links and tests. */
  id?: string;
  /** The chart's points for the keyboard and its screen-reader summary (see chart-explorer.tsx). */
  explore?: ChartExplore;
  /** The data-driven takeaway, one sentence, shown under the title and read as the description. */
  summary?: string;
  /** The title's heading level: 3 where the chart sits under a section's h2. */
  headingLevel?: 2 | 3;
  /**
   * Off screen, a filter change redraws the chart when the browser is idle ("idle", the default),
   * or only when it scrolls near or is printed ("near": for costly charts; see DeferOffscreen).
   */
  offscreenRedraw?: 'idle' | 'near';
}

/**
 * Every chart is a <figure> with a visible title, units, source and as-of date, and a control
 * that shows its numbers as a table (the accessible alternative).
 */
export function ChartFrame({
  title,
  units,
  source,
  asOf,
  controls,
  notes,
  children,
  table,
  id,
  offscreenRedraw = 'idle',
  explore,
  summary,
  headingLevel = 2,
}: ChartFrameProps) {
  const text = useMessages().frame;
  const [showTable, setShowTable] = useState(false);
  /** Set by the "data table" link before the chart: the table takes focus once it is shown. */
  const focusTable = useRef(false);
  const headingId = useId();
  const tableId = useId();
  const summaryId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  useRechartsDomFixes(bodyRef);
  useEffect(() => {
    if (!focusTable.current || !showTable) return;
    focusTable.current = false;
    tableRef.current?.querySelector<HTMLElement>('[tabindex="0"], table')?.focus();
  }, [showTable]);
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const hasChart = children !== undefined && children !== null;
  const renderActions = useContext(ChartActionsContext);
  const actions = renderActions && id !== undefined ? renderActions(id) : null;
  return (
    <figure
      className="chart-frame"
      aria-labelledby={headingId}
      aria-describedby={summary ? summaryId : undefined}
      id={id}
    >
      <div className="chart-frame__head">
        <div>
          <Heading id={headingId} className="chart-frame__title">
            {title}
          </Heading>
          <p className="chart-frame__units">{units}</p>
          {summary && (
            <p id={summaryId} className="chart-frame__summary">
              {summary}
            </p>
          )}
        </div>
        <div className="chart-frame__actions">
          {actions}
          {hasChart && (
            <button
              type="button"
              className="button button--small"
              aria-expanded={showTable}
              aria-controls={tableId}
              onClick={() => setShowTable((value) => !value)}
            >
              {showTable ? text.showChart : text.showTable}
            </button>
          )}
        </div>
      </div>
      {controls && <div className="chart-frame__controls">{controls}</div>}
      {hasChart && (
        <div className="chart-frame__body" hidden={showTable} ref={bodyRef}>
          {explore && explore.categories.length > 0 && (
            <ChartAbout
              explore={explore}
              units={units}
              summary={summary}
              tableId={tableId}
              onOpenTable={() => {
                focusTable.current = true;
                setShowTable(true);
              }}
            />
          )}
          {explore && explore.categories.length > 0 ? (
            <ChartExplorer explore={explore} title={title}>
              {/* Off screen, a filter change redraws the chart when the browser is idle, or with
                  offscreenRedraw="near" when it scrolls near (or is printed). */}
              <DeferOffscreen catchUp={offscreenRedraw}>{children}</DeferOffscreen>
            </ChartExplorer>
          ) : (
            <DeferOffscreen catchUp={offscreenRedraw}>{children}</DeferOffscreen>
          )}
        </div>
      )}
      {/* A hidden table is not rendered: filter changes stay cheap; it is built when shown. */}
      <div id={tableId} hidden={hasChart && !showTable} ref={tableRef}>
        {!hasChart || showTable ? table : null}
      </div>
      {notes && <div className="chart-frame__notes">{notes}</div>}
      <figcaption className="chart-frame__source">
        <span>
          {text.source} {source}
        </span>{' '}
        <span className="chart-frame__asof">{text.asOf(asOf)}</span>
      </figcaption>
    </figure>
  );
}
