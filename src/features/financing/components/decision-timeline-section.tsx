import { ChartFrame } from '@/components/chart-frame';
import { PageText } from '@/components/data-text';
import { LoadError, LoadingBlock } from '@/components/load-state';
import { donorName } from '@/lib/donors';
import { formatSourceDate } from '@/lib/format';
import { financingText } from '../financing-text';
import { useFinancingData } from '../api/financing-queries';
import type { TimelineEvent } from '../api/financing-schema';
import { isHighlighted } from '../model/highlight';
import { SourceList } from './source-list';

function eventDate(event: TimelineEvent): string {
  return event.endDate
    ? `${formatSourceDate(event.date)} – ${formatSourceDate(event.endDate)}`
    : formatSourceDate(event.date);
}

/** View 4: the dated decisions from the proposals of 3 Dec 2025 to the first tranche. */
export function DecisionTimelineSection({ highlight }: { highlight: readonly string[] }) {
  const query = useFinancingData();
  const t = financingText();
  const STATUS_TEXT: Record<TimelineEvent['status'], string> = t.timelineStatuses;
  if (query.isPending) return <LoadingBlock label={t.loadingTimeline} height={320} />;
  if (query.isError) {
    return (
      <LoadError
        error={query.error}
        onRetry={() => void query.refetch()}
        what={t.loadTimelineWhat}
      />
    );
  }
  const data = query.data;
  const named = highlight.map(donorName).join(', ');
  return (
    <ChartFrame
      id="decision-timeline"
      title={t.timelineTitle}
      units={t.timelineUnits(data.timeline.length)}
      asOf={formatSourceDate(data.asOf)}
      source={<>{t.timelineSource}</>}
      notes={highlight.length > 0 ? <p>{t.timelineMine(named)}</p> : undefined}
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
                  {mine && <span aria-label={t.involvesSelection}>★ </span>}
                  {event.title}
                </h3>
                <p>
                  <PageText text={event.what} />
                </p>
                <p>
                  <strong>{t.outcome}</strong> <PageText text={event.outcome} />
                </p>
                <p className="small">
                  {t.sources} <SourceList sources={event.sources} />
                </p>
              </li>
            );
          })}
        </ol>
      }
    />
  );
}
