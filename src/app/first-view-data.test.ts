// @vitest-environment jsdom
import type { QueryClient } from '@tanstack/react-query';
import { delay, http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDataServer } from '@mocks/node';
import { pledgeQueries } from '@/features/pledges';
import { setActiveDataSet } from '@/lib/data-sets/active-selection';
import { prefetchFirstViewData } from './first-view-data';
import { createQueryClient } from './query-client';

const server = createDataServer();
const requested: string[] = [];
const clients: QueryClient[] = [];
/** A client that is stopped after the test (a retry left running would fetch during the next). */
function newClient(): QueryClient {
  const client = createQueryClient();
  clients.push(client);
  return client;
}
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => {
    requested.push(new URL(request.url).pathname);
  });
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.cancelQueries()));
  server.resetHandlers();
  requested.length = 0;
  window.localStorage.clear();
});
afterAll(() => server.close());

const bundled = pledgeQueries.dataset('bundled').queryKey;
const fxRates = pledgeQueries.fxRates().queryKey;

describe('the first view’s data, loaded before the first render', () => {
  it('puts the bundled pledges and the exchange rates in the cache, parsed', async () => {
    const client = newClient();
    await prefetchFirstViewData(client, 10_000);
    const parse = client.getQueryData(bundled);
    expect(parse?.dataset.pledges.length).toBeGreaterThan(10);
    expect(client.getQueryState(fxRates)?.status).toBe('success');
  });

  it('does not hold the page for a slow file: it resolves after the wait, and the request goes on', async () => {
    server.use(
      http.get('*/data/pledges.json', async () => {
        await delay(600);
        return HttpResponse.json({ broken: true });
      }),
    );
    const client = newClient();
    const started = performance.now();
    await prefetchFirstViewData(client, 50);
    expect(performance.now() - started).toBeLessThan(500);
    expect(client.getQueryState(bundled)?.fetchStatus).toBe('fetching');
  });

  it('does not hold the page for a failing file either: nothing thrown, its retries go on', async () => {
    server.use(http.get('*/data/pledges.json', () => new HttpResponse('boom', { status: 500 })));
    const client = newClient();
    const started = performance.now();
    await expect(prefetchFirstViewData(client, 100)).resolves.toBeUndefined();
    expect(performance.now() - started).toBeLessThan(900);
    // The same query the page subscribes to: it retries a 500 as the page's own request would.
    const state = client.getQueryState(bundled);
    expect(state?.fetchStatus).toBe('fetching');
    expect(state?.fetchFailureCount).toBe(1);
  });

  it('does not fetch the bundled pledges when an imported set is in use', async () => {
    setActiveDataSet('pledges', 'imp-test-set');
    const client = newClient();
    await prefetchFirstViewData(client, 10_000);
    expect(requested.some((path) => path.endsWith('/pledges.json'))).toBe(false);
    expect(client.getQueryState(fxRates)?.status).toBe('success');
  });
});
