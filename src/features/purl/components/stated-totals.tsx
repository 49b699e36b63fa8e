import { useQuery } from '@tanstack/react-query';
import { SourceLink } from '@/components/source-link';
import { describeLoadError } from '@/components/load-state';
import { formatMoney, formatSourceDate } from '@/lib/format';
import { purlQueries } from '../api/purl-queries';
import type { PurlStatementType } from '../api/purl-totals-schema';

const TYPE_LABELS: Record<PurlStatementType, string> = {
  cumulative_pledged: 'pledged so far',
  delivered_value: 'delivered so far',
  new_pledges_at_meeting: 'new pledges at one meeting',
  target: 'target',
  cumulative_2025: 'raised in 2025',
};

/** Running totals as NATO, the US, Ukraine and the press stated them: context, never summed. */
export function StatedTotals() {
  const query = useQuery(purlQueries.statedTotals());
  if (query.isPending) return <p className="muted small">Loading stated running totals…</p>;
  if (query.isError) {
    return (
      <p className="muted small" role="alert">
        Stated running totals unavailable: {describeLoadError(query.error)}{' '}
        <button type="button" className="button button--small" onClick={() => void query.refetch()}>
          Retry
        </button>
      </p>
    );
  }
  return (
    <details className="stated-totals">
      <summary>
        Running totals as stated by NATO, the US, Ukraine and the press (
        {query.data.statements.length}; not pledges, never added)
      </summary>
      <ul>
        {query.data.statements.map((s) => (
          <li key={`${s.date}-${s.who}-${s.type}`}>
            <strong>{formatSourceDate(s.date)}</strong>, {s.who}:{' '}
            {formatMoney(s.amount, s.currency)}
            {s.per ? ` per ${s.per}` : ''} {TYPE_LABELS[s.type]}. <SourceLink source={s.source} />
          </li>
        ))}
      </ul>
    </details>
  );
}
