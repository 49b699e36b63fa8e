import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, vi } from 'vitest';
import { registerLocaleTexts } from '../src/app/locale-texts';
import { loadLocale } from '../src/lib/i18n/load-locale';

// The app downloads German on demand (load-locale.ts, with the features' German text that
// src/app/locale-texts.ts registers); tests render in German synchronously, so it is loaded here.
registerLocaleTexts();
await loadLocale('de');

// jsdom has no layout: every element is this box (charts and their containers need a size).
const BOX = { width: 800, height: 400, top: 0, left: 0, right: 800, bottom: 400, x: 0, y: 0 };

// Recharts' ResponsiveContainer needs ResizeObserver and a size.
class ResizeObserverStub {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element) {
    const entry = {
      target,
      contentRect: BOX,
      borderBoxSize: [{ inlineSize: 800, blockSize: 400 }],
      contentBoxSize: [{ inlineSize: 800, blockSize: 400 }],
    } as unknown as ResizeObserverEntry;
    this.callback([entry], this);
  }
  unobserve() {}
  disconnect() {}
}
if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = ResizeObserverStub;
}
// Give elements a size so charts render in jsdom (pure tests run in Node: no elements there).
if (typeof HTMLElement !== 'undefined') {
  for (const key of ['clientWidth', 'offsetWidth'] as const)
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, value: BOX.width });
  for (const key of ['clientHeight', 'offsetHeight'] as const)
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, value: BOX.height });
  HTMLElement.prototype.getBoundingClientRect = function getBoundingClientRect() {
    return { ...BOX, toJSON() {} };
  };
}

afterEach(() => {
  cleanup();
});

// Components load code on demand (React.lazy, the takeaways model after first paint). A test can
// end while such an import is still loading; finish it before the file's environment is torn down,
// or the import fails with an unhandled EnvironmentTeardownError that turns the whole run red.
afterAll(async () => {
  await vi.dynamicImportSettled();
});
