import { ChartFrame } from '@/components/chart-frame';
import { LoadError, LoadingBlock } from '@/components/load-state';
import { donorName } from '@/lib/donors';
import { formatSourceDate } from '@/lib/format';
import { useFinancingData } from '../api/financing-queries';
import type { TimelineEvent } from '../api/financing-schema';
import { isHighlighted } from '../model/highlight';
import { SourceList } from './source-list';

const STATUS_TEXT: Record<TimelineEvent['status'], string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  adopted: 'Adopted',
  blocked: 'Blocked',
  announced: 'Announced',
  disbursed: 'Disbursed',
  unconfirmed: 'Unconfirmed',
};

function eventDate(event: TimelineEvent): string {
  return event.endDate
    ? `${formatSourceDate(event.date)} – ${formatSourceDate(event.endDate)}`
    : formatSourceDate(event.date);
}

/** View 4: the dated decisions from the proposals of 3 Dec 2025 to the first tranche. */
export function DecisionTimelineSection({ highlight }: { highlight: readonly string[] }) {
  const query = useFinancingData();
  if (query.isPending) return <LoadingBlock label="the decision timeline" height={320} />;
  if (query.isError) {
    return (
      <LoadError
        error={query.error}
        onRetry={() => void query.refetch()}
        what="the decision timeline (financing.json)"
      />
    );
  }
  const data = query.data;
  const named = highlight.map(donorName).join(', ');
  return (
    <ChartFrame
      id="decision-timeline"
      title="Decision timeline: from Plan A and Plan B to the EUR 90bn loan"
      units={`${data.timeline.length} dated events, oldest first; each with its outcome and sources`}
      asOf={formatSourceDate(data.asOf)}
      source={<>each event’s sources are listed under it (financing.json)</>}
      notes={
        highlight.length > 0 ? (
          <p>Events involving your donor selection ({named}) are marked ★.</p>
        ) : undefined
      }
      table={
        <ol className="decision-timeline">
          {data.timeline.map((event) => {
            const mine = isHighlighted(event.donors, highlight);
            return (
              <li
                key={event.id}
                className={`decision-timeline__event decision-timeline__event--${event.status}${mine ? ' is-highlighted' : ''}`}
              >
                <p className="decision-timeline__date">
                  <time dateTime={event.date}>{eventDate(event)}</time>
                  <span className={`status-tag status-tag--${event.status}`}>
                    {STATUS_TEXT[event.status]}
                  </span>
                </p>
                <h3 className="decision-timeline__title">
                  {mine && <span aria-label="involves your donor selection">★ </span>}
                  {event.title}
                </h3>
                <p>{event.what}</p>
                <p>
                  <strong>Outcome:</strong> {event.outcome}
                </p>
                <p className="small">
                  Sources: <SourceList sources={event.sources} />
                </p>
              </li>
            );
          })}
        </ol>
      }
    />
  );
}
