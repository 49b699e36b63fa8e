import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, setLocale, type Locale } from './locale';
import { loadLocale } from './load-locale';
import { LocaleProvider, useLocale, useMessages } from './locale-provider';
import { de } from './messages-de';
import { isLocaleLoaded, messages, registerLocale, unregisterLocale } from './messages';

afterEach(() => {
  registerLocale('de', de); // tests/setup.ts registers German for every other test
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
  setLocale('en');
});

/** A download the test finishes by hand. */
function deferredLoad() {
  const calls: Locale[] = [];
  let finish: (ok: boolean) => void = () => {};
  const load = (locale: Locale) => {
    calls.push(locale);
    return new Promise<void>((resolve, reject) => {
      finish = (ok) => {
        if (ok) {
          registerLocale('de', de);
          resolve();
        } else reject(new Error('offline'));
      };
    });
  };
  const settle = (ok: boolean) =>
    act(async () => {
      finish(ok);
      await Promise.resolve();
    });
  return { load, calls, finish: settle };
}

function Probe() {
  const { changeLocale, pending } = useLocale();
  const text = useMessages();
  return (
    <div>
      <p>{text.frame.showTable}</p>
      <p>{pending === null ? 'idle' : `pending ${pending}`}</p>
      <button type="button" onClick={() => changeLocale('de')}>
        to German
      </button>
      <button type="button" onClick={() => changeLocale('en')}>
        to English
      </button>
    </div>
  );
}

/** German not loaded yet, the app's provider around the probe, German's download held by the test. */
function renderWithGermanPending(search = '') {
  unregisterLocale('de');
  if (search) window.history.replaceState(null, '', `/${search}`);
  const download = deferredLoad();
  render(
    <LocaleProvider load={download.load}>
      <Probe />
    </LocaleProvider>,
  );
  return download;
}

describe('German on demand', () => {
  it('messages() refuses a dictionary that is not loaded; loadLocale downloads it', async () => {
    unregisterLocale('de');
    expect(isLocaleLoaded('de')).toBe(false);
    expect(() => messages('de')).toThrow(/"de" interface text is not loaded/);
    await loadLocale('en');
    expect(isLocaleLoaded('de')).toBe(false);
    await Promise.all([loadLocale('de'), loadLocale('de')]);
    expect(isLocaleLoaded('de')).toBe(true);
    expect(messages('de').frame.showTable).toBe('Datentabelle anzeigen');
  });

  it('starts in German only once its text has arrived (a plain loading line before)', async () => {
    const download = renderWithGermanPending('?lang=de');
    expect(screen.getByRole('status')).toHaveTextContent('Lädt …');
    expect(screen.queryByText('Show data table')).not.toBeInTheDocument();
    expect(download.calls).toEqual(['de']);
    await download.finish(true);
    expect(screen.getByText('Datentabelle anzeigen')).toBeInTheDocument();
    expect(document.title).toBe(de.app.documentTitle);
  });

  it('falls back to English with a notice when German cannot be loaded at start', async () => {
    const download = renderWithGermanPending('?lang=de');
    await download.finish(false);
    expect(screen.getByText('Show data table')).toBeInTheDocument();
    expect(getLocale()).toBe('en');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The Deutsch text could not be loaded (the connection may be offline); showing English.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('switches to German after the download, never showing a mix of languages', async () => {
    const download = renderWithGermanPending();
    await userEvent.click(screen.getByRole('button', { name: 'to German' }));
    expect(screen.getByText('pending de')).toBeInTheDocument();
    expect(screen.getByText('Show data table')).toBeInTheDocument();
    expect(getLocale()).toBe('en');
    await download.finish(true);
    expect(screen.getByText('Datentabelle anzeigen')).toBeInTheDocument();
    expect(screen.getByText('idle')).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('de');
    expect(getLocale()).toBe('de');
  });

  it('stays in English when the switch cannot download German, and a later choice wins', async () => {
    const download = renderWithGermanPending();
    await userEvent.click(screen.getByRole('button', { name: 'to German' }));
    await download.finish(false);
    expect(screen.getByText('Show data table')).toBeInTheDocument();
    expect(screen.getByText('idle')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('showing English');

    // Asked again, then English chosen before German arrived: English stays.
    await userEvent.click(screen.getByRole('button', { name: 'to German' }));
    await userEvent.click(screen.getByRole('button', { name: 'to English' }));
    await download.finish(true);
    expect(screen.getByText('Show data table')).toBeInTheDocument();
    expect(getLocale()).toBe('en');
  });
});
