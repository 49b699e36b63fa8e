import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/a11y.ts';
import { figure } from './support/app.ts';
import {
  PHONE_VIEWPORT,
  TEST_TIMEOUT_MS,
  expectNoConsoleErrors,
  setupBrowser,
} from './support/browser.ts';

const harness = setupBrowser();
const GAP_FIGURE = 'Funding gap 2026–2027: need and what covers it';
const TIMELINE_FIGURE = 'Decision timeline: from Plan A and Plan B to the EUR 90bn loan';

async function waitForFinancing(page: Page): Promise<void> {
  await figure(page, GAP_FIGURE).locator('.recharts-surface').first().waitFor({ state: 'visible' });
  await figure(page, TIMELINE_FIGURE).waitFor();
}
const sumText = async (page: Page) =>
  (await page.getByTestId('funding-gap-sum').textContent()) ?? '';
const needParam = (page: Page) => new URL(page.url()).searchParams.get('need');

void test(
  'the funding gap and the timeline are drawn; switching the estimate changes numbers and URL; reload keeps it',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/?page=financing');
    await waitForFinancing(page);
    assert.equal(await sumText(page), 'Need €135.7B − covered €131.1B = remaining gap €4.6B');
    const bars = figure(page, GAP_FIGURE).locator('.recharts-bar-rectangle');
    assert.ok((await bars.count()) >= 5, 'need bar and coverage segments are drawn');
    const events = figure(page, TIMELINE_FIGURE).getByRole('listitem');
    assert.equal(await events.count(), 13);

    await page.getByRole('radio', { name: 'IMF/Commission: €137B' }).check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('need') === 'imf-137');
    assert.equal(await sumText(page), 'Need €137.0B − covered €131.1B = remaining gap €5.9B');
    assert.equal(new URL(page.url()).searchParams.get('page'), 'financing');

    await page.reload();
    await waitForFinancing(page);
    assert.equal(needParam(page), 'imf-137');
    assert.ok(await page.getByRole('radio', { name: 'IMF/Commission: €137B' }).isChecked());
    assert.equal(await sumText(page), 'Need €137.0B − covered €131.1B = remaining gap €5.9B');

    await figure(page, GAP_FIGURE).getByRole('button', { name: 'Show data table' }).click();
    const lastRow = figure(page, GAP_FIGURE)
      .getByRole('table', { name: /Funding gap arithmetic/ })
      .getByRole('row')
      .last();
    assert.match((await lastRow.textContent()) ?? '', /= Remaining gap.*€5\.9B/);
    expectNoConsoleErrors(page);
  },
);

void test(
  'a junk need value shows the note and the default estimate',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/?page=financing&need=%3Cb%3Ejunk');
    await waitForFinancing(page);
    const note = page.getByRole('status').filter({ hasText: /not recognised/ });
    await note.waitFor();
    assert.match((await note.textContent()) ?? '', /“<b>junk” was not recognised/);
    assert.ok(await page.getByRole('radio', { name: 'Commission: €135.7B' }).isChecked());
    assert.equal(
      await page.locator('main b').filter({ hasText: 'junk' }).count(),
      0,
      'the value is text, not markup',
    );
    expectNoConsoleErrors(page);
  },
);

void test(
  'the financing page has no axe violations, chart and table, desktop and phone',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/?page=financing&donors=DEU~HUN');
    await waitForFinancing(page);
    await expectNoAxeViolations(page, 'the financing page');
    await figure(page, GAP_FIGURE).getByRole('button', { name: 'Show data table' }).click();
    await expectNoAxeViolations(page, 'the financing page with the gap table');

    const phone = await harness.openApp('/?page=financing', { viewport: PHONE_VIEWPORT });
    await waitForFinancing(phone);
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    assert.ok(overflow <= 0, `no horizontal page overflow on a phone (${overflow}px)`);
    await expectNoAxeViolations(phone, 'the financing page on a phone');
  },
);
