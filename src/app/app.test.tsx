import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { createDataServer } from '@mocks/node';
import { scenarioTransform } from '@mocks/scenarios';
import { createTestQueryClient } from '@/test-utils/render-with-client';
import { App } from './app';

const server = createDataServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  window.history.replaceState(null, '', '/');
});
afterAll(() => server.close());

async function openTable(figureName: string) {
  const heading = await screen.findByRole(
    'heading',
    { level: 2, name: figureName },
    { timeout: 15_000 },
  );
  const figure = heading.closest('figure');
  if (!figure) throw new Error(`no figure for ${figureName}`);
  const toggle = within(figure).queryByRole('button', { name: 'Show data table' });
  if (toggle) await userEvent.click(toggle);
  return within(figure).getByRole('table');
}

describe('the explorer through MSW', { timeout: 30_000 }, () => {
  it('shows Poland alone from a shared link: its USD 100m share, the joint package not counted twice', async () => {
    window.history.replaceState(null, '', '/?donors=POL');
    render(<App client={createTestQueryClient()} />);
    const headline = await screen.findByRole(
      'region',
      { name: 'Headline figures' },
      { timeout: 15_000 },
    );
    // P017: USD 100m x 0.86 = EUR 86m; the NO/DE/PL package's rest is covered by NO and DE rows.
    await waitFor(() => expect(within(headline).getByText('€86M')).toBeInTheDocument());
    const table = await openTable('Pledges by donor');
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Poland.*86\.0/)]),
    );
    expect(within(table).queryByText('Joint, not attributed')).toBeNull();
  });

  it('keeps the rest of the dashboard working when the pledge file fails, and retries', async () => {
    server.use(
      ...[http.get('*/data/pledges.json', () => new HttpResponse('boom', { status: 500 }))],
    );
    render(<App client={createTestQueryClient()} />);
    const alert = await screen.findByText(/Could not load the pledge data/, undefined, {
      timeout: 15_000,
    });
    expect(alert.closest('[role="alert"]')).toHaveTextContent('answered 500');
    // The Kiel charts still draw from their own file.
    expect(
      await screen.findByRole(
        'heading',
        { level: 3, name: /allocations by donor/i },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    server.resetHandlers();
    await userEvent.click(screen.getAllByRole('button', { name: 'Retry' })[0]!);
    expect(
      await screen.findByRole('region', { name: 'Headline figures' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
  });

  it('names the file and the problem when the pledge file is truncated', async () => {
    server.resetHandlers(...createDataServer(scenarioTransform('malformed')).listHandlers());
    render(<App client={createTestQueryClient()} />);
    expect(
      await screen.findByText(/pledges\.json is malformed: not valid JSON/, undefined, {
        timeout: 15_000,
      }),
    ).toBeInTheDocument();
  });

  it('shows an empty state, not a crash, for an empty data set', async () => {
    server.resetHandlers(...createDataServer(scenarioTransform('empty')).listHandlers());
    render(<App client={createTestQueryClient()} />);
    expect(
      await screen.findByText('No pledges match this filter.', undefined, { timeout: 15_000 }),
    ).toBeInTheDocument();
  });
});
