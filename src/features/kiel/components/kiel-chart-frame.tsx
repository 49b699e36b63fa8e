import type { ReactNode } from 'react';
import { ChartFrame } from '@/components/chart-frame';
import type { ChartExplore } from '@/components/chart-explorer';
import { formatMonth, formatSourceDate } from '@/lib/format';
import { LoadError, LoadingBlock } from '@/components/load-state';
import { DataSourceLine } from '@/components/data-source-line';
import { KIEL_FILES } from '../api/kiel-queries';
import { useKielReleaseInfo } from '../api/use-kiel-data';
import { KIEL_CITATION, KIEL_DATA_PERIOD, KIEL_URL } from './kiel-series';
import { kielText } from '../kiel-text';

interface KielChartFrameProps {
  id: string;
  title: string;
  units: string;
  controls?: ReactNode;
  notes?: ReactNode;
  table: ReactNode;
  children: ReactNode;
  explore?: ChartExplore;
  summary?: string;
}

/** "04/2026" -> "Apr 2026 (last month of data)". */
export function kielAsOf(period: string): string {
  return kielText().dataPeriod(kielMonth(period));
}

/** "04/2026" -> "Apr 2026" (the tracker's data period as a month in words). */
export function kielMonth(period: string): string {
  const match = /^(\d{2})\/(\d{4})$/.exec(period);
  return match ? formatMonth(`${match[2]}-${match[1]}`) : period;
}

/**
 * ChartFrame with the Kiel tracker's citation, link, release date (from release_info.csv) and
 * data period. If release_info.csv fails, the chart still shows; only the date is left out.
 */
export function KielChartFrame({
  id,
  title,
  units,
  controls,
  notes,
  table,
  children,
  explore,
  summary,
}: KielChartFrameProps) {
  const release = useKielReleaseInfo();
  const info = release.data?.rows[0];
  return (
    <ChartFrame
      id={id}
      title={title}
      units={units}
      controls={controls}
      notes={notes}
      table={table}
      explore={explore}
      summary={summary}
      headingLevel={3}
      // Recharts stacked bars (hundreds of components): off screen, a filter change redraws them
      // when they scroll near, not when idle (their description and table follow at once).
      offscreenRedraw="near"
      asOf={kielAsOf(info?.period ?? KIEL_DATA_PERIOD)}
      source={
        <DataSourceLine
          kind="kiel"
          fallback={
            <>
              <a href={KIEL_URL} target="_blank" rel="noopener noreferrer">
                {KIEL_CITATION}
              </a>
              {info ? kielText().released(kielMonth(info.period), formatSourceDate(info.date)) : ''}
              .
            </>
          }
        />
      }
    >
      {children}
    </ChartFrame>
  );
}

/**
 * What a Kiel chart's frame shows while data_explorer.csv loads or after it failed (with Retry).
 * Returned as props for the same KielChartFrame, so that the frame keeps its state when data arrives.
 */
export function kielPendingContent(
  error: Error | null,
  onRetry: () => void,
  height: number,
): Pick<KielChartFrameProps, 'table' | 'children'> {
  return {
    table: <p>{error ? kielText().noTable(KIEL_FILES.dataExplorer) : kielText().loading}</p>,
    children: error ? (
      <LoadError
        error={error}
        onRetry={onRetry}
        what={kielText().loadWhat(KIEL_FILES.dataExplorer)}
      />
    ) : (
      <LoadingBlock label={KIEL_FILES.dataExplorer} height={height} />
    ),
  };
}
