// Two tabs (issue 18, class 5): two pages in one browser context share IndexedDB and the
// selection. An import in tab B must never reset tab A's selection to the bundled data, and the
// tabs must agree: A's banner and data-set list show what B stored, without a reload.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { waitForDashboard } from './support/app.ts';
import {
  TEST_TIMEOUT_MS,
  expectNoConsoleErrors,
  setupBrowser,
  watchPage,
} from './support/browser.ts';

const harness = setupBrowser();
const fixture = (name: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: readFileSync(join(process.cwd(), 'tests/fixtures/import', name)),
});

async function importFile(page: Page, name: string) {
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Data sets' });
  await dialog.getByLabel('Choose a file to import').setInputFiles(fixture(name));
  await dialog.getByRole('button', { name: 'Use this data' }).click();
  await dialog.getByText(`Now in use: ${name}`, { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
}

const banner = (page: Page) => page.getByRole('region', { name: 'Data in use' });
const bannerText = async (page: Page) =>
  (await banner(page).innerText()).replace(/\s+/g, ' ').trim();

/** The file names the data-set list of this tab shows (the dialog is opened and closed). */
async function listedFiles(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Data sets' });
  const list = dialog.getByRole('region', { name: 'Data sets in this browser' });
  await list.getByRole('listitem').first().waitFor();
  const names = await list.locator('li strong').allInnerTexts();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return names.sort();
}

void test(
  "an import in tab B keeps tab A's selection and both tabs agree",
  { timeout: TEST_TIMEOUT_MS * 2 },
  async () => {
    const tabA = await harness.openApp('/');
    await waitForDashboard(tabA);
    await importFile(tabA, 'kiel-corrupt-rows.csv');
    await banner(tabA)
      .getByText(/kiel-corrupt-rows\.csv/)
      .waitFor();

    const tabB = await tabA.context().newPage();
    watchPage(tabB);
    await tabB.goto(harness.baseUrl, { waitUntil: 'load' });
    await waitForDashboard(tabB);
    await banner(tabB)
      .getByText(/kiel-corrupt-rows\.csv/)
      .waitFor();

    // B imports a pledge list: A keeps its Kiel set and shows B's pledge list too.
    await importFile(tabB, 'pledges-add-three.csv');
    await banner(tabA)
      .getByText(/pledges-add-three\.csv/)
      .waitFor();
    assert.match(await bannerText(tabA), /kiel-corrupt-rows\.csv/, "A's Kiel set is still in use");
    assert.doesNotMatch(await bannerText(tabA), /no longer stored/);

    // B imports another Kiel file: A follows (the shared choice), never falls back to bundled.
    await importFile(tabB, 'kiel-r29-subset.csv');
    await banner(tabA)
      .getByText(/kiel-r29-subset\.csv/)
      .waitFor();
    assert.doesNotMatch(await bannerText(tabA), /no longer stored/);
    assert.equal(await bannerText(tabA), await bannerText(tabB), 'both tabs show the same data');

    const expected = [
      'data_explorer.csv',
      'kiel-corrupt-rows.csv',
      'kiel-r29-subset.csv',
      'pledges-add-three.csv',
      'pledges.json',
    ];
    assert.deepEqual(await listedFiles(tabA), expected, "A's list has what B stored");
    assert.deepEqual(await listedFiles(tabB), expected);

    // A switches its Kiel data back to the bundled one: B follows, A's pledge choice stays.
    await banner(tabA)
      .getByRole('button', { name: 'Switch back to the bundled Kiel data' })
      .click();
    await tabB.waitForFunction(
      () => !document.querySelector('[aria-label="Data in use"]')?.textContent?.includes('kiel-'),
    );
    assert.match(await bannerText(tabB), /pledges-add-three\.csv/);
    assert.equal(await bannerText(tabA), await bannerText(tabB));
    expectNoConsoleErrors(tabA);
    expectNoConsoleErrors(tabB);
  },
);
