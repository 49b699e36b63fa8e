import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  addDonor,
  checkboxIn,
  monthInput,
  removeDonorButton,
  searchParams,
  waitForDashboard,
  waitForParam,
} from './support/app.ts';
import {
  TEST_TIMEOUT_MS,
  expectNoConsoleErrors,
  readTable,
  setupBrowser,
} from './support/browser.ts';

const harness = setupBrowser();

const SHARED_QUERY = '?donors=POL~NOR~DEU&instruments=purl&from=2025-08&to=2026-06';
const EXPECTED_PARAMS = {
  donors: 'POL~NOR~DEU',
  instruments: 'purl',
  from: '2025-08',
  to: '2026-06',
};

async function expectSharedView(page: Page) {
  for (const donor of ['Poland', 'Norway', 'Germany']) {
    assert.ok(await removeDonorButton(page, donor).isVisible(), `chip for ${donor} is shown`);
  }
  assert.equal(await removeDonorButton(page, 'Denmark').count(), 0, 'no other donor is chosen');
  assert.ok(await checkboxIn(page, 'Instrument', 'NATO PURL').isChecked(), 'NATO PURL is ticked');
  assert.equal(await checkboxIn(page, 'Instrument', 'Bilateral military').isChecked(), false);
  assert.equal(await monthInput(page, 'From').inputValue(), '2025-08');
  assert.equal(await monthInput(page, 'To').inputValue(), '2026-06');
  assert.deepEqual(await searchParams(page), EXPECTED_PARAMS);
}

void test(
  'a shared link restores the view, and so does a reload',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp(`/${SHARED_QUERY}`);
    await waitForDashboard(page);
    await expectSharedView(page);
    const before = await readTable(page, 'Pledges by donor');
    const pledgesBefore = await readTable(page, 'Every pledge in the filter');

    await page.reload({ waitUntil: 'load' });
    await waitForDashboard(page);
    await expectSharedView(page);
    assert.deepEqual(
      await readTable(page, 'Pledges by donor'),
      before,
      'the donor table is the same after reload',
    );
    assert.deepEqual(
      await readTable(page, 'Every pledge in the filter'),
      pledgesBefore,
      'the pledge table is the same after reload',
    );
    expectNoConsoleErrors(page);
  },
);

void test(
  'a view built in the UI opens the same in a fresh browser from its URL',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/');
    await waitForDashboard(page);
    await addDonor(page, 'POL');
    await waitForParam(page, 'donors', 'POL');
    await addDonor(page, 'Norw', /Norway/);
    await waitForParam(page, 'donors', 'POL~NOR');
    await addDonor(page, 'Germ', /Germany/);
    await waitForParam(page, 'donors', 'POL~NOR~DEU');
    await checkboxIn(page, 'Instrument', 'NATO PURL').check();
    await waitForParam(page, 'instruments', 'purl');
    await monthInput(page, 'From').fill('2025-08');
    await waitForParam(page, 'from', '2025-08');
    await monthInput(page, 'To').fill('2026-06');
    await waitForParam(page, 'to', '2026-06');
    await expectSharedView(page);

    const built = await readTable(page, 'Pledges by donor');
    const shared = await harness.openApp(new URL(page.url()).pathname + new URL(page.url()).search);
    await waitForDashboard(shared);
    await expectSharedView(shared);
    assert.deepEqual(await readTable(shared, 'Pledges by donor'), built);

    expectNoConsoleErrors(page);
    expectNoConsoleErrors(shared);
  },
);
