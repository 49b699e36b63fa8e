import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { PLEDGE_TABLE_FIGURE, columnIndex, waitForDashboard } from './support/app.ts';
import { parseAmount, parseCompactEur } from './support/numbers.ts';
import {
  TEST_TIMEOUT_MS,
  expectNoConsoleErrors,
  readTable,
  setupBrowser,
} from './support/browser.ts';

const harness = setupBrowser();

/** EUR m total of "Pledges by donor" (its footer) and of the pledge table (its footer). */
async function totals(page: Page) {
  const byDonor = await readTable(page, 'Pledges by donor');
  const pledges = await readTable(page, PLEDGE_TABLE_FIGURE);
  const donorTotal = parseAmount(byDonor.foot[0]?.[columnIndex(byDonor.head[0], 'Total')] ?? '');
  const pledgeTotal = parseAmount(
    pledges.foot[0]?.[columnIndex(pledges.head[0], 'Counted in totals')] ?? '',
  );
  const donorRowsSum = byDonor.body.reduce(
    (sum, row) => sum + (parseAmount(row[columnIndex(byDonor.head[0], 'Total')] ?? '') || 0),
    0,
  );
  return { donorTotal, pledgeTotal, donorRowsSum, rows: byDonor.body.length };
}

for (const query of [
  '/',
  '/?donors=POL~NOR~DEU',
  '/?donors=POL~NOR~DEU&instruments=purl&from=2025-08&to=2026-06',
  '/?categories=military&from=2025-01',
]) {
  void test(
    `"Pledges by donor" total equals the pledge table's EUR total for ${query}`,
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const page = await harness.openApp(query);
      await waitForDashboard(page);
      const { donorTotal, pledgeTotal, donorRowsSum, rows } = await totals(page);
      assert.ok(Number.isFinite(donorTotal), 'the donor table has a numeric total');
      assert.ok(Number.isFinite(pledgeTotal), 'the pledge table has a numeric total');
      assert.ok(
        Math.abs(donorTotal - pledgeTotal) <= 0.1,
        `donor total ${donorTotal} vs pledge table total ${pledgeTotal} (EUR m)`,
      );
      // Rows are rounded to 0.1 each, so their sum may drift by up to 0.05 per row.
      assert.ok(
        Math.abs(donorRowsSum - donorTotal) <= 0.05 * rows + 0.1,
        `donor rows sum ${donorRowsSum} vs total ${donorTotal}`,
      );
      // The headline gives one total per kind of money (never one across them): together they
      // are what the tables count.
      const families = await page
        .getByTestId('headline-families')
        .locator('.headline__families .headline__value')
        .allTextContents();
      const parsed = families.map((text) => parseCompactEur(text));
      assert.ok(
        parsed.length > 0 && parsed.every(Boolean),
        `headline families: ${families.join(' | ')}`,
      );
      const sum = parsed.reduce((s, p) => s + (p?.millions ?? 0), 0);
      const tolerance = parsed.reduce((s, p) => s + (p?.tolerance ?? 0), 0);
      assert.ok(
        Math.abs(sum - pledgeTotal) <= tolerance + 0.05,
        `headline families EUR ${sum}m (±${tolerance}) vs tables EUR ${pledgeTotal}m`,
      );
      expectNoConsoleErrors(page);
    },
  );
}
