import { lazy, Suspense } from 'react';
import { LoadingBlock } from '@/components/load-state';
import { FilterBar } from '@/features/filters/components/filter-bar';
import { IgnoredNotice } from '@/features/filters/components/ignored-notice';
import { useUrlState } from '@/features/filters/model/use-url-state';
import { usePledgeData } from '@/features/pledges/api/use-pledge-data';
import { CATEGORY_LABELS, INSTRUMENT_LABELS } from '@/features/pledges/model/labels';
import { FiltersPanel, countActive } from './filters-panel';
import { PledgeSection, PledgeTableSection, usePledgeView } from './pledge-section';

const KielSection = lazy(() => import('./kiel-section'));

const NO_CODES: string[] = [];
const MONTH_BOUNDS = { min: '2022-01', max: '2026-12' };

/** The explorer: filters (in the URL), headline figures, and every chart following the filter. */
export function Dashboard() {
  const { state, ignored, setFilters, setView, dismissIgnored } = useUrlState();
  const pledgeData = usePledgeData();
  const prepared = pledgeData.status === 'success' ? pledgeData.prepared : null;
  const purlContributors = prepared?.purlContributors ?? NO_CODES;
  const available = prepared?.donorsInData;
  const { filters, view } = state;
  const pledgeView = usePledgeView(pledgeData, filters, view.split);
  return (
    <div className="dashboard-layout">
      <FiltersPanel activeCount={countActive(filters)}>
        <FilterBar
          filters={filters}
          onChange={setFilters}
          purlContributors={purlContributors}
          instrumentLabels={INSTRUMENT_LABELS}
          categoryLabels={CATEGORY_LABELS}
          monthBounds={MONTH_BOUNDS}
          available={available}
        />
      </FiltersPanel>
      <main id="main" className="dashboard" tabIndex={-1}>
        <IgnoredNotice ignored={ignored} onDismiss={dismissIgnored} />
        <PledgeSection
          data={pledgeData}
          state={pledgeView}
          filters={filters}
          split={view.split}
          onSplitChange={(split) => setView({ split })}
        />
        <section className="dashboard__section" aria-labelledby="kiel-heading">
          <h2 id="kiel-heading" className="section-title">
            Context: Kiel Ukraine Support Tracker, release 29
          </h2>
          <Suspense fallback={<LoadingBlock label="Kiel tracker charts" height={480} />}>
            <KielSection
              filters={filters}
              measure={view.kielMeasure}
              onMeasureChange={(kielMeasure) => setView({ kielMeasure })}
            />
          </Suspense>
        </section>
        <PledgeTableSection data={pledgeData} state={pledgeView} />
      </main>
    </div>
  );
}
