// Shared e2e helper: serves the built dist/ and drives Debian's Chromium with playwright-core.
// Each test file calls setupBrowser() once at top level; every newPage() gets a fresh context.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, afterEach, before } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium as launchSharedChromium } from '../../../scripts/chromium.mjs';
import { serveDist, type ServedDist } from '../../../scripts/serve-dist.mjs';

export const TEST_TIMEOUT_MS = 60_000;
export const DEFAULT_VIEWPORT = { width: 1280, height: 720 } as const;
export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

export interface Viewport {
  width: number;
  height: number;
}

export interface BrowserHarness {
  /** Origin of the served dist/, without a trailing slash. */
  readonly baseUrl: string;
  /** A page in a fresh browser context (closed after the test). */
  newPage(options?: { viewport?: Viewport }): Promise<Page>;
  /** newPage() and go to a path such as `/?donors=POL`; waits for the load event. */
  openApp(pathAndQuery?: string, options?: { viewport?: Viewport }): Promise<Page>;
}

interface PageRecord {
  errors: string[];
  dialogs: string[];
}

const records = new WeakMap<Page, PageRecord>();

/** Debian's Chromium with the flags shared with the benchmark (scripts/chromium.mjs). */
export function launchChromium(): Promise<Browser> {
  return launchSharedChromium({ timeout: TEST_TIMEOUT_MS });
}

/** Record console errors, uncaught page errors and dialogs (dialogs are dismissed). */
export function watchPage(page: Page): void {
  const record: PageRecord = { errors: [], dialogs: [] };
  records.set(page, record);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    record.errors.push(`console.error: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) =>
    record.errors.push(`page error: ${error.stack ?? error.message}`),
  );
  page.on('dialog', (dialog) => {
    record.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => undefined);
  });
}

function recordOf(page: Page): PageRecord {
  const record = records.get(page);
  assert.ok(record, 'page was not created by the e2e harness (use harness.newPage())');
  return record;
}

export function consoleErrors(page: Page): readonly string[] {
  return recordOf(page).errors;
}

/** Dialogs (alert/confirm/prompt) that opened on the page, as "type: message". */
export function dialogsOpened(page: Page): readonly string[] {
  return recordOf(page).dialogs;
}

export function expectNoConsoleErrors(page: Page): void {
  assert.deepEqual(consoleErrors(page), [], 'the page logged errors');
}

/** Register before/after hooks for the current test file and return the harness. */
export function setupBrowser(): BrowserHarness {
  let served: ServedDist | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  const hookOptions = { timeout: TEST_TIMEOUT_MS };
  before(async () => {
    served = await serveDist({ root: path.resolve(process.env.E2E_DIST ?? 'dist'), port: 0 });
    browser = await launchChromium();
  }, hookOptions);

  afterEach(async () => {
    const open = contexts.splice(0);
    await Promise.all(open.map((context) => context.close().catch(() => undefined)));
  }, hookOptions);

  after(async () => {
    await browser?.close();
    await served?.close();
  }, hookOptions);

  const harness: BrowserHarness = {
    get baseUrl() {
      assert.ok(
        served,
        'server not started: call setupBrowser() at the top level of the test file',
      );
      return served.url;
    },
    async newPage(options = {}) {
      assert.ok(
        browser,
        'browser not launched: call setupBrowser() at the top level of the test file',
      );
      const context = await browser.newContext({ viewport: options.viewport ?? DEFAULT_VIEWPORT });
      contexts.push(context);
      // tsx compiles with esbuild's keepNames, which wraps named functions inside page.evaluate()
      // callbacks in __name(...); that helper does not exist in the page.
      await context.addInitScript({
        content: 'globalThis.__name = globalThis.__name || ((fn) => fn);',
      });
      context.setDefaultTimeout(20_000);
      context.setDefaultNavigationTimeout(30_000);
      const page = await context.newPage();
      watchPage(page);
      return page;
    },
    async openApp(pathAndQuery = '/', options = {}) {
      const page = await harness.newPage(options);
      await page.goto(`${harness.baseUrl}${pathAndQuery}`, { waitUntil: 'load' });
      return page;
    },
  };
  return harness;
}

export interface TableRows {
  /** The table's caption, if any. */
  caption: string;
  head: string[][];
  body: string[][];
  foot: string[][];
}

/**
 * The data table of the <figure> whose heading is `figureName`, as cell texts per section.
 * Clicks the figure's "Show data table" button first when the table is hidden.
 */
export async function readTable(page: Page, figureName: string): Promise<TableRows> {
  const figure = page.getByRole('figure', { name: figureName, exact: true });
  await figure.waitFor({ state: 'visible' });
  const table = figure.locator('table').first();
  if (!(await table.isVisible())) {
    await figure.getByRole('button', { name: 'Show data table', exact: true }).click();
  }
  await table.waitFor({ state: 'visible' });
  return table.evaluate((element: HTMLTableElement) => {
    const text = (cell: Element) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
    const rows = (
      sections: HTMLCollectionOf<HTMLTableSectionElement> | HTMLTableSectionElement[],
    ) =>
      Array.from(sections).flatMap((section) =>
        Array.from(section.rows).map((row) => Array.from(row.cells).map(text)),
      );
    return {
      caption: element.caption ? text(element.caption) : '',
      head: rows(element.tHead ? [element.tHead] : []),
      body: rows(element.tBodies),
      foot: rows(element.tFoot ? [element.tFoot] : []),
    };
  });
}
