import { useMemo, useState } from 'react';
import type { FilterState } from '@/lib/filter-state';
import { KIEL_FILES } from '../api/kiel-queries';
import { useKielDataExplorer } from '../api/use-kiel-data';
import {
  allocationsByDonor,
  countNegativeToBeAllocated,
  type DonorAllocations,
  type KielMeasure,
} from '../model/kiel-selectors';
import { KielAllocationsBars } from './kiel-allocations-bars';
import { KielAllocationsTable } from './kiel-allocations-table';
import { KielChartFrame, kielPendingContent } from './kiel-chart-frame';
import { KielMeasureToggle } from './kiel-measure-toggle';
import { KielNotes } from './kiel-notes';
import { kielText } from '../kiel-text';
import { kielLabels } from './kiel-series';
import { formatNumber } from '@/lib/format';

/** Donors drawn before "Show all". */
export const TOP_DONORS = 15;

interface KielAllocationsChartProps {
  filters: FilterState;
  measure?: KielMeasure;
  onMeasureChange: (measure: KielMeasure) => void;
  /** The chart's one-line summary (the deck's takeaway, given by src/app once its code has loaded). */
  takeaway?: ((view: DonorAllocations, measure: KielMeasure) => string) | undefined;
}

/** Kiel tracker allocations by donor (military / financial / humanitarian), EUR bn or % of GDP. */
export function KielAllocationsChart({
  filters,
  measure = 'eur',
  onMeasureChange,
  takeaway,
}: KielAllocationsChartProps) {
  const query = useKielDataExplorer();
  const [showAll, setShowAll] = useState(false);
  const parsed = query.data;
  const view = useMemo(
    () => (parsed ? allocationsByDonor(parsed.rows, filters, measure) : null),
    [parsed, filters, measure],
  );
  const negative = useMemo(
    () => (parsed ? countNegativeToBeAllocated(parsed.rows, filters) : 0),
    [parsed, filters],
  );

  const text = kielText();
  const frame = {
    id: 'kiel-allocations',
    title: text.allocationsTitle,
    units: measure === 'gdp' ? text.unitsGdp : text.unitsEur,
    controls: <KielMeasureToggle measure={measure} onChange={onMeasureChange} />,
  };

  if (!parsed || !view) {
    return (
      <KielChartFrame
        {...frame}
        {...kielPendingContent(query.error, () => void query.refetch(), 360)}
      />
    );
  }

  const visible = showAll ? view.rows : view.rows.slice(0, TOP_DONORS);
  const hasValues = view.rows.some((row) => row.total > 0);
  const labels = kielLabels();
  const unit = measure === 'gdp' ? text.measureGdp : text.measureEur;
  return (
    <KielChartFrame
      {...frame}
      summary={takeaway?.(view, measure)}
      explore={
        hasValues
          ? {
              layout: 'horizontal-bars',
              categories: visible.map((row) => row.name),
              series: view.categories.map((category) => labels[category]),
              value: (row, category) => visible[row]?.[view.categories[category] ?? 'military'],
              format: (value) => `${formatNumber(value, measure === 'gdp' ? 3 : 2)} ${unit}`,
            }
          : undefined
      }
      notes={
        <KielNotes
          file={KIEL_FILES.dataExplorer}
          filters={filters}
          negativeToBeAllocated={negative}
          problems={parsed.problems}
          excluded={view.excluded}
        />
      }
      table={<KielAllocationsTable view={view} measure={measure} />}
    >
      {hasValues ? (
        <>
          <KielAllocationsBars rows={visible} categories={view.categories} measure={measure} />
          {view.rows.length > TOP_DONORS && (
            <button
              type="button"
              className="button button--small"
              aria-expanded={showAll}
              onClick={() => setShowAll((v) => !v)}
            >
              {showAll ? text.showTop(TOP_DONORS) : text.showAll(view.rows.length)}
            </button>
          )}
        </>
      ) : (
        <p className="empty">{text.noMatch}</p>
      )}
    </KielChartFrame>
  );
}
