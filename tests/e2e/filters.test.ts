import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addDonor,
  checkboxIn,
  donorCombobox,
  monthInput,
  presetButton,
  removeDonorButton,
  searchParams,
  sortedList,
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

const NORDIC_BALTIC_8 = ['DNK', 'EST', 'FIN', 'ISL', 'LTU', 'LVA', 'NOR', 'SWE'];
const G7 = ['CAN', 'DEU', 'FRA', 'GBR', 'ITA', 'JPN', 'USA'];

void test(
  'choosing donors in the combobox writes them to the URL and filters the charts',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/');
    await waitForDashboard(page);

    await addDonor(page, 'Pol');
    await waitForParam(page, 'donors', 'POL');
    await removeDonorButton(page, 'Poland').waitFor();

    await addDonor(page, 'Norwegen', /Norway/);
    await waitForParam(page, 'donors', 'POL~NOR');

    await addDonor(page, 'DEU');
    await waitForParam(page, 'donors', 'POL~NOR~DEU');
    assert.equal(await donorCombobox(page).inputValue(), '', 'the input is cleared after adding');

    await removeDonorButton(page, 'Poland').click();
    await waitForParam(page, 'donors', 'NOR~DEU');

    const byDonor = await readTable(page, 'Pledges by donor');
    // A † marks a donor holding money of a disputed package (both values are in the notes).
    const donors = byDonor.body.map((row) => (row[0] ?? '').replace(/ †$/, ''));
    assert.ok(donors.length > 0, 'the filtered chart has rows');
    for (const donor of donors) {
      assert.ok(
        ['Norway', 'Germany', 'Joint, not attributed'].includes(donor),
        `unexpected donor row "${donor}"`,
      );
    }
    expectNoConsoleErrors(page);
  },
);

void test('presets and "Clear all" set the donor list', { timeout: TEST_TIMEOUT_MS }, async () => {
  const page = await harness.openApp('/?donors=POL');
  await waitForDashboard(page);

  await presetButton(page, 'Nordic-Baltic 8').click();
  await page.waitForFunction(
    () => (new URLSearchParams(window.location.search).get('donors') ?? '').split('~').length >= 8,
  );
  const nordic = sortedList((await searchParams(page)).donors);
  for (const code of NORDIC_BALTIC_8)
    assert.ok(nordic.includes(code), `Nordic-Baltic 8 preset lacks ${code}: ${nordic.join('~')}`);

  await presetButton(page, 'Clear all').click();
  await waitForParam(page, 'donors', null);

  await presetButton(page, 'G7').click();
  await page.waitForFunction(
    () => (new URLSearchParams(window.location.search).get('donors') ?? '').length > 0,
  );
  assert.deepEqual(sortedList((await searchParams(page)).donors), G7);

  await presetButton(page, 'All').click();
  await waitForParam(page, 'donors', null);
  expectNoConsoleErrors(page);
});

void test(
  'instrument, category and date filters write the URL',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/');
    await waitForDashboard(page);

    await checkboxIn(page, 'Instrument', 'NATO PURL').check();
    await waitForParam(page, 'instruments', 'purl');

    await checkboxIn(page, 'Category', 'Military').check();
    await waitForParam(page, 'categories', 'military');

    await monthInput(page, 'From').fill('2025-08');
    await waitForParam(page, 'from', '2025-08');
    await monthInput(page, 'To').fill('2026-06');
    await waitForParam(page, 'to', '2026-06');

    await checkboxIn(page, 'Instrument', 'NATO PURL').uncheck();
    await waitForParam(page, 'instruments', null);

    const pledges = await readTable(page, 'Every pledge in the filter');
    const announced = pledges.head[0]?.findIndex((cell) => cell.startsWith('Announced')) ?? -1;
    if (announced >= 0) {
      for (const row of pledges.body) {
        const match = /(\d{4})$/.exec(row[announced] ?? '');
        if (match)
          assert.ok(
            Number(match[1]) >= 2025 && Number(match[1]) <= 2026,
            `row outside the date filter: ${row.join(' | ')}`,
          );
      }
    }
    expectNoConsoleErrors(page);
  },
);

void test(
  'the presets stay under the pointer: EU-27 adds 27 chips below them, and G7 is clicked where it was',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/', { viewport: { width: 1280, height: 720 } });
    await waitForDashboard(page);
    const g7 = presetButton(page, 'G7');
    const before = await g7.boundingBox();
    assert.ok(before && before.y + before.height <= 720, `G7 starts on screen: ${before?.y}`);
    // Real mouse clicks at fixed points: nothing scrolls a control into view for them.
    const eu = await presetButton(page, 'EU-27').boundingBox();
    assert.ok(eu, 'EU-27 is drawn');
    await page.mouse.click(eu.x + eu.width / 2, eu.y + eu.height / 2);
    await removeDonorButton(page, 'Austria').waitFor();
    const after = await g7.boundingBox();
    assert.deepEqual(
      after && [Math.round(after.x), Math.round(after.y)],
      [Math.round(before.x), Math.round(before.y)],
      'G7 has not moved',
    );
    await page.mouse.click(before.x + before.width / 2, before.y + before.height / 2);
    await page.waitForFunction(
      () =>
        (new URLSearchParams(window.location.search).get('donors') ?? '').split('~').length === 7,
    );
    assert.deepEqual(sortedList((await searchParams(page)).donors), G7);
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page has not scrolled');
    expectNoConsoleErrors(page);
  },
);
