// The long sections below the charts (the pledge table, the data changelog) are not laid out or
// painted while off screen (content-visibility). That must not change the page: the charts above
// keep their place and width before and after the table is first drawn, the table is drawn when
// scrolled to, and on paper every section is drawn.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { CHART_FIGURES, PLEDGE_TABLE_FIGURE, figure, waitForDashboard } from './support/app.ts';
import { TEST_TIMEOUT_MS, expectNoConsoleErrors, setupBrowser } from './support/browser.ts';

const harness = setupBrowser();

const nextFrames = (page: Page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );

/** Each chart figure's box in page coordinates, rounded, and the main column's width. */
async function chartBoxes(page: Page): Promise<string[]> {
  const boxes = [
    `main ${await page.locator('main#main').evaluate((m) => Math.round(m.getBoundingClientRect().width))}`,
  ];
  for (const name of CHART_FIGURES) {
    boxes.push(
      `${name} ${await figure(page, name).evaluate((element) => {
        const box = element.getBoundingClientRect();
        return [box.left, box.top + window.scrollY, box.width]
          .map((value) => Math.round(value))
          .join(',');
      })}`,
    );
  }
  return boxes;
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  void test(
    `${viewport.width} px: the charts keep their place when the skipped table is first drawn`,
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const page = await harness.openApp('/', { viewport });
      await waitForDashboard(page);
      const table = figure(page, PLEDGE_TABLE_FIGURE);
      const skipped = await table.evaluate(
        (element) =>
          getComputedStyle(element.closest('.skip-offscreen-rendering')!).contentVisibility,
      );
      assert.equal(skipped, 'auto', 'the table is skipped while off screen');
      const before = await chartBoxes(page);
      // Drawn when scrolled to: its rows are rendered text then.
      await table.locator('tbody tr').first().scrollIntoViewIfNeeded();
      await nextFrames(page);
      assert.ok(
        (await table.locator('tbody tr').first().innerText()).trim().length > 0,
        'the table is drawn once on screen',
      );
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await nextFrames(page);
      assert.deepEqual(await chartBoxes(page), before, 'the charts did not move');
      expectNoConsoleErrors(page);
    },
  );
}

void test(
  'on paper the table and the changelog are drawn in full',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/');
    await waitForDashboard(page);
    await page.emulateMedia({ media: 'print' });
    const shown = await page
      .locator('.skip-offscreen-rendering')
      .evaluateAll((elements) =>
        elements.map((element) => getComputedStyle(element).contentVisibility),
      );
    assert.ok(shown.length >= 2, `${shown.length} skipped sections`);
    assert.deepEqual(new Set(shown), new Set(['visible']));
    const text = await figure(page, PLEDGE_TABLE_FIGURE).locator('tbody tr').first().innerText();
    assert.ok(text.trim().length > 0, 'the first table row is printed');
    expectNoConsoleErrors(page);
  },
);
