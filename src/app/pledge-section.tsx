import { loadPurlTimelineChart } from '@/features/purl';
import {
  loadPledgeTable,
  PLEDGES_FILE_NAME,
  type PledgeDataState,
  HeadlineFigures,
  PledgesByDonorChart,
  RejectedRowsNotice,
  type DonorScope,
  cachedPledgeView,
  type PledgeView,
} from '@/features/pledges';
import { StaleSectionNotes } from '@/features/freshness';
import { lazy, Suspense, useMemo } from 'react';
import { DeferOffscreen } from '@/components/defer-offscreen';
import { LoadError, LoadingBlock } from '@/components/load-state';
import type { FilterState } from '@/lib/filter-state';
import { messages } from '@/lib/i18n/messages';
import { useTakeaways } from '@/features/briefing';

/**
 * Below the donor chart: its code, its model (events and running totals from the counted rows) and
 * Recharts' line chart load after the first view.
 */
/** The data sets this section draws on (their freshness notes show here). */
const PLEDGE_DATA_SETS = ['pledges', 'fxRates', 'purl'] as const;
const PurlTimelineChart = lazy(() =>
  loadPurlTimelineChart().then((module) => ({
    default: module.PurlTimelineChart,
  })),
);

/** The last section: its code loads after the first view, like the timeline's. */
const PledgeTable = lazy(() =>
  loadPledgeTable().then((module) => ({
    default: module.PledgeTable,
  })),
);

export interface PledgeViewState {
  view: PledgeView;
}

/** Filter, count and aggregate once per filter change; every pledge view reads the result. */
export function usePledgeView(
  data: PledgeDataState,
  filters: FilterState,
  split: 'instrument' | 'category',
) {
  const prepared = data.status === 'success' ? data.prepared : null;
  return useMemo((): PledgeViewState | null => {
    if (!prepared) return null;
    return { view: cachedPledgeView(prepared, filters, split) };
  }, [prepared, filters, split]);
}

function isFiltered(filters: FilterState) {
  return (
    filters.donors.length > 0 ||
    filters.instruments.length > 0 ||
    filters.categories.length > 0 ||
    filters.from !== null ||
    filters.to !== null
  );
}

interface PledgeSectionProps {
  data: PledgeDataState;
  state: PledgeViewState | null;
  filters: FilterState;
  split: 'instrument' | 'category';
  onSplitChange: (split: 'instrument' | 'category') => void;
  donorScope: DonorScope;
  onDonorScopeChange: (scope: DonorScope) => void;
  /** False until the first view is painted: the PURL timeline waits until then. */
  belowFold: boolean;
}

/** Headline, donor bars and PURL timeline: all from one filtered, counted selection. */
export function PledgeSection({
  data,
  state,
  filters,
  split,
  onSplitChange,
  donorScope,
  onDonorScopeChange,
  belowFold,
}: PledgeSectionProps) {
  const text = messages().pledges;
  const takeaways = useTakeaways(data.status === 'success' && state !== null);
  if (data.status === 'error') {
    return (
      <section className="dashboard__section" aria-label={text.section}>
        <LoadError error={data.error} onRetry={data.retry} what={text.loadWhat} />
      </section>
    );
  }
  if (data.status === 'pending' || !state) {
    return (
      <section className="dashboard__section" aria-label={text.section} aria-busy="true">
        <LoadingBlock label={text.loadingLabel} height={480} />
      </section>
    );
  }
  const asOf = data.prepared.dataset.dataset.asOf;
  return (
    <section className="dashboard__section" aria-label={text.section}>
      <RejectedRowsNotice rejected={data.rejected} fileName={PLEDGES_FILE_NAME} />
      <StaleSectionNotes page="explorer" sections={PLEDGE_DATA_SETS} />
      <HeadlineFigures
        headline={state.view.headline}
        asOf={asOf}
        filtered={isFiltered(filters)}
        datasetLines={data.prepared.dataset.pledges.length}
      />
      <div className="chart-grid">
        <PledgesByDonorChart
          view={state.view}
          prepared={data.prepared}
          split={split}
          onSplitChange={onSplitChange}
          scope={donorScope}
          onScopeChange={onDonorScopeChange}
          asOf={asOf}
          fxNote={data.fxNote}
          interactive={belowFold}
          takeaway={takeaways?.pledgesByDonorTakeaway}
        />
        {belowFold ? (
          <Suspense fallback={<LoadingBlock label={text.purlLoading} height={420} />}>
            <PurlTimelineChart
              selection={state.view}
              prepared={data.prepared}
              asOf={asOf}
              fxNote={data.fxNote}
              takeaway={takeaways?.purlTimelineTakeaway}
            />
          </Suspense>
        ) : (
          <LoadingBlock label={text.purlLoading} height={420} />
        )}
      </div>
    </section>
  );
}

/** The table of every pledge in the filter (placed last: it is long). */
export function PledgeTableSection({
  data,
  state,
}: {
  data: PledgeDataState;
  state: PledgeViewState | null;
}) {
  if (data.status !== 'success' || !state) return null;
  return (
    // Below the charts: off screen, a filter change rebuilds it when the browser is idle.
    <DeferOffscreen>
      <Suspense fallback={<LoadingBlock label={messages().app.tableLoading} height={480} />}>
        <PledgeTable
          view={state.view}
          columns={data.prepared.columns}
          asOf={data.prepared.dataset.dataset.asOf}
          fxNote={data.fxNote}
        />
      </Suspense>
    </DeferOffscreen>
  );
}
