import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figure, waitForDashboard } from './support/app.ts';
import {
  PHONE_VIEWPORT,
  TEST_TIMEOUT_MS,
  expectNoConsoleErrors,
  setupBrowser,
} from './support/browser.ts';

const harness = setupBrowser();
const PURL = 'PURL packages over time';

void test(
  'the PURL timeline has a true time axis: no tick label repeated, bars in date order by x',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/');
    await waitForDashboard(page);
    const chart = figure(page, PURL);
    const ticks = await chart.getByTestId('purl-time-tick').allTextContents();
    assert.ok(ticks.length >= 4, `month ticks drawn: ${ticks.join(', ')}`);
    assert.equal(new Set(ticks).size, ticks.length, `no repeated tick label: ${ticks.join(', ')}`);
    // Each segment's x against its date: x never decreases as the date increases, and a later
    // week or month is strictly further right.
    const segments = await chart.getByTestId('purl-segment').evaluateAll((rects) =>
      rects.map((rect) => ({
        date: rect.getAttribute('data-date') ?? '',
        x: Number(rect.getAttribute('x')),
      })),
    );
    assert.ok(segments.length >= 10, `${segments.length} segments`);
    const byDate = [...segments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    for (let i = 1; i < byDate.length; i += 1) {
      const [a, b] = [byDate[i - 1]!, byDate[i]!];
      assert.ok(b.x >= a.x, `${b.date} (x ${b.x}) is not left of ${a.date} (x ${a.x})`);
    }
    // Uneven gaps are spaced by time: neighbouring packages 16 days apart (13 Aug -> 29 Aug)
    // stand much closer than neighbours 76 days apart (29 Aug -> 13 Nov).
    const xOf = (date: string) => segments.find((s) => s.date === date)?.x ?? Number.NaN;
    const short = xOf('2025-08-29') - xOf('2025-08-13');
    const long = xOf('2025-11-13') - xOf('2025-08-29');
    assert.ok(long > 3 * short, `gaps follow the calendar (${short} px vs ${long} px)`);
    // Every bar is named without hovering: one key entry per package, naming its donors.
    const key = await chart.getByTestId('purl-key-entry').allTextContents();
    assert.equal(key.length, segments.length, 'one key entry per drawn package');
    assert.ok(
      key.some((entry) => /NOR\+DEU\+POL/.test(entry)),
      key.join(' | '),
    );
    // The running total has its own titled panel and an end value.
    assert.match(
      (await chart.getByTestId('purl-running-title').textContent()) ?? '',
      /Running total/,
    );
    assert.match((await chart.getByTestId('purl-running-end').textContent()) ?? '', /^€\d/);
    expectNoConsoleErrors(page);
  },
);

void test(
  'the tooltip of a joint package stays inside the chart and names it as a joint package',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/');
    await waitForDashboard(page);
    const chart = figure(page, PURL);
    const joint = chart.locator('[data-testid=purl-segment][data-event-id="P019"]');
    await joint.scrollIntoViewIfNeeded();
    await joint.hover();
    const tooltip = chart.getByTestId('purl-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    const text = await tooltip.innerText();
    assert.match(text, /Joint package \(total\): USD 500M \(€430M\)/);
    assert.doesNotMatch(text, /€0M/);
    // The disputed amount: both values and both sources.
    assert.match(text, /per Government of Norway/);
    assert.match(text, /€500M per German TV news report/);
    const box = await tooltip.boundingBox();
    const area = await chart.locator('.purl-time-chart').boundingBox();
    assert.ok(box && area, 'boxes measured');
    assert.ok(box.x >= area.x - 1 && box.x + box.width <= area.x + area.width + 1, 'inside, x');
    assert.ok(box.y >= area.y - 1 && box.y + box.height <= area.y + area.height + 1, 'inside, y');
  },
);

void test(
  'on a phone the first screen holds the overview with a chart',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/', { viewport: PHONE_VIEWPORT });
    const chart = page.getByTestId('overview-gap-chart');
    await chart.waitFor({ state: 'visible' });
    const box = await chart.boundingBox();
    assert.ok(box, 'the overview chart is drawn');
    assert.ok(box.y + box.height / 2 < PHONE_VIEWPORT.height, `chart at y ${box.y}`);
    for (const id of ['overview-pledges-value', 'overview-gap-value', 'overview-eu-value']) {
      assert.match(await page.getByTestId(id).innerText(), /€\d/);
    }
  },
);

void test(
  'the donor chart compares national donors (kept in the URL), one unit, no cut tick',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/');
    await waitForDashboard(page);
    const chart = figure(page, 'Pledges by donor');
    await chart.getByRole('button', { name: 'National donors only', exact: true }).click();
    await page.waitForFunction(() => location.search.includes('donorview=national'));
    await chart.locator('svg text', { hasText: 'Poland' }).first().waitFor();
    const labels = await chart.locator('svg text').allTextContents();
    assert.ok(!labels.some((l) => /EU institutions/.test(l)), labels.join(' | '));
    const poland = labels.find((l) => /Poland/.test(l)) ?? '';
    assert.match(poland, /€86M/);
    assert.match(await chart.innerText(), /EUR million \(converted at reference rates\)/);
    // Every tick label lies inside the chart's SVG.
    const cut = await chart
      .locator('.recharts-xAxis .recharts-cartesian-axis-tick-value')
      .evaluateAll((ticks) => {
        const svg = ticks[0]?.closest('svg')?.getBoundingClientRect();
        return ticks
          .filter((t) => svg && t.getBoundingClientRect().right > svg.right + 0.5)
          .map((t) => t.textContent);
      });
    assert.deepEqual(cut, []);
  },
);
