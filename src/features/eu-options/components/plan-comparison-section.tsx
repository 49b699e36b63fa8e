import { ChartFrame } from '@/components/chart-frame';
import { LoadError, LoadingBlock } from '@/components/load-state';
import { formatSourceDate } from '@/lib/format';
import { euOptionsText } from '../eu-options-text';
import { useEuOptions } from '../api/eu-options-queries';
import { ComparisonTable } from './comparison-table';
import { GuaranteesChart } from './guarantees-chart';
import './eu-options.css';

/** View 2 of the financing page: Plan A vs Plan B side by side, and Plan B's national guarantees. */
export function PlanComparisonSection({ highlight }: { highlight: readonly string[] }) {
  const query = useEuOptions();
  const t = euOptionsText();
  if (query.error) {
    return (
      <LoadError error={query.error} onRetry={() => void query.refetch()} what={t.comparisonWhat} />
    );
  }
  if (!query.data) return <LoadingBlock label={t.comparisonWhat} height={400} />;
  const data = query.data;
  return (
    <section className="eu-options" aria-labelledby="plan-comparison-heading">
      <h2 id="plan-comparison-heading" className="section-title">
        {t.comparisonHeading}
      </h2>
      <div className="chart-grid eu-options__grid">
        <ChartFrame
          id="plan-comparison"
          title={t.comparisonTitle}
          units={t.comparisonUnits}
          source={
            <>
              {data.compiledFrom}; {t.everyCellSources}
            </>
          }
          asOf={formatSourceDate(data.asOf)}
          notes={<p>{t.reliabilityNote}</p>}
          table={<ComparisonTable rows={data.comparison} />}
        />
        <GuaranteesChart data={data} highlight={highlight} />
      </div>
    </section>
  );
}
