import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDataServer } from '@mocks/node';
import { createTestQueryClient } from '@/test-utils/render-with-client';
import { App } from './app';

const server = createDataServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  window.history.replaceState(null, '', '/');
});
afterAll(() => server.close());

const pagesNav = () => screen.getByRole('navigation', { name: 'Pages' });

describe('pages', { timeout: 30_000 }, () => {
  it('moves from the explorer to the funding page and back, keeping the filters in the URL', async () => {
    window.history.replaceState(null, '', '/?donors=POL~DEU');
    render(<App client={createTestQueryClient()} />);
    const explorerLink = await screen.findByRole('link', { name: 'Pledges and PURL' });
    expect(explorerLink).toHaveAttribute('aria-current', 'page');
    await userEvent.click(screen.getByRole('link', { name: 'Funding gap and EU options' }));
    expect(new URLSearchParams(window.location.search).get('page')).toBe('financing');
    expect(new URLSearchParams(window.location.search).get('donors')).toBe('POL~DEU');
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Funding gap and EU options' })).toHaveAttribute(
        'aria-current',
        'page',
      ),
    );
    expect(screen.queryByRole('combobox', { name: 'Donor countries' })).toBeNull();
    await userEvent.click(screen.getByRole('link', { name: 'Pledges and PURL' }));
    expect(window.location.search).toBe('?donors=POL~DEU');
    expect(await screen.findByRole('combobox', { name: 'Donor countries' })).toBeInTheDocument();
  });

  it('names an unknown page from a link, shows the explorer and cleans the URL', async () => {
    window.history.replaceState(null, '', '/?page=%3Cb%3Enope&donors=POL');
    render(<App client={createTestQueryClient()} />);
    const notice = await screen.findByText(/asked for a page “<b>nope” that does not exist/);
    expect(notice).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?donors=POL'));
    expect(pagesNav()).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/does not exist/)).toBeNull();
  });
});
