import type { TimelineEvent } from '@/features/financing';
import type { PledgeColumns } from '@/features/pledges';

/** The announcement months a selection spans (first and last), or null when none is dated. */
export function selectionPeriod(
  columns: Pick<PledgeColumns, 'month' | 'months'>,
  rowIndex: Int32Array,
): { from: string; to: string } | null {
  let first = Number.POSITIVE_INFINITY;
  let last = -1;
  for (const row of rowIndex) {
    const month = columns.month[row] ?? -1;
    if (month < 0) continue;
    if (month < first) first = month;
    if (month > last) last = month;
  }
  if (last < 0) return null;
  return { from: columns.months[first] ?? '', to: columns.months[last] ?? '' };
}

/** The latest formal decision on the timeline (status "adopted"), or null. */
export function latestDecision(timeline: readonly TimelineEvent[]): TimelineEvent | null {
  let latest: TimelineEvent | null = null;
  for (const event of timeline) {
    if (event.status === 'adopted' && (!latest || event.date >= latest.date)) latest = event;
  }
  return latest;
}
