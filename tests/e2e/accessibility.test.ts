// axe-core (WCAG 2.0/2.1 A and AA, plus best practices) must find nothing in any state of the
// dashboard a user can reach: filtered, tables shown, % of GDP, donor list open, junk-URL
// notice, and the phone layout with the filters open.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  CHART_FIGURES,
  CHART_SURFACE,
  donorCombobox,
  figure,
  waitForDashboard,
} from './support/app.ts';
import { chartTextContrast, expectNoAxeViolations } from './support/a11y.ts';
import {
  DEFAULT_VIEWPORT,
  PHONE_VIEWPORT,
  TEST_TIMEOUT_MS,
  expectNoConsoleErrors,
  setupBrowser,
} from './support/browser.ts';

const harness = setupBrowser();

for (const query of ['/', '/?donors=POL~NOR~DEU&instruments=purl']) {
  void test(`no axe-core violations on ${query}`, { timeout: TEST_TIMEOUT_MS }, async () => {
    const page = await harness.openApp(query);
    await waitForDashboard(page);
    await expectNoAxeViolations(page, `the view ${query}`);
    expectNoConsoleErrors(page);
  });
}

/** Show every chart's data table (the chart is hidden while its table is shown). */
async function openAllTables(page: Page): Promise<void> {
  for (const name of CHART_FIGURES) {
    const chart = figure(page, name);
    await chart.getByRole('button', { name: 'Show data table', exact: true }).click();
    await chart.locator('table').first().waitFor({ state: 'visible' });
    assert.equal(
      await chart.locator(CHART_SURFACE).filter({ visible: true }).count(),
      0,
      `${name}: the chart is hidden while its table is shown`,
    );
  }
}

for (const viewport of [DEFAULT_VIEWPORT, PHONE_VIEWPORT]) {
  void test(
    `no axe-core violations with every chart shown as its data table (${viewport.width} px)`,
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const page = await harness.openApp('/?donors=POL~NOR~DEU', { viewport });
      await waitForDashboard(page);
      await openAllTables(page);
      await expectNoAxeViolations(
        page,
        `the view with all four data tables open, ${viewport.width} px`,
      );
      expectNoConsoleErrors(page);
    },
  );
}

void test(
  'legend, axis and tooltip text in every chart has 4.5:1 contrast (axe cannot tell)',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/');
    await waitForDashboard(page);
    for (const name of CHART_FIGURES) {
      const chart = figure(page, name);
      // A tooltip shows on hover (the charts' keyboard layer writes the focused point above the
      // chart instead): over a package of the PURL timeline (its own drawing), over the middle of
      // a Recharts plot.
      const purl = chart.locator('.purl-time-chart [data-event-id]');
      if ((await purl.count()) > 0) {
        await purl.first().hover();
        await chart.locator('.purl-tooltip p').first().waitFor({ state: 'visible' });
      } else {
        const surface = chart.locator('.recharts-wrapper > .recharts-surface').first();
        const box = await surface.boundingBox();
        assert.ok(box, `${name}: the chart is drawn`);
        await surface.hover({ position: { x: box.width / 2, y: box.height / 3 } });
        await chart.locator('.recharts-tooltip-item').first().waitFor({ state: 'visible' });
      }
      const { checked, low } = await chartTextContrast(chart);
      assert.ok(checked >= 6, `${name}: only ${checked} chart texts found`);
      assert.deepEqual(low, [], `${name}: text below 4.5:1 against white`);
    }
  },
);

void test(
  'no axe-core violations with the Kiel chart in % of GDP',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/');
    await waitForDashboard(page);
    const kiel = figure(page, 'Allocations by donor (Kiel tracker)');
    const gdp = kiel.getByRole('button', { name: '% of GDP', exact: true });
    await gdp.click();
    await kiel.getByText('% of donor GDP', { exact: true }).waitFor();
    assert.equal(await gdp.getAttribute('aria-pressed'), 'true');
    await kiel.locator('.recharts-surface').first().waitFor({ state: 'visible' });
    await expectNoAxeViolations(page, 'the Kiel allocations chart in % of GDP');
    await kiel.getByRole('button', { name: 'Show data table', exact: true }).click();
    await kiel.locator('table').first().waitFor({ state: 'visible' });
    await expectNoAxeViolations(page, 'the Kiel allocations table in % of GDP');
  },
);

void test(
  'no axe-core violations with the donor list open',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/');
    await waitForDashboard(page);
    const input = donorCombobox(page);
    await input.fill('en');
    await input.press('ArrowDown');
    await page.getByRole('listbox', { name: 'Donor countries' }).waitFor({ state: 'visible' });
    assert.equal(await input.getAttribute('aria-expanded'), 'true');
    assert.ok(await input.getAttribute('aria-activedescendant'), 'an option is active');
    await expectNoAxeViolations(page, 'the donor combobox with its list open');
  },
);

void test(
  'no axe-core violations with the junk-URL notice shown',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp(
      '/?donors=XXX~<script>alert(1)</script>~POL&from=2025-13&instruments=nope',
    );
    await waitForDashboard(page);
    await page
      .getByRole('status')
      .filter({ hasText: /ignored/i })
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'the view with the ignored-parameters notice');
  },
);

void test(
  'no axe-core violations on a 390 px phone with the filters open',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/?donors=POL~NOR~DEU', { viewport: PHONE_VIEWPORT });
    await waitForDashboard(page);
    await expectNoAxeViolations(page, 'the phone layout');
    const toggle = page
      .getByRole('complementary', { name: 'Filters' })
      .getByRole('button', { name: /^(Filters|Hide filters)/ });
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await donorCombobox(page).waitFor({ state: 'visible' });
    await expectNoAxeViolations(page, 'the phone layout with the filters panel open');
  },
);
