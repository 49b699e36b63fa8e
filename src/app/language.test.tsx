import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDataServer } from '@mocks/node';
import { createTestQueryClient } from '@/test-utils/render-with-client';
import { getLocale, LOCALE_STORAGE_KEY, setLocale } from '@/lib/i18n/locale';
import { App } from './app';

const server = createDataServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
  setLocale('en');
});
afterAll(() => server.close());

const headline = () => screen.findByRole('region', { name: /^(Headline figures|Kennzahlen)$/ });

describe('English and German', { timeout: 30_000 }, () => {
  it('switches to German: headings, numbers, the URL, <html lang> and the stored choice', async () => {
    window.history.replaceState(null, '', '/?lang=en&donors=POL');
    render(<App client={createTestQueryClient()} />);
    await screen.findByRole('heading', { level: 2, name: 'Pledges by donor' }, { timeout: 15_000 });
    expect(within(await headline()).getByText('€86M')).toBeInTheDocument();

    const german = screen.getByRole('radio', { name: 'Deutsch' });
    await userEvent.click(german);

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Zusagen nach Geberland' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Hilfe für die Ukraine: Wer hat was zugesagt',
    );
    // P017: USD 100m at 0.86 = EUR 86m, now written the German way.
    expect(within(await headline()).getByText('86 Mio. €')).toBeInTheDocument();
    expect(within(await headline()).getByText(/Zusagen nach Art der Mittel/)).toHaveTextContent(
      'Zusagen nach Art der Mittel (gefiltert) (Arten nicht addiert)',
    );
    expect(screen.getAllByRole('button', { name: 'Datentabelle anzeigen' }).length).toBeGreaterThan(
      0,
    );
    // Filters keep working and the URL keeps them; the choice is in the URL and remembered.
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('de');
    expect(new URLSearchParams(window.location.search).get('donors')).toBe('POL');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('de');
    expect(document.documentElement.lang).toBe('de');
    expect(getLocale()).toBe('de');
    // Country names in German; focus stays on the switch after the re-mount.
    expect(screen.getByRole('button', { name: 'Polen entfernen' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Deutsch' })).toHaveFocus());

    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Pledges by donor' }),
    ).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('en');
  });

  it('starts in German from ?lang=de, with German dates and the Kiel section', async () => {
    window.history.replaceState(null, '', '/?lang=de');
    render(<App client={createTestQueryClient()} />);
    expect(
      await screen.findByRole(
        'heading',
        { level: 2, name: 'Zusagen nach Geberland' },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Deutsch' })).toBeChecked();
    // The total, e.g. "47,3 Mrd. €": decimal comma, scale word before the euro sign.
    expect(within(await headline()).getAllByText(/^\d+(,\d+)? Mrd\. €$/).length).toBeGreaterThan(0);
    expect(
      await screen.findByRole(
        'heading',
        { level: 3, name: 'Bereitstellungen nach Geberland (Kiel-Tracker)' },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: /Kontext: Kiel Ukraine Support Tracker/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/^Stand: /).length).toBeGreaterThan(0);
  });

  it('remembers the choice without the parameter, and reports a junk lang', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'de');
    window.history.replaceState(null, '', '/?lang=klingon');
    render(<App client={createTestQueryClient()} />);
    expect(
      await screen.findByRole(
        'heading',
        { level: 2, name: 'Zusagen nach Geberland' },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/verlangt die Sprache „klingon“/)).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).not.toContain('lang='));
  });
});
