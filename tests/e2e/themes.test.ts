// Themes in a real browser: the projector's chart text is at least 1.25x the light theme's and
// high-contrast; dark draws charts on a dark panel; no axis label or axis title is cut by its
// chart's edge or the screen's (every chart of both pages, the funding-gap slide, at a desktop and
// a phone width, the phone in English and German).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { CHART_FIGURES, CHART_SURFACE, waitForDashboard } from './support/app.ts';
import {
  PHONE_VIEWPORT,
  TEST_TIMEOUT_MS,
  expectNoConsoleErrors,
  setupBrowser,
} from './support/browser.ts';

const harness = setupBrowser();

async function waitForCharts(page: Page, financing: boolean, lang = 'en'): Promise<void> {
  if (!financing && lang !== 'en')
    // The figures' names are German: wait for as many drawn charts as the English wait names.
    await page.waitForFunction(
      ([surface, count]) =>
        [...document.querySelectorAll('figure.chart-frame')].filter((frame) =>
          frame.querySelector(surface),
        ).length >= count,
      [CHART_SURFACE, CHART_FIGURES.length] as const,
    );
  else if (financing)
    await page
      .locator('.funding-gap-chart .recharts-surface')
      .first()
      .waitFor({ state: 'visible' });
  else await waitForDashboard(page);
  await page.waitForTimeout(300);
}

/** Computed size of the chart frames' axis tick text, and the text's contrast to the panel. */
function tickStyle(page: Page) {
  return page.evaluate(() => {
    const luminance = (colour: string) => {
      const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const panel = (element: Element) => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const background = getComputedStyle(node).backgroundColor;
        if (!/rgba\(.*,\s*0\)$/.test(background) && background !== 'transparent') return background;
      }
      return 'rgb(255, 255, 255)';
    };
    const ticks = [
      ...document.querySelectorAll(
        '.chart-frame__body .recharts-cartesian-axis-tick-value, .chart-frame__body .category-tick',
      ),
    ];
    return ticks.map((tick) => {
      const style = getComputedStyle(tick);
      const [a, b] = [luminance(style.fill), luminance(panel(tick))];
      return {
        size: Number.parseFloat(style.fontSize),
        contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
        panelLuminance: b,
      };
    });
  });
}

/**
 * Axis labels and axis titles whose box reaches beyond their chart's SVG (cut by its edge) or
 * beyond the screen's sides (a chart wider than the page column is cut there).
 */
function cutLabels(page: Page) {
  return page.evaluate(() => {
    const cut: string[] = [];
    const screenRight = document.documentElement.clientWidth;
    for (const svg of document.querySelectorAll('svg.recharts-surface')) {
      const box = svg.getBoundingClientRect();
      for (const tick of svg.querySelectorAll(
        '.recharts-cartesian-axis-tick-value, .category-tick, .recharts-label, .axis-title',
      )) {
        const r = tick.getBoundingClientRect();
        if (r.width === 0) continue;
        if (
          r.left < Math.max(box.left, 0) - 1 ||
          r.right > Math.min(box.right, screenRight) + 1 ||
          r.top < box.top - 1 ||
          r.bottom > box.bottom + 1
        )
          cut.push(
            `${tick.textContent ?? ''} (${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} of ${Math.round(box.width)})`,
          );
      }
    }
    return cut;
  });
}

void test(
  'projector chart text is at least 1.25x the light theme’s, at high contrast',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const sizes: Record<string, number> = {};
    for (const theme of ['light', 'projector']) {
      const page = await harness.openApp(`/?theme=${theme}`);
      await waitForCharts(page, false);
      const ticks = await tickStyle(page);
      assert.ok(ticks.length > 10, `${theme}: axis ticks drawn (${ticks.length})`);
      sizes[theme] = Math.min(...ticks.map((t) => t.size));
      if (theme === 'projector') {
        const weakest = Math.min(...ticks.map((t) => t.contrast));
        assert.ok(weakest >= 7, `projector tick contrast ${weakest.toFixed(1)}:1 (AAA is 7:1)`);
      }
      expectNoConsoleErrors(page);
    }
    const ratio = (sizes.projector ?? 0) / (sizes.light ?? 1);
    assert.ok(
      ratio >= 1.25,
      `projector ${sizes.projector}px / light ${sizes.light}px = ${ratio.toFixed(2)}`,
    );
  },
);

void test(
  'dark draws every chart on a dark panel with light text',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    for (const path of ['/?theme=dark', '/?theme=dark&page=financing']) {
      const page = await harness.openApp(path);
      await waitForCharts(page, path.includes('financing'));
      const ticks = await tickStyle(page);
      assert.ok(ticks.length > 3, `${path}: ticks drawn`);
      const brightest = Math.max(...ticks.map((t) => t.panelLuminance));
      assert.ok(
        brightest < 0.05,
        `${path}: brightest chart panel luminance ${brightest.toFixed(3)}`,
      );
      const weakest = Math.min(...ticks.map((t) => t.contrast));
      assert.ok(weakest >= 4.5, `${path}: tick contrast ${weakest.toFixed(1)}:1`);
      expectNoConsoleErrors(page);
    }
  },
);

void test(
  'no axis label or title is cut, in light and projector, desktop and phone (English and German)',
  { timeout: TEST_TIMEOUT_MS * 6 },
  async () => {
    const paths = [
      '/',
      '/?page=financing',
      '/?page=financing&deck=funding-gap~eu-guarantees~scenario&slide=1',
    ];
    // German labels are the longest; the phone is where they ran out of room.
    const runs = [
      { viewport: undefined, lang: 'en' },
      { viewport: PHONE_VIEWPORT, lang: 'en' },
      { viewport: PHONE_VIEWPORT, lang: 'de' },
    ];
    for (const { viewport, lang } of runs) {
      for (const theme of ['light', 'projector']) {
        for (const path of paths) {
          const page = await harness.openApp(
            `${path}${path.includes('?') ? '&' : '?'}theme=${theme}&lang=${lang}`,
            viewport ? { viewport } : {},
          );
          if (path.includes('deck')) {
            await page
              .locator('.chart-panel .recharts-surface')
              .first()
              .waitFor({ state: 'visible' });
            await page.waitForTimeout(300);
          } else await waitForCharts(page, path.includes('financing'), lang);
          const cut = await cutLabels(page);
          assert.deepEqual(
            cut,
            [],
            `${theme} ${lang} ${viewport ? 'phone' : 'desktop'} ${path}: cut labels`,
          );
          await page.context().close();
        }
      }
    }
  },
);
