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
      /^Showing 7 donors: [^€]+ €[\d.,]+[MB]( and \d+ more kinds?)?; \d+ donors?, \d+ lines\.$/,
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
  await announced(page, /^Auswahl Polen, NATO PURL: .+; \d+ Geber, \d+ Zeilen\.$/);
  expectNoConsoleErrors(page);
});

/** Tab from the top of the page to its end; the stops inside each chart's drawing, by figure id. */
async function chartTabStops(page: Page, maxStops = 140): Promise<Record<string, string[]>> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: Record<string, string[]> = {};
  for (let stop = 0; stop < maxStops; stop += 1) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const element = document.activeElement;
      const body = element?.closest('.chart-frame__body');
      const figureId = body?.closest('figure')?.id;
      if (!element || !figureId) return null;
      const name = element.getAttribute('aria-label') ?? element.getAttribute('class') ?? '';
      return { figureId, stop: `${element.tagName.toLowerCase()} ${name}` };
    });
    if (where) (stops[where.figureId] ??= []).push(where.stop);
  }
  return stops;
}

void test(
  'each of the four charts is one Tab stop (no Recharts layer groups), and Tab leaves it',
  { timeout: TEST_TIMEOUT_MS * 2 },
  async () => {
    const page = await harness.openApp('/');
    await waitForDashboard(page);
    // Draw everything below the fold first (charts off screen redraw when idle).
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(500);
    const stops = await chartTabStops(page);
    for (const id of ['pledges-by-donor', 'purl-over-time', 'kiel-allocations', 'kiel-monthly']) {
      assert.deepEqual(
        stops[id]?.filter((stop) => !stop.startsWith('button')),
        [`div ${await figureTitle(page, id)} (chart)`],
        `${id}: Tab stops in the chart ${JSON.stringify(stops[id])}`,
      );
    }
    const layers = await page
      .locator('g[class*="recharts-zIndex-layer"]:not([tabindex="-1"])')
      .count();
    assert.equal(layers, 0, 'every Recharts layer group has tabindex="-1"');
    expectNoConsoleErrors(page);
  },
);

async function figureTitle(page: Page, id: string): Promise<string> {
  return (await page.locator(`#${id} .chart-frame__title`).textContent()) ?? '';
}

/** The focused point as the chart writes it above itself (and speaks it). */
const readout = (page: Page, id: string) =>
  page
    .locator(`#${id} .chart-explorer__readout`)
    .textContent()
    .then((text) => text ?? '');

async function pressAndRead(page: Page, id: string, key: string): Promise<string> {
  const before = await readout(page, id);
  await page.keyboard.press(key);
  await page
    .waitForFunction(
      ([selector, text]) => document.querySelector(selector)?.textContent !== text,
      [`#${id} .chart-explorer__readout`, before] as const,
      { timeout: 3_000 },
    )
    .catch(() => undefined);
  return readout(page, id);
}

void test(
  'chart keys follow the layout: Up/Down along horizontal bars, Left/Right along months, Home/End',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/');
    await waitForDashboard(page);
    const byDonor = page.locator('#pledges-by-donor .chart-explorer');
    assert.equal(await byDonor.getAttribute('role'), 'region', 'not role=application');
    await byDonor.focus();
    const first = await readout(page, 'pledges-by-donor');
    const bars = Number(/\(1 of (\d+)\)$/.exec(first)?.[1]);
    assert.ok(bars > 2, `the first bar is announced with its position: ${first}`);
    assert.match(first, /^EU institutions · €[\d.]+B, .+: €[\d.]+[MB] \(1 of \d+\)$/, first);
    assert.match(await pressAndRead(page, 'pledges-by-donor', 'ArrowDown'), /\(2 of \d+\)$/);
    assert.match(await pressAndRead(page, 'pledges-by-donor', 'ArrowUp'), /\(1 of \d+\)$/);
    assert.match(
      await pressAndRead(page, 'pledges-by-donor', 'End'),
      new RegExp(`\\(${bars} of ${bars}\\)$`),
    );
    assert.match(await pressAndRead(page, 'pledges-by-donor', 'Home'), /\(1 of \d+\)$/);
    const segment = await pressAndRead(page, 'pledges-by-donor', 'ArrowRight');
    assert.notEqual(segment, first, 'Right moves to the next segment of the same bar');
    assert.match(segment, /^EU institutions .*\(1 of \d+\)$/);

    const monthly = page.locator('#kiel-monthly .chart-explorer');
    await monthly.focus();
    assert.match(await readout(page, 'kiel-monthly'), /^Jan 2022, .+ EUR bn \(1 of \d+\)$/);
    assert.match(
      await pressAndRead(page, 'kiel-monthly', 'ArrowRight'),
      /^Feb 2022, .*\(2 of \d+\)$/,
    );
    assert.match(
      await pressAndRead(page, 'kiel-monthly', 'ArrowDown'),
      /^Feb 2022, .*\(2 of \d+\)$/,
    );
    expectNoConsoleErrors(page);
  },
);

void test(
  'the segmented toggles paint their focus ring inside the clipping group',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/');
    await waitForDashboard(page);
    for (const [group, option] of [
      ['Split bars by', 'By instrument'],
      ['Measure', 'EUR bn'],
    ] as const) {
      const toggles = page.getByRole('group', { name: group, exact: true });
      const button = toggles.getByRole('button', { name: option, exact: true });
      await button.scrollIntoViewIfNeeded();
      const box = await toggles.boundingBox();
      assert.ok(box, `${group}: on screen`);
      // The region of the clipping ancestor (the group), with and without keyboard focus.
      const clip = { x: box.x, y: box.y, width: box.width, height: box.height };
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const unfocused = await page.screenshot({ clip });
      // Keyboard focus (Shift+Tab from the next control) so that :focus-visible applies.
      await button.evaluate((element) => {
        const next = element.nextElementSibling as HTMLElement | null;
        next?.focus();
      });
      await page.keyboard.press('Shift+Tab');
      assert.ok(await button.evaluate((element) => element === document.activeElement));
      assert.ok(
        await button.evaluate((element) => element.matches(':focus-visible')),
        `${option}: keyboard focus`,
      );
      const focused = await page.screenshot({ clip });
      assert.notDeepEqual(focused, unfocused, `${option}: the focus ring is painted`);
    }
    expectNoConsoleErrors(page);
  },
);

void test(
  'after "Reset all filters" or "Clear all" focus is on the donor search, not the body',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/?donors=POL~NOR&instruments=purl');
    await waitForDashboard(page);
    const focusedName = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        return element === document.body
          ? 'body'
          : `${element?.getAttribute('role')} ${element?.getAttribute('aria-label') ?? element?.id}`;
      });
    const clear = presetButton(page, 'Clear all');
    await clear.focus();
    await page.keyboard.press('Enter');
    await waitForParam(page, 'donors', null);
    assert.equal(await clear.isDisabled(), true, 'Clear all disables itself');
    assert.match(await focusedName(), /^combobox/, 'focus after Clear all');

    const reset = page.getByRole('button', { name: 'Reset all filters', exact: true });
    await reset.focus();
    await page.keyboard.press('Enter');
    await waitForParam(page, 'instruments', null);
    assert.equal(await reset.isDisabled(), true, 'Reset disables itself');
    assert.match(await focusedName(), /^combobox/, 'focus after Reset all filters');
    expectNoConsoleErrors(page);
  },
);

void test(
  'each chart shows its takeaway under the title, as its description, following the filter; a screen-reader section comes first',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/');
    await waitForDashboard(page);
    const expected: Record<string, RegExp> = {
      'pledges-by-donor':
        /^EU institutions leads with €[\d.]+B, \d+% of the €[\d.]+B counted for \d+ donors/,
      'purl-over-time': /via PURL on .+ in total, every euro counted once\.$/,
      'kiel-allocations': /^United States allocated the most: €[\d.]+B/,
      'kiel-monthly': /^Largest month: \w+ \d{4} with €[\d.]+B/,
    };
    for (const [id, pattern] of Object.entries(expected)) {
      const summary = page.locator(`#${id} .chart-frame__summary`);
      await summary.waitFor({ state: 'visible' });
      const text = (await summary.textContent()) ?? '';
      assert.match(text, pattern, `${id}: ${text}`);
      const description = await page.locator(`#${id}`).evaluate((figure) =>
        (figure.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((ref) => document.getElementById(ref)?.textContent ?? '')
          .join(' '),
      );
      assert.equal(description, text, `${id}: the takeaway is the figure's description`);
      const about =
        (await page.locator(`#${id} .chart-frame__body > .visually-hidden`).textContent()) ?? '';
      assert.match(about, /(Horizontal|Vertical) stacked bar chart, \d+ bars/, `${id}: type`);
      assert.match(
        about,
        /Category axis: from .+ to .+\.\s*Value axis: .+, from .+ to .+\./,
        `${id}: axes`,
      );
      assert.ok(about.includes(`Summary: ${text}`), `${id}: summary in the section`);
    }

    // It follows the filter.
    await presetButton(page, 'Nordic-Baltic 8').click();
    await page.waitForFunction(() =>
      /^(Norway|Sweden|Denmark|Finland) leads/.test(
        document.querySelector('#pledges-by-donor .chart-frame__summary')?.textContent ?? '',
      ),
    );

    // The section's link opens the data table and puts focus on it.
    // A screen reader activates it from browse mode (a click event; it is 1 px and not a Tab stop).
    await page
      .locator('#kiel-monthly .chart-frame__body > .visually-hidden a')
      .evaluate((link: HTMLElement) => link.click());
    const table = page.locator('#kiel-monthly table');
    await table.waitFor({ state: 'visible' });
    assert.ok(
      await page.evaluate(
        () => document.activeElement?.closest('#kiel-monthly .table-scroll') !== null,
      ),
      'focus is on the data table',
    );
    expectNoConsoleErrors(page);
  },
);

void test(
  'instrument segments differ by texture as well as colour, and the legend shows the same textures',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/');
    await waitForDashboard(page);
    const { series, textured, swatches } = await page
      .locator('#pledges-by-donor')
      .evaluate((figure) => {
        // One Bar draws every row; each part's rect names its series (data-series).
        const fillBySeries = new Map<string, string>();
        for (const rect of figure.querySelectorAll('.recharts-bar-rectangle rect[data-series]')) {
          const series = rect.getAttribute('data-series') ?? '';
          if (!fillBySeries.has(series)) fillBySeries.set(series, rect.getAttribute('fill') ?? '');
        }
        const fills = [...fillBySeries.values()];
        return {
          series: fillBySeries.size,
          textured: fills.filter((fill) => fill.startsWith('url(#')).length,
          swatches: figure.querySelectorAll('.chart-legend svg.chart-legend__swatch').length,
        };
      });
    assert.equal(series, 8, 'eight instrument series');
    assert.equal(textured, 7, 'seven textured series and one solid');
    assert.equal(swatches, 7, 'the legend draws the same seven textures');
    expectNoConsoleErrors(page);
  },
);
