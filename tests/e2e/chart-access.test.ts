// What a screen-reader or keyboard user gets from the charts and filters (issue: charts a
// screen-reader and keyboard user can follow): the announced result of a filter change, one Tab
// stop per chart with a way past it, a painted focus ring, focus after reset, and the chart
// keyboard model.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { checkboxIn, presetButton, waitForDashboard, waitForParam } from './support/app.ts';
import { TEST_TIMEOUT_MS, expectNoConsoleErrors, setupBrowser } from './support/browser.ts';

const harness = setupBrowser();

/** The text of the polite live region that reports a filter's result. */
async function announced(page: Page, pattern: RegExp): Promise<string> {
  const region = page.locator('[role="status"][aria-live="polite"][aria-atomic="true"]');
  await page
    .waitForFunction(
      ([source, flags]) => {
        const element = document.querySelector(
          '[role="status"][aria-live="polite"][aria-atomic="true"]',
        );
        return new RegExp(source, flags).test(element?.textContent ?? '');
      },
      [pattern.source, pattern.flags] as const,
      { timeout: 10_000 },
    )
    .catch(async () =>
      assert.fail(`announcement ${pattern}: got "${await region.first().textContent()}"`),
    );
  return (await region.first().textContent()) ?? '';
}

void test(
  'a filter change is announced once, politely, with its scope and headline figures',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/');
    await waitForDashboard(page);
    const region = page.locator('[role="status"][aria-live="polite"][aria-atomic="true"]');
    assert.equal(await region.count(), 1, 'one live region for filter results');
    assert.equal((await region.textContent())?.trim(), '', 'the page as loaded is not announced');

    await presetButton(page, 'G7').click();
    await waitForParam(page, 'donors', 'CAN~FRA~DEU~ITA~JPN~GBR~USA');
    const g7 = await announced(
      page,
      /^Showing 7 donors: €[\d.,]+[MB] pledged by \d+ donors? in \d+ pledge lines\.$/,
    );
    assert.ok(g7.length < 120, `one short sentence: ${g7}`);

    // Rapid changes give one sentence for the last state, not one per click.
    await checkboxIn(page, 'Instrument', 'NATO PURL').click();
    await checkboxIn(page, 'Category', 'Military').click();
    await announced(page, /^Showing 7 donors, NATO PURL, Military: /);
    expectNoConsoleErrors(page);
  },
);

void test('the German page announces in German', { timeout: TEST_TIMEOUT_MS }, async () => {
  const page = await harness.openApp('/?lang=de&donors=POL');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('region', { name: 'Kennzahlen', exact: true }).waitFor();
  await page
    .getByRole('group', { name: 'Instrument', exact: true })
    .getByRole('checkbox', { name: 'NATO PURL', exact: true })
    .click();
  await announced(
    page,
    /^Auswahl Polen, NATO PURL: .+ zugesagt von \d+ Gebern? in \d+ Zusagezeilen\.$/,
  );
  expectNoConsoleErrors(page);
});
