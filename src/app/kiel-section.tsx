import type { FilterState, ViewOptions } from '@/lib/filter-state';
import { KielAllocationsChart, KielMonthlyChart, KielReleaseChanges } from '@/features/kiel';
import { useTakeaways } from '@/features/briefing';

interface KielSectionProps {
  filters: FilterState;
  measure: ViewOptions['kielMeasure'];
  onMeasureChange: (measure: ViewOptions['kielMeasure']) => void;
}

/** Context from the Kiel tracker. Loaded as its own chunk: the first chart does not need it. */
export default function KielSection({ filters, measure, onMeasureChange }: KielSectionProps) {
  const takeaways = useTakeaways();
  return (
    <>
      <div className="chart-grid">
        <KielAllocationsChart
          filters={filters}
          measure={measure}
          onMeasureChange={onMeasureChange}
          takeaway={takeaways?.kielAllocationsTakeaway}
        />
        <KielMonthlyChart filters={filters} takeaway={takeaways?.kielMonthlyTakeaway} />
      </div>
      <KielReleaseChanges />
    </>
  );
}
