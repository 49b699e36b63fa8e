// axe-core on every view in every theme and language, with best-practice, WCAG 2.2 AA and axe's
// experimental rules on; and the charts' own SVG text and bar colours against the background they
// are drawn on (axe marks SVG text "needs review" and never checks bars).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { contrastRatio } from '../../src/lib/colour-vision.ts';
import { AXE_TAGS_ALL, cssColourToHex, expectNoAxeViolations } from './support/a11y.ts';
import { TEST_TIMEOUT_MS, expectNoConsoleErrors, setupBrowser } from './support/browser.ts';

const harness = setupBrowser();

const THEMES = ['light', 'dark', 'projector'] as const;
const LANGUAGES = ['en', 'de'] as const;
const VIEWS = [
  { name: 'explorer', query: '', figures: 4 },
  { name: 'funding page', query: 'page=financing&', figures: 3 },
] as const;

/** Every chart drawn (a Recharts surface in each chart frame that has one) and the page settled. */
async function waitForCharts(page: Page, figures: number): Promise<void> {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page
    .waitForFunction(
      (count) =>
        document.querySelectorAll('figure .recharts-wrapper > svg, figure .purl-time-plot')
          .length >= count,
      figures,
      { timeout: 20_000 },
    )
    .catch(() => assert.fail(`fewer than ${figures} charts drawn`));
  await page.waitForTimeout(300);
}

for (const view of VIEWS) {
  for (const theme of THEMES) {
    for (const lang of LANGUAGES) {
      const query = `/?${view.query}theme=${theme}&lang=${lang}`;
      void test(
        `no axe-core violations (all rules) on the ${view.name}, ${query}`,
        { timeout: TEST_TIMEOUT_MS },
        async () => {
          const page = await harness.openApp(query);
          await waitForCharts(page, view.figures === 4 ? 2 : 1);
          assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, 'one h1');
          await expectNoAxeViolations(page, `${view.name} (${theme}, ${lang})`, AXE_TAGS_ALL);
          expectNoConsoleErrors(page);
        },
      );
    }
  }
}

/** The background colour painted behind an element (the first opaque ancestor background). */
interface Painted {
  what: string;
  colour: string;
  background: string;
}

async function chartColours(page: Page): Promise<{ texts: Painted[]; bars: Painted[] }> {
  return page.evaluate(() => {
    const backgroundOf = (element: Element): string => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
      }
      return 'rgb(255, 255, 255)';
    };
    const visible = (element: Element) => element.getClientRects().length > 0;
    const surfaces = [...document.querySelectorAll('figure .recharts-wrapper > svg')];
    const texts = surfaces.flatMap((svg) =>
      [...svg.querySelectorAll('text')].filter(visible).map((text) => ({
        what: (text.textContent ?? '').trim().slice(0, 30),
        colour: getComputedStyle(text).fill,
        background: backgroundOf(svg),
      })),
    );
    const bars = surfaces.flatMap((svg) =>
      [...svg.querySelectorAll('.recharts-bar-rectangle rect, .recharts-bar-rectangle path')]
        .filter(visible)
        .map((bar) => ({
          what: bar.closest('.recharts-bar')?.getAttribute('class') ?? 'bar',
          colour: getComputedStyle(bar).fill,
          background: backgroundOf(svg),
        })),
    );
    return { texts, bars };
  });
}

for (const theme of THEMES) {
  void test(
    `chart text has 4.5:1 and bars 3:1 against the chart's own background (${theme})`,
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const page = await harness.openApp(`/?theme=${theme}`);
      await waitForCharts(page, 2);
      const { texts, bars } = await chartColours(page);
      assert.ok(texts.length >= 20, `only ${texts.length} chart texts found`);
      assert.ok(bars.length >= 10, `only ${bars.length} bars found`);
      const below = (items: Painted[], minimum: number) =>
        items.flatMap((item) => {
          const colour = cssColourToHex(item.colour);
          const background = cssColourToHex(item.background);
          // Pattern fills (url(#…)) are checked through their base colour in the unit tests.
          if (!colour || !background) return [];
          const ratio = contrastRatio(colour, background);
          return ratio >= minimum
            ? []
            : [`${item.what}: ${item.colour} on ${item.background} = ${ratio.toFixed(2)}`];
        });
      assert.deepEqual(below(texts, 4.5), [], 'chart text below 4.5:1');
      assert.deepEqual([...new Set(below(bars, 3))], [], 'bars below 3:1');
    },
  );
}

void test(
  'names: visible labels are part of the accessible name in the Data dialog; no English legend-icon names on the German page; Kiel chart titles under their section',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/');
    await waitForCharts(page, 4);
    await page.getByRole('button', { name: 'Data', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Data sets' });
    await dialog.waitFor();
    // The data sets are listed once the store is read: wait for the first row's buttons.
    await dialog
      .getByRole('button', { name: /^Export CSV: / })
      .first()
      .waitFor();
    const mismatched = await dialog.evaluate((root) =>
      [...root.querySelectorAll('button[aria-label], a[aria-label]')].flatMap((control) => {
        const visible = (control.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
        const name = (control.getAttribute('aria-label') ?? '').toLowerCase();
        return visible !== '' && !name.includes(visible) ? [`"${visible}" named "${name}"`] : [];
      }),
    );
    assert.deepEqual(mismatched, [], 'WCAG 2.5.3 label in name');
    await expectNoAxeViolations(page, 'the Data dialog', AXE_TAGS_ALL);

    const german = await harness.openApp('/?lang=de');
    await waitForCharts(german, 4);
    const englishNames = await german.evaluate(() =>
      [...document.querySelectorAll('.recharts-legend-item > svg:not([aria-hidden="true"])')]
        .slice(0, 3)
        .map((icon) => icon.getAttribute('aria-label') ?? ''),
    );
    const exposed = await german.evaluate(
      () =>
        [...document.querySelectorAll('.recharts-legend-item > svg')].filter(
          (icon) => icon.getAttribute('aria-hidden') !== 'true',
        ).length,
    );
    assert.equal(
      exposed,
      0,
      `legend icons exposed to assistive technology: ${englishNames.join(', ')}`,
    );

    const outline = await page.evaluate(() =>
      [...document.querySelectorAll('h1, h2, h3')].map(
        (h) => `${h.tagName} ${h.textContent ?? ''}`,
      ),
    );
    const kiel = outline.findIndex((line) => /^H2 .*Kiel/.test(line));
    assert.ok(kiel >= 0, outline.join('\n'));
    assert.match(outline[kiel + 1] ?? '', /^H3 Allocations by donor/, outline.join('\n'));
    assert.match(outline[kiel + 2] ?? '', /^H3 Allocations per month/, outline.join('\n'));
  },
);
