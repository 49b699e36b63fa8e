import { loadDataChangelogSection } from '@/features/changelog';
import { lazy, memo, Suspense, useEffect, useMemo, useState } from 'react';
import { LoadingBlock } from '@/components/load-state';
import { PoliteAnnouncer } from '@/components/polite-announcer';
import {
  filterAnnouncement,
  FilterBar,
  IgnoredNotice,
  includeMonth,
  monthBoundsOf,
  monthOf,
  useUrlState,
} from '@/features/filters';
import { readParam, useSearch, writeParams } from '@/lib/url-params';
import { KIEL_RELEASES } from '@/features/kiel';
import { PageFreshnessNote, StaleSectionNotes } from '@/features/freshness';
import { KielDataHeading } from '@/features/import';
import {
  usePledgeData,
  categoryLabels,
  instrumentLabels,
  type PreparedPledges,
} from '@/features/pledges';
import { messages } from '@/lib/i18n/messages';
import { useAfterFirstPaint } from '@/lib/use-after-first-paint';
import { usePresetViewsAhead } from './use-preset-views-ahead';
import { FiltersPanel, countActive } from './filters-panel';
import { PageNav } from './page-nav';
import { parsePageParam } from '@/lib/page-param';
import { PledgeSection, PledgeTableSection, usePledgeView } from './pledge-section';
import { Overview, selectionPeriod } from '@/features/overview';

const KielSection = lazy(() => import('./kiel-section'));
const FinancingPage = lazy(() => import('./financing-page'));
// Memoised: it does not depend on the filters, so a filter change does not render it again.
const DataChangelogSection = memo(
  lazy(() =>
    loadDataChangelogSection().then((module) => ({
      default: module.DataChangelogSection,
    })),
  ),
);

const NO_CODES: string[] = [];
const KIEL_SECTION = ['kiel'] as const;
const KIEL_MONTHS = [KIEL_RELEASES.current.firstMonth, KIEL_RELEASES.current.lastMonth];
const KIEL_BOUNDS = { min: KIEL_RELEASES.current.firstMonth, max: KIEL_RELEASES.current.lastMonth };

/**
 * The date filter's bounds: from the first to the last month of the pledges and the Kiel release,
 * or to the current month when the data ends earlier.
 */
function useMonthBounds(prepared: PreparedPledges | null) {
  return useMemo(
    () =>
      includeMonth(
        monthBoundsOf(
          [...KIEL_MONTHS, ...(prepared?.dataset.pledges.map((p) => p.announced) ?? [])],
          KIEL_BOUNDS,
        ),
        monthOf(new Date()),
      ),
    [prepared],
  );
}

/** The pages: the explorer (default) and the funding gap / EU options page (`?page=financing`). */
export function Dashboard() {
  const search = useSearch();
  const choice = parsePageParam(readParam(search, 'page'));
  const { state } = useUrlState();
  const [unknownPage, setUnknownPage] = useState<string | null>(null);
  // A link naming no page opens the explorer; the notice says so (until dismissed), the URL is cleaned.
  if (choice.unknown !== null && choice.unknown !== unknownPage) setUnknownPage(choice.unknown);
  useEffect(() => {
    if (choice.unknown !== null) writeParams({ page: null });
  }, [choice.unknown]);
  return (
    <>
      <PageNav current={choice.page} search={search} />
      {unknownPage !== null && (
        <div className="page-notice" role="status">
          <p>{messages().app.unknownPage(unknownPage)}</p>
          <button
            type="button"
            className="button button--small"
            onClick={() => setUnknownPage(null)}
          >
            {messages().filters.dismiss}
          </button>
        </div>
      )}
      {choice.page === 'financing' ? (
        <main id="main" className="dashboard dashboard--page" tabIndex={-1}>
          <Suspense
            fallback={<LoadingBlock label={messages().app.financingLoading} height={480} />}
          >
            <FinancingPage highlight={state.filters.donors} />
            <DataChangelogSection />
          </Suspense>
        </main>
      ) : (
        <Explorer />
      )}
    </>
  );
}

/** The explorer: filters (in the URL), headline figures, and every chart following the filter. */
function Explorer() {
  const { state, ignored, setFilters, setView, dismissIgnored } = useUrlState();
  const pledgeData = usePledgeData();
  const prepared = pledgeData.status === 'success' ? pledgeData.prepared : null;
  const purlContributors = prepared?.purlContributors ?? NO_CODES;
  const available = prepared?.donorsInData;
  const monthBounds = useMonthBounds(prepared);
  const { filters, view } = state;
  const search = useSearch();
  const pledgeView = usePledgeView(pledgeData, filters, view.split);
  // What lies below the donor chart (timeline, Kiel section, table) mounts once it is painted.
  const belowFold = useAfterFirstPaint(pledgeData.status !== 'pending');
  usePresetViewsAhead(prepared, filters, view.split, belowFold);
  return (
    <div className="dashboard-layout">
      <FiltersPanel activeCount={countActive(filters)}>
        <FilterBar
          filters={filters}
          onChange={setFilters}
          purlContributors={purlContributors}
          instrumentLabels={instrumentLabels()}
          categoryLabels={categoryLabels()}
          monthBounds={monthBounds}
          available={available}
        />
      </FiltersPanel>
      <main id="main" className="dashboard" tabIndex={-1}>
        <PoliteAnnouncer
          message={pledgeView ? filterAnnouncement(filters, pledgeView.view.headline) : null}
        />
        <IgnoredNotice ignored={ignored} onDismiss={dismissIgnored} />
        {prepared && pledgeView && (
          <Overview
            headline={pledgeView.view.headline}
            period={selectionPeriod(prepared.columns, pledgeView.view.rowIndex)}
            asOf={prepared.dataset.dataset.asOf}
            filtered={countActive(filters) > 0}
            search={search}
          />
        )}
        <PageFreshnessNote page="explorer" />
        <PledgeSection
          data={pledgeData}
          state={pledgeView}
          filters={filters}
          split={view.split}
          onSplitChange={(split) => setView({ split })}
          donorScope={view.donorScope}
          onDonorScopeChange={(donorScope) => setView({ donorScope })}
          belowFold={belowFold}
        />
        <section className="dashboard__section" aria-labelledby="kiel-heading">
          <h2 id="kiel-heading" className="section-title">
            <KielDataHeading bundled={messages().app.kielHeading} />
          </h2>
          <StaleSectionNotes page="explorer" sections={KIEL_SECTION} />
          {belowFold ? (
            <Suspense fallback={<LoadingBlock label={messages().app.kielLoading} height={480} />}>
              <KielSection
                filters={filters}
                measure={view.kielMeasure}
                onMeasureChange={(kielMeasure) => setView({ kielMeasure })}
              />
            </Suspense>
          ) : (
            <LoadingBlock label={messages().app.kielLoading} height={480} />
          )}
        </section>
        {belowFold && <PledgeTableSection data={pledgeData} state={pledgeView} />}
        {belowFold && (
          <Suspense fallback={null}>
            <DataChangelogSection />
          </Suspense>
        )}
      </main>
    </div>
  );
}
