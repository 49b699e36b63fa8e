import type { QueryClient } from '@tanstack/react-query';
import { describeFilters } from '@/features/briefing';
import { parseUrlState } from '@/features/filters';
import { pledgeQueries } from '@/features/pledges';
import { getActiveSelection } from '@/lib/data-sets/active-selection';
import { formatSourceDate } from '@/lib/format';
import { messages } from '@/lib/i18n/messages';
import { formatCitation } from './citation';
import { shareUrl } from './share-urls';

/**
 * The citation of the view on screen: the app's title, the filters from the URL in words, the
 * pledge data's title and as-of date (from the query cache), today's date and the shareable link.
 * Loaded on click (it needs the briefing wording, which the first view does not load).
 */
export function citeView(client: QueryClient, href: string, today: Date = new Date()): string {
  const url = new URL(href);
  const { filters } = parseUrlState(url.search).state;
  const pledges = client.getQueryData(pledgeQueries.dataset(getActiveSelection().pledges).queryKey)
    ?.dataset.dataset;
  return formatCitation({
    title: messages().app.title,
    filters: describeFilters(filters),
    release: pledges?.title ?? 'pledges.json',
    asOf: pledges ? formatSourceDate(pledges.asOf) : '–',
    accessed: today.toISOString().slice(0, 10),
    url: shareUrl(href),
  });
}
