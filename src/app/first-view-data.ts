import type { QueryClient } from '@tanstack/react-query';
import { pledgeQueries } from '@/features/pledges';
import { BUNDLED_ID } from '@/lib/data-sets/data-set-kind';
import { getActiveSelection } from '@/lib/data-sets/active-selection';

/** How long the first render waits for the first chart's data before it shows the page loading. */
export const FIRST_VIEW_WAIT_MS = 400;

/**
 * Load the first chart's data (the bundled pledges, when in use, and the exchange rates) into
 * `client` before React's first render (src/main.tsx), for at most `waitMs`. With the data there,
 * the first render draws the page with its figures: the page is laid out and painted once, not
 * first with loading blocks and again with the data. A slow or failed request does not hold the
 * page: after `waitMs` it renders with the loading blocks, and the queries go on (a failure is
 * retried when the page asks for the data, as any other).
 */
export function prefetchFirstViewData(
  client: QueryClient,
  waitMs = FIRST_VIEW_WAIT_MS,
): Promise<void> {
  const loads = [client.prefetchQuery(pledgeQueries.fxRates())];
  if (getActiveSelection().pledges === BUNDLED_ID) {
    loads.push(client.prefetchQuery(pledgeQueries.dataset(BUNDLED_ID)));
  }
  return Promise.race([
    Promise.all(loads).then(() => undefined),
    new Promise<void>((resolve) => {
      setTimeout(resolve, waitMs);
    }),
  ]);
}
