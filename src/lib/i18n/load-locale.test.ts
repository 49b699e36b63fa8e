import { afterEach, describe, expect, it } from 'vitest';
import { de } from './messages-de';
import { loadLocale, loadWithLocale } from './load-locale';
import { isLocaleLoaded, registerLocale, unregisterLocale } from './messages';

afterEach(() => {
  registerLocale('de', de); // the test setup's state: German loaded
});

describe('loadLocale with text registered by features', () => {
  it('counts German as loaded only once the registered text has arrived too', async () => {
    unregisterLocale('de');
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const arrived: string[] = [];
    // Registrations stay for the module's life: later downloads find the gate open.
    const extra = () => gate.then(() => void arrived.push('extra'));
    loadWithLocale('de', extra);
    loadWithLocale('de', extra); // registered once
    const download = loadLocale('de');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(isLocaleLoaded('de')).toBe(false);
    release();
    await download;
    expect(arrived).toEqual(['extra']);
    expect(isLocaleLoaded('de')).toBe(true);
  });

  it('fails, and leaves German unloaded, when the registered text cannot be downloaded', async () => {
    unregisterLocale('de');
    let fail = true;
    loadWithLocale('de', () => (fail ? Promise.reject(new Error('offline')) : Promise.resolve()));
    await expect(loadLocale('de')).rejects.toThrow('offline');
    expect(isLocaleLoaded('de')).toBe(false);
    fail = false;
    await loadLocale('de'); // a retry downloads again
    expect(isLocaleLoaded('de')).toBe(true);
  });
});
