// Every slide of the default deck fits the screen at 1280x720, in English and German: nothing
// inside the slide scrolls (title, takeaway, chart, source line, as-of date and note are all shown),
// the chart keeps a least height, and the PURL plot keeps its two panels and its whole key.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { TEST_TIMEOUT_MS, setupBrowser } from './support/browser.ts';

const harness = setupBrowser();
const DECK = ['pledges-by-donor', 'purl-timeline', 'kiel-allocations', 'kiel-monthly'];

async function slideFit(page: Page) {
  return page.evaluate(() => {
    const scrolling = [...document.querySelectorAll('.deck__slide, .deck__slide *')]
      .filter((el) => !(el instanceof SVGElement) && el.scrollHeight > el.clientHeight + 1)
      .map((el) => `${el.className} ${el.scrollHeight}>${el.clientHeight}`);
    const box = (el: Element | null) => el?.getBoundingClientRect();
    const chart = box(document.querySelector('.deck__slide .slide__chart'));
    const svg = box(document.querySelector('.deck__slide .purl-time-plot'));
    const panels = [...document.querySelectorAll('.deck__slide [data-testid="purl-panel"]')].map(
      (el) => Math.round(el.getBoundingClientRect().height),
    );
    const keyOutside = [...document.querySelectorAll('.deck__slide [data-testid="purl-key-entry"]')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => !svg || r.bottom > svg.bottom + 1 || r.right > svg.right + 1).length;
    const source = box(document.querySelector('.deck__slide .slide__source'));
    const slide = box(document.querySelector('.deck__slide'));
    return {
      scrolling,
      chartHeight: Math.round(chart?.height ?? 0),
      panels,
      keyOutside,
      sourceShown: !!source && !!slide && source.bottom <= slide.bottom + 1,
      sourceText: document.querySelector('.deck__slide .slide__source')?.textContent ?? '',
    };
  });
}

for (const lang of ['en', 'de'] as const) {
  void test(
    `default deck at 1280x720 (${lang}): no slide scrolls inside, charts keep their height`,
    { timeout: TEST_TIMEOUT_MS * 2 },
    async () => {
      const page = await harness.openApp(`/?deck=${DECK.join('~')}&slide=1&lang=${lang}`);
      for (const [index, id] of DECK.entries()) {
        if (index > 0) await page.keyboard.press('ArrowRight');
        await page.locator(`.deck__counter:text-matches("${index + 1}\\\\D")`).waitFor();
        await page.locator('.deck__slide .slide__chart svg').first().waitFor();
        await page.waitForTimeout(300);
        const fit = await slideFit(page);
        const what = `${id} (${lang}): ${JSON.stringify(fit)}`;
        assert.deepEqual(fit.scrolling, [], what);
        assert.ok(fit.sourceShown, what);
        assert.match(
          fit.sourceText,
          lang === 'en' ? /As of [\w .]*\d{4}/ : /Stand [\wä .]*\d{4}/,
          what,
        );
        assert.ok(fit.chartHeight >= 160, what);
        if (id === 'purl-timeline') {
          assert.equal(fit.panels.length, 2, what);
          // Both panels drawn (the short slide puts the key beside them, never cut off).
          for (const panel of fit.panels) assert.ok(panel >= 40, what);
          assert.equal(fit.keyOutside, 0, what);
        }
      }
    },
  );
}
