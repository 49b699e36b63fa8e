import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDataServer } from '@mocks/node';
import { createTestQueryClient } from '@/test-utils/render-with-client';
import { App } from './app';

/** The bundled pledges plus one line announced in March 2027. */
const server = createDataServer(async (path, request, read) => {
  const text = await read(path, request);
  if (path !== 'pledges.json') return new Response(text);
  const json = JSON.parse(text) as { pledges: { id: string; announced: string | null }[] };
  const first = json.pledges.find((p) => !('shareOf' in p) && p.announced !== null)!;
  json.pledges.push({ ...first, id: 'P2027', announced: '2027-03-15' });
  return new Response(JSON.stringify(json), { headers: { 'Content-Type': 'application/json' } });
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  window.history.replaceState(null, '', '/');
});
afterAll(() => server.close());

describe('the date filter’s bounds come from the data', { timeout: 30_000 }, () => {
  it('takes a 2027 month when the data reaches 2027', async () => {
    render(<App client={createTestQueryClient()} />);
    const to = await screen.findByLabelText('To');
    await waitFor(() => expect(to).toHaveAttribute('max', '2027-03'));
    expect(screen.getByLabelText('From')).toHaveAttribute('min', '2022-01');
    await userEvent.type(to, '2027-03');
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('to')).toBe('2027-03'),
    );
  });
});
