import { ChartFrame } from '@/components/chart-frame';
import { LoadError, LoadingBlock } from '@/components/load-state';
import { formatSourceDate } from '@/lib/format';
import { useEuOptions } from '../api/eu-options-queries';
import { ComparisonTable } from './comparison-table';
import { GuaranteesChart } from './guarantees-chart';
import './eu-options.css';

/** View 2 of the financing page: Plan A vs Plan B side by side, and Plan B's national guarantees. */
export function PlanComparisonSection({ highlight }: { highlight: readonly string[] }) {
  const query = useEuOptions();
  if (query.error) {
    return (
      <LoadError
        error={query.error}
        onRetry={() => void query.refetch()}
        what="the Plan A vs Plan B comparison"
      />
    );
  }
  if (!query.data) return <LoadingBlock label="the Plan A vs Plan B comparison" height={400} />;
  const data = query.data;
  return (
    <section className="eu-options" aria-labelledby="plan-comparison-heading">
      <h2 id="plan-comparison-heading" className="section-title">
        Plan A vs Plan B: the two options of 3 Dec 2025
      </h2>
      <div className="chart-grid eu-options__grid">
        <ChartFrame
          id="plan-comparison"
          title="Plan A vs Plan B, point by point"
          units="Proposals of 3 Dec 2025 and what became of them; amounts in EUR bn as reported"
          source={<>{data.compiledFrom}; every cell names its own sources</>}
          asOf={formatSourceDate(data.asOf)}
          notes={
            <p>
              Reliability tags follow each source: official, wire/major media, media, aggregator
              (lower confidence), pro-Kremlin outlet (used only where nothing else was found). Where
              sources disagree, every value is shown with its source.
            </p>
          }
          table={<ComparisonTable rows={data.comparison} />}
        />
        <GuaranteesChart data={data} highlight={highlight} />
      </div>
    </section>
  );
}
