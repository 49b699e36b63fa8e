import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/a11y.ts';
import { figure } from './support/app.ts';
import {
  DEFAULT_VIEWPORT,
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
    // The EU's own arithmetic first, then the gap after each step of certainty, never a bare
    // "remaining gap"; the counting rule beside it.
    const sum = await sumText(page);
    assert.match(
      sum,
      /need €135\.7B = EU share €90\.0B \(66%, decided\) \+ partners’ share €45\.7B/,
    );
    assert.match(sum, /\+ pledged → €39\.0B; \+ proposed → €39\.0B\./);
    assert.match(sum, /Counting rule: .*17 Nov 2025.*gross need.*none \(€3\.4B to spare\)/);
    assert.doesNotMatch(sum, /remaining gap/i);
    const bars = figure(page, GAP_FIGURE).locator('.recharts-bar-rectangle');
    assert.ok((await bars.count()) >= 5, 'need bar and coverage segments are drawn');
    const events = figure(page, TIMELINE_FIGURE).getByRole('listitem');
    assert.equal(await events.count(), 14);

    await page.getByRole('radio', { name: 'IMF/Commission: €137B' }).check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('need') === 'imf-137');
    const imf = /\+ pledged → €14\.8B; \+ proposed → none \(€2\.1B to spare\)/;
    assert.match(await sumText(page), imf);
    assert.equal(new URL(page.url()).searchParams.get('page'), 'financing');

    await page.reload();
    await waitForFinancing(page);
    assert.equal(needParam(page), 'imf-137');
    assert.ok(await page.getByRole('radio', { name: 'IMF/Commission: €137B' }).isChecked());
    assert.match(await sumText(page), imf);

    await figure(page, GAP_FIGURE).getByRole('button', { name: 'Show data table' }).click();
    const lastRow = figure(page, GAP_FIGURE)
      .getByRole('table', { name: /Gap by step of certainty/ })
      .getByRole('row')
      .last();
    // + proposed: net reading added, gap; gross reading added, gap.
    assert.match((await lastRow.textContent()) ?? '', /^\+ proposed€0\.0B€40\.3B€17\.0B−€2\.1B$/);
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

void test(
  'the gap chart is on the first screen of a 1280x720 projector and a phone, in English and German',
  { timeout: TEST_TIMEOUT_MS * 2 },
  async () => {
    const screens = [
      { viewport: DEFAULT_VIEWPORT, theme: 'projector' },
      { viewport: PHONE_VIEWPORT, theme: 'light' },
    ];
    for (const { viewport, theme } of screens) {
      for (const lang of ['en', 'de']) {
        const page = await harness.openApp(`/?page=financing&theme=${theme}&lang=${lang}`, {
          viewport,
        });
        const chart = page.locator('.funding-gap-chart .recharts-surface').first();
        await chart.waitFor({ state: 'visible' });
        const box = await chart.boundingBox();
        assert.ok(box, 'the gap chart is drawn');
        // At least half of the chart above the fold (the lede and the arithmetic come after it).
        assert.ok(
          box.y + box.height / 2 < viewport.height,
          `${theme} ${lang} ${viewport.width}x${viewport.height}: chart from y ${Math.round(box.y)} to ${Math.round(box.y + box.height)}`,
        );
        expectNoConsoleErrors(page);
        await page.context().close();
      }
    }
  },
);
