import { useMemo } from 'react';
import { LoadError, LoadingBlock } from '@/components/load-state';
import type { FilterState } from '@/features/filters/model/filter-state';
import type { PledgeDataState } from '@/features/pledges/api/use-pledge-data';
import { HeadlineFigures } from '@/features/pledges/components/headline-figures';
import { PledgeTable } from '@/features/pledges/components/pledge-table';
import { PledgesByDonorChart } from '@/features/pledges/components/pledges-by-donor-chart';
import { selectPledgeView } from '@/features/pledges/model/pledge-view';
import { PurlTimelineChart } from '@/features/purl/components/purl-timeline-chart';
import { buildPurlTimeline } from '@/features/purl/model/purl-timeline';

interface PledgeSectionProps {
  data: PledgeDataState;
  filters: FilterState;
  split: 'instrument' | 'category';
  onSplitChange: (split: 'instrument' | 'category') => void;
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

/** Headline, donor bars, PURL timeline and pledge table: all from one filtered, counted selection. */
export function PledgeSection({ data, filters, split, onSplitChange }: PledgeSectionProps) {
  const prepared = data.status === 'success' ? data.prepared : null;
  const view = useMemo(() => (prepared ? selectPledgeView(prepared, filters, split) : null), [prepared, filters, split]);
  const events = useMemo(
    () => (prepared && view ? buildPurlTimeline(view.counted, prepared.index, prepared.rates) : []),
    [prepared, view],
  );

  if (data.status === 'error') {
    return (
      <section className="dashboard__section" aria-label="Pledges">
        <LoadError error={data.error} onRetry={data.retry} what="the pledge data" />
      </section>
    );
  }
  if (data.status === 'pending' || !view) {
    return (
      <section className="dashboard__section" aria-label="Pledges" aria-busy="true">
        <LoadingBlock label="pledge data" height={480} />
      </section>
    );
  }
  const asOf = data.prepared.dataset.dataset.asOf;
  const fxNote = `EUR figures are converted from the original currencies at one reference rate per currency (${data.fxMethod}).`;
  return (
    <section className="dashboard__section" aria-label="Pledges">
      <HeadlineFigures headline={view.headline} asOf={asOf} filtered={isFiltered(filters)} />
      <div className="chart-grid">
        <PledgesByDonorChart byDonor={view.byDonor} split={split} onSplitChange={onSplitChange} asOf={asOf} fxNote={fxNote} />
        <PurlTimelineChart events={events} asOf={asOf} fxNote={fxNote} />
      </div>
      <PledgeTable counted={view.counted} asOf={asOf} fxNote={fxNote} undatedExcluded={view.undatedExcluded} />
    </section>
  );
}
