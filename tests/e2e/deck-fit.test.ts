// Every slide fits the deck's screen at 1280x720, 1920x1080 and 390x844, in English and German:
// nothing inside the slide scrolls or sticks out (title, takeaway, chart, key, source line, as-of
// date and note are all shown), no chart text is cut by the chart's edge, and the charts keep a
// least height. The PURL slide keeps two readable panels (>= PURL_PANEL_MIN px at 1280x720: the
// key and source lines stand beside them) whose titles clear the tick labels. In the projector
// theme no slide text (ticks, labels, keys, legends, source lines) is under 1.25x the light
// theme's chart text size.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { CHART_FONT_SIZE } from '../../src/lib/theme/themes.ts';
import { PHONE_VIEWPORT, TEST_TIMEOUT_MS, setupBrowser } from './support/browser.ts';

const harness = setupBrowser();
/** Every slide of the registry (slide-catalog.ts), in its order. */
const SLIDES = [
  'pledges-by-donor',
  'purl-timeline',
  'kiel-allocations',
  'kiel-monthly',
  'funding-gap',
  'eu-guarantees',
  'scenario',
];
const SIZES = [
  { name: '1280x720', viewport: { width: 1280, height: 720 } },
  { name: '1920x1080', viewport: { width: 1920, height: 1080 } },
  { name: '390x844', viewport: PHONE_VIEWPORT },
];
/** Each PURL panel at 1280x720 (it was 40 px for the running total, 76 for the packages). */
const PURL_PANEL_MIN = 150;
/** The projector's least slide text size: 1.25x the light theme's chart text. */
const PROJECTOR_MIN_PX = CHART_FONT_SIZE.light * 1.25;

async function slideFit(page: Page) {
  return page.evaluate(() => {
    const slideBox = document.querySelector('.deck__slide')!.getBoundingClientRect();
    const scrolling = [...document.querySelectorAll('.deck__slide, .deck__slide *')]
      .filter(
        (el) =>
          !(el instanceof SVGElement) &&
          (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1),
      )
      .map((el) => `${el.className} ${el.scrollHeight}>${el.clientHeight}`);
    const outside = (r: DOMRect, box: DOMRect) =>
      r.top < box.top - 1 ||
      r.bottom > box.bottom + 1 ||
      r.left < box.left - 1 ||
      r.right > box.right + 1;
    // Beside the slide's box: a phone's deck scrolls as a whole, so only its sides count there.
    const phone = window.innerWidth < 700;
    const sticksOut = [...document.querySelectorAll('.deck__slide .slide > *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return phone
          ? r.right > slideBox.right + 1 || r.left < slideBox.left - 1
          : outside(r, slideBox);
      })
      .map((el) => el.className);
    const chart = document.querySelector('.deck__slide .slide__chart')!.getBoundingClientRect();
    const texts = [...document.querySelectorAll('.deck__slide .slide__chart svg text')].filter(
      (t) => (t.textContent ?? '').trim() !== '' && t.getBoundingClientRect().width > 0,
    );
    const cut = texts
      .filter((t) => outside(t.getBoundingClientRect(), chart))
      .map((t) => t.textContent);
    // PURL: the panels, and its texts that overlap one another (a title on a tick label).
    const plot = [...document.querySelectorAll('.deck__slide .purl-time-plot text')]
      .filter((t) => (t.textContent ?? '').trim() !== '')
      .map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }));
    const crowded: string[] = [];
    plot.forEach((a, i) =>
      plot.slice(i + 1).forEach((b) => {
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 1 && y > 1) crowded.push(`${a.text} / ${b.text}`);
      }),
    );
    const panels = [...document.querySelectorAll('.deck__slide [data-testid="purl-panel"]')].map(
      (el) => Math.round(el.getBoundingClientRect().height),
    );
    const keyEntries = [...document.querySelectorAll('.deck__slide .slide-legend--key li')];
    const keyHidden = keyEntries.filter((el) =>
      phone ? false : outside(el.getBoundingClientRect(), slideBox),
    ).length;
    // Every piece of slide text, with its computed size (for the projector's least size).
    const small = [
      ...texts,
      ...document.querySelectorAll(
        '.deck__slide :is(.slide__meta, .slide__source, .slide__note, .slide-legend li)',
      ),
    ]
      .map((el) => ({
        text: (el.textContent ?? '').slice(0, 30),
        px: parseFloat(getComputedStyle(el).fontSize),
      }))
      .sort((a, b) => a.px - b.px)
      .slice(0, 3);
    return {
      scrolling,
      sticksOut,
      cut,
      crowded,
      chartHeight: Math.round(chart.height),
      panels,
      keyEntries: keyEntries.length,
      keyHidden,
      smallest: small,
      sourceText: document.querySelector('.deck__slide .slide__source')?.textContent ?? '',
    };
  });
}

type Fit = Awaited<ReturnType<typeof slideFit>>;

/** Open the deck of every slide and measure each, paging with the arrow key. */
async function measureDeck(path: string, viewport: { width: number; height: number }) {
  const page = await harness.openApp(`/?deck=${SLIDES.join('~')}&slide=1&${path}`, { viewport });
  const fits: [string, Fit][] = [];
  for (const [index, id] of SLIDES.entries()) {
    if (index > 0) await page.keyboard.press('ArrowRight');
    await page.locator(`.deck__counter:text-matches("${index + 1}\\\\D")`).waitFor();
    await page.locator('.deck__slide .slide__chart svg').first().waitFor();
    await page.waitForTimeout(250);
    fits.push([id, await slideFit(page)]);
  }
  await page.context().close();
  return fits;
}

for (const lang of ['en', 'de'] as const) {
  for (const { name, viewport } of SIZES) {
    void test(
      `every slide fits at ${name} (${lang}): nothing scrolls, sticks out or is cut`,
      { timeout: TEST_TIMEOUT_MS * 2 },
      async () => {
        for (const [id, fit] of await measureDeck(`lang=${lang}`, viewport)) {
          const what = `${id} ${name} (${lang}): ${JSON.stringify(fit)}`;
          assert.deepEqual(fit.scrolling, [], what);
          assert.deepEqual(fit.sticksOut, [], what);
          assert.deepEqual(fit.cut, [], what);
          assert.match(
            fit.sourceText,
            lang === 'en' ? /As of [\w .]*\d{4}/ : /Stand [\wä .]*\d{4}/,
            what,
          );
          assert.ok(fit.chartHeight >= 160, what);
          if (id === 'purl-timeline') {
            assert.equal(fit.panels.length, 2, what);
            const least = name === '1280x720' ? PURL_PANEL_MIN : 120;
            for (const panel of fit.panels) assert.ok(panel >= least, what);
            assert.deepEqual(fit.crowded, [], what);
            assert.ok(fit.keyEntries > 10, what);
            assert.equal(fit.keyHidden, 0, what);
          }
        }
      },
    );
  }
}

for (const { name, viewport } of SIZES) {
  void test(
    `projector theme at ${name}: no slide text under ${PROJECTOR_MIN_PX} px (1.25x light's chart text), the PURL panels kept`,
    { timeout: TEST_TIMEOUT_MS * 2 },
    async () => {
      for (const lang of ['en', 'de'] as const) {
        for (const [id, fit] of await measureDeck(`theme=projector&lang=${lang}`, viewport)) {
          const what = `${id} ${name} (${lang}, projector): ${JSON.stringify(fit)}`;
          assert.ok((fit.smallest[0]?.px ?? 0) >= PROJECTOR_MIN_PX, what);
          assert.deepEqual(fit.scrolling, [], what);
          assert.deepEqual(fit.cut, [], what);
          if (id === 'purl-timeline' && name === '1280x720')
            for (const panel of fit.panels) assert.ok(panel >= PURL_PANEL_MIN, what);
        }
      }
    },
  );
}
