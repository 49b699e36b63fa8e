import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { PLEDGE_TABLE_FIGURE, waitForDashboard } from './support/app.ts';
import {
  PHONE_VIEWPORT,
  TEST_TIMEOUT_MS,
  expectNoConsoleErrors,
  readTable,
  setupBrowser,
} from './support/browser.ts';

const harness = setupBrowser();

async function pageWidth(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const limit = window.innerWidth + 1;
    const describe = (element: Element) =>
      `<${element.tagName.toLowerCase()} class="${String(element.getAttribute('class') ?? '')}"> "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    // The roots of the overflow: elements wider than the screen whose parent is not.
    const widest = Array.from(document.querySelectorAll('body *'))
      .filter((element) => element.getBoundingClientRect().right > limit)
      .filter(
        (element) =>
          !element.parentElement || element.parentElement.getBoundingClientRect().right <= limit,
      )
      .slice(0, 5)
      .map(
        (element) =>
          `${describe(element)} ends at ${Math.round(element.getBoundingClientRect().right)}px`,
      );
    return { scrollWidth: root.scrollWidth, overflowing: widest };
  });
}

for (const query of ['/', '/?donors=POL~NOR~DEU&instruments=purl&from=2025-08&to=2026-06']) {
  void test(
    `no horizontal scrollbar on a 390 px phone for ${query}`,
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const page = await harness.openApp(query, { viewport: PHONE_VIEWPORT });
      await waitForDashboard(page);
      const drawn = await pageWidth(page);
      assert.ok(
        drawn.scrollWidth <= PHONE_VIEWPORT.width + 1,
        `page is ${drawn.scrollWidth}px wide; overflowing: ${drawn.overflowing.join('; ')}`,
      );

      await readTable(page, PLEDGE_TABLE_FIGURE);
      await readTable(page, 'Pledges by donor');
      const withTables = await pageWidth(page);
      assert.ok(
        withTables.scrollWidth <= PHONE_VIEWPORT.width + 1,
        `with tables shown the page is ${withTables.scrollWidth}px wide; overflowing: ${withTables.overflowing.join('; ')}`,
      );
      expectNoConsoleErrors(page);
    },
  );
}
