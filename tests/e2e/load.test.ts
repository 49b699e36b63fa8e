import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CHART_FIGURES,
  CHART_SURFACE,
  PLEDGE_TABLE_FIGURE,
  figure,
  waitForDashboard,
} from './support/app.ts';
import {
  TEST_TIMEOUT_MS,
  expectNoConsoleErrors,
  readTable,
  setupBrowser,
} from './support/browser.ts';

const harness = setupBrowser();

void test(
  'the dashboard loads with headline figures, every chart drawn and no console errors',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/');
    await waitForDashboard(page);

    const h1 = await page.getByRole('heading', { level: 1 }).textContent();
    assert.match(h1 ?? '', /Ukraine/);

    const headline = page.getByRole('region', { name: 'Headline figures', exact: true });
    const headlineText = (await headline.textContent()) ?? '';
    for (const label of [
      'Pledged, by kind of money',
      'kinds not added up',
      'Donors',
      'Latest pledge',
      'Data as of',
    ]) {
      assert.ok(headlineText.includes(label), `headline figures lack "${label}": ${headlineText}`);
    }
    assert.match(headlineText, /€\d/, 'the total is given in EUR');

    for (const name of [...CHART_FIGURES, PLEDGE_TABLE_FIGURE]) {
      const frame = figure(page, name);
      assert.equal(await frame.count(), 1, `exactly one figure named "${name}"`);
      const caption = (await frame.locator('figcaption').textContent()) ?? '';
      assert.match(caption, /Source:/, `"${name}" names its source`);
      assert.match(caption, /As of/, `"${name}" gives its as-of date`);
    }
    for (const name of CHART_FIGURES) {
      assert.ok(
        (await figure(page, name).locator(CHART_SURFACE).count()) >= 1,
        `"${name}" draws a chart`,
      );
    }

    const pledges = await readTable(page, PLEDGE_TABLE_FIGURE);
    assert.ok(pledges.body.length > 0, 'the pledge table has rows');
    assert.equal(pledges.foot.length, 1, 'the pledge table has a total row');

    expectNoConsoleErrors(page);
  },
);
