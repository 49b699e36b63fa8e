// Layout at 1280 px: the pledge table fits its column (no sideways scroll hiding columns), the
// filter panel flows with the page (no scroll box of its own), the theme select is sized to its
// word, the Kiel source line says which date is which, and the funding page uses its preloads.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PLEDGE_TABLE_FIGURE, figure, waitForDashboard } from './support/app.ts';
import { TEST_TIMEOUT_MS, expectNoConsoleErrors, setupBrowser } from './support/browser.ts';

const harness = setupBrowser();

void test(
  '1280 px: table fits in English and German, filter panel flows, theme select sized, Kiel dates labelled',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    // German first: its longer words made the table 165 px too wide (Counted, Announced and
    // Status scrolled out of view).
    const german = await harness.openApp('/?lang=de');
    const germanTable = german.locator('.table-scroll:has(.pledge-table)');
    await germanTable.waitFor();
    const de = await germanTable.evaluate((element) => ({
      scroll: element.scrollWidth,
      client: element.clientWidth,
    }));
    assert.ok(de.scroll <= de.client + 1, `German pledge table ${de.scroll} px in ${de.client} px`);
    await german.close();

    const page = await harness.openApp('/');
    await waitForDashboard(page);
    const table = figure(page, PLEDGE_TABLE_FIGURE).locator('.table-scroll').first();
    const { scroll, client } = await table.evaluate((element) => ({
      scroll: element.scrollWidth,
      client: element.clientWidth,
    }));
    assert.ok(scroll <= client + 1, `pledge table ${scroll} px in a ${client} px column`);
    const panel = await page.locator('.filters-panel').evaluate((element) => ({
      overflow: getComputedStyle(element).overflowY,
      scrolls: element.scrollHeight > element.clientHeight + 1,
    }));
    assert.ok(
      panel.overflow === 'visible' && !panel.scrolls,
      `filter panel: ${JSON.stringify(panel)}`,
    );
    const select = await page.locator('.app-header .theme-select select').boundingBox();
    assert.ok(select && select.width < 130, `theme select ${select?.width} px`);
    const kiel = (await figure(page, 'Allocations by donor (Kiel tracker)').textContent()) ?? '';
    assert.match(kiel, /data to Apr 2026 · released \d+ \w{3} \d{4}/);
    expectNoConsoleErrors(page);
  },
);

void test(
  'the funding page leaves no preloaded file unused',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (/preload/i.test(message.text())) warnings.push(message.text());
    });
    await page.goto(`${harness.baseUrl}/?page=financing`, { waitUntil: 'load' });
    // Chrome warns a few seconds after the load event about a preload nobody used.
    await page.waitForTimeout(5000);
    assert.deepEqual(warnings, []);
  },
);
