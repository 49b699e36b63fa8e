import { memo } from 'react';
import { DataText } from '@/components/data-text';
import { SourceLink } from '@/components/source-link';
import { describeLoadError } from '@/components/load-state';
import { formatCount, formatMoney, formatSourceDate } from '@/lib/format';
import { getLocale } from '@/lib/i18n/locale';
import { messages } from '@/lib/i18n/messages';
import { shownText } from '@/lib/i18n/shown-text';
import { purlChartText } from '../purl-chart-text';
import { useStatedTotals } from '../api/purl-queries';

/** Running totals as NATO, the US, Ukraine and the press stated them: context, never summed. */
export const StatedTotals = memo(function StatedTotals() {
  const query = useStatedTotals();
  const text = purlChartText();
  if (query.isPending) return <p className="muted small">{text.statedLoading}</p>;
  if (query.isError) {
    return (
      <p className="muted small" role="alert">
        {text.statedUnavailable} {describeLoadError(query.error)}{' '}
        <button type="button" className="button button--small" onClick={() => void query.refetch()}>
          {messages().load.retry}
        </button>
      </p>
    );
  }
  return (
    <details className="stated-totals">
      <summary>{text.statedSummary(formatCount(query.data.statements.length))}</summary>
      <ul>
        {query.data.statements.map((s) => (
          <li key={`${s.date}-${s.who}-${s.type}`}>
            <strong>{formatSourceDate(s.date)}</strong>,{' '}
            <DataText shown={shownText(s.who, s.whoDe, getLocale())} />:{' '}
            {formatMoney(s.amount, s.currency)}
            {s.per ? text.per(s.per) : ''} {text.statedTypes[s.type]}.{' '}
            <SourceLink source={s.source} />
          </li>
        ))}
      </ul>
    </details>
  );
});
