// Keyboard only: skip link, donor combobox, chips, checkboxes, data tables, table sorting and the
// charts' keyboard layer, each with a visible focus indicator.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  PLEDGE_TABLE_FIGURE,
  checkboxIn,
  donorCombobox,
  figure,
  removeDonorButton,
  waitForDashboard,
  waitForParam,
} from './support/app.ts';
import { focusedControl, hasVisibleFocus, isFocused, tabTo } from './support/a11y.ts';
import { TEST_TIMEOUT_MS, expectNoConsoleErrors, setupBrowser } from './support/browser.ts';

const harness = setupBrowser();

/** Start as a keyboard user does: nothing focused, at the top of the page. */
async function openAtTop(path: string): Promise<Page> {
  const page = await harness.openApp(path);
  await waitForDashboard(page);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  return page;
}

void test(
  'the first Tab reaches the skip link, which moves focus to the main content',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await openAtTop('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the charts', exact: true });
    assert.ok(await isFocused(skip), `first Tab stop is ${(await focusedControl(page)).name}`);
    assert.ok(await skip.isVisible(), 'the skip link is shown when focused');
    const box = await skip.boundingBox();
    assert.ok(box && box.y >= 0, `the focused skip link is on screen (y = ${box?.y})`);
    assert.ok(hasVisibleFocus(await focusedControl(page)), 'the skip link shows focus');

    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    // The next Tab continues inside the main content, not back in the header or the filters.
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(
      () => document.activeElement?.closest('main') !== null && document.activeElement !== null,
    );
    assert.ok(inMain, `Tab after the skip link went to ${(await focusedControl(page)).name}`);
    expectNoConsoleErrors(page);
  },
);

void test(
  'at least 40 successive Tab stops all show focus',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await openAtTop('/?donors=POL~NOR');
    const seen: string[] = [];
    for (let stop = 1; stop <= 40; stop += 1) {
      await page.keyboard.press('Tab');
      const control = await focusedControl(page);
      seen.push(control.name);
      assert.ok(
        hasVisibleFocus(control),
        `Tab stop ${stop} (${control.name}) has no visible focus: outline ${control.outlineStyle} ${control.outlineWidth}, box-shadow ${control.boxShadow}`,
      );
    }
    assert.ok(
      new Set(seen).size >= 30,
      `Tab moves through different controls: ${seen.join(' -> ')}`,
    );
  },
);

void test(
  'donor combobox and chips by keyboard: type "Polen", pick Poland, remove it',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await openAtTop('/');
    const input = donorCombobox(page);
    await tabTo(page, input, 20);

    await page.keyboard.type('Polen');
    await page.keyboard.press('ArrowDown');
    const activeId = await input.getAttribute('aria-activedescendant');
    assert.ok(activeId, 'ArrowDown makes an option active');
    const activeText = await page.locator(`[id="${activeId}"]`).textContent();
    assert.match(activeText ?? '', /Poland/, `the active option is Poland: ${activeText}`);
    await page.keyboard.press('Enter');
    await waitForParam(page, 'donors', 'POL');
    assert.equal(await input.inputValue(), '', 'the input is cleared');
    assert.equal(await input.getAttribute('aria-expanded'), 'false', 'the list closes');

    const chip = removeDonorButton(page, 'Poland');
    await tabTo(page, chip, 5);
    await page.keyboard.press('Enter');
    await waitForParam(page, 'donors', null);
    assert.ok(await isFocused(input), 'focus returns to the combobox after the last chip');
    expectNoConsoleErrors(page);
  },
);

void test('an "Instrument" checkbox toggles with Space', { timeout: TEST_TIMEOUT_MS }, async () => {
  const page = await openAtTop('/');
  const purl = checkboxIn(page, 'Instrument', 'NATO PURL');
  await tabTo(page, purl, 40);
  await page.keyboard.press('Space');
  await waitForParam(page, 'instruments', 'purl');
  assert.equal(await purl.isChecked(), true);
  await page.keyboard.press('Space');
  await waitForParam(page, 'instruments', null);
  assert.equal(await purl.isChecked(), false);
  expectNoConsoleErrors(page);
});

void test(
  '"Show data table" opens with Enter, and the chart answers the arrow keys',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await openAtTop('/');
    const byDonor = figure(page, 'Pledges by donor');
    const show = byDonor.getByRole('button', { name: 'Show data table', exact: true });
    await tabTo(page, show, 80);
    await page.keyboard.press('Enter');
    const table = byDonor.getByRole('table');
    await table.waitFor({ state: 'visible' });
    const toggle = byDonor.getByRole('button', { name: 'Show chart', exact: true });
    assert.ok(await isFocused(toggle), 'focus stays on the toggle, now "Show chart"');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.ok((await table.locator('tbody tr').count()) > 0, 'the table has rows');
    await page.keyboard.press('Enter');
    const chart = byDonor.getByRole('region', { name: 'Pledges by donor (chart)' });
    await chart.waitFor({ state: 'visible' });
    assert.equal(await toggle.count(), 0, 'the chart is back');

    // Each chart is one Tab stop; the arrow keys move through its points, written above it.
    const purl = figure(page, 'PURL packages over time');
    await tabTo(page, purl.getByRole('region', { name: 'PURL packages over time (chart)' }), 15);
    const readout = purl.locator('.chart-explorer__readout');
    const first = (await readout.textContent()) ?? '';
    assert.match(first, /\d{4}: .+\(1 of \d+\)$/, 'focusing the chart shows the first package');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      ([element, before]) => element !== null && element.textContent !== before,
      [await readout.elementHandle(), first] as const,
    );
    assert.match(
      (await readout.textContent()) ?? '',
      /€.*\(2 of \d+\)$/,
      'ArrowRight shows the next package',
    );
    expectNoConsoleErrors(page);
  },
);

void test(
  'the pledge table sorts by keyboard (aria-sort)',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await openAtTop('/?donors=POL~NOR~DEU');
    const pledges = figure(page, PLEDGE_TABLE_FIGURE);
    const donorHeader = pledges.getByRole('columnheader', { name: /^Donor/ });
    const dateHeader = pledges.getByRole('columnheader', { name: /^Announced/ });
    assert.equal(await dateHeader.getAttribute('aria-sort'), 'descending', 'sorted by date first');
    assert.equal(await donorHeader.getAttribute('aria-sort'), null);

    const sortByDonor = donorHeader.getByRole('button');
    await tabTo(page, sortByDonor, 200);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (header) => header?.getAttribute('aria-sort') === 'ascending',
      await donorHeader.elementHandle(),
    );
    assert.equal(await dateHeader.getAttribute('aria-sort'), null, 'only one column is sorted');
    const firstDonors = await pledges.locator('tbody tr th .pledge-table__donor').allTextContents();
    assert.deepEqual(
      firstDonors,
      [...firstDonors].sort((a, b) => a.localeCompare(b, 'en')),
      'rows in donor order',
    );

    await page.keyboard.press('Space');
    await page.waitForFunction(
      (header) => header?.getAttribute('aria-sort') === 'descending',
      await donorHeader.elementHandle(),
    );
    assert.ok(await isFocused(sortByDonor), 'focus stays on the sort button');
    expectNoConsoleErrors(page);
  },
);
