// Briefing mode in a real browser: the deck by keyboard only, deck links, the printed handout
// (one landscape page per slide), themes without axe violations, and the embed page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, isFocused, tabTo } from './support/a11y.ts';
import { waitForDashboard, waitForParam } from './support/app.ts';
import { TEST_TIMEOUT_MS, expectNoConsoleErrors, setupBrowser } from './support/browser.ts';

const harness = setupBrowser();

const deckDialog = (page: Page) => page.getByRole('dialog', { name: /./ }).first();
const counter = (page: Page) => page.locator('.deck__counter');

async function expectSlide(page: Page, slide: number, total: number, title: string) {
  await waitForParam(page, 'slide', String(slide));
  assert.equal(await counter(page).textContent(), `Slide ${slide} of ${total}`);
  const heading = page.locator('.deck__stage h2');
  assert.equal((await heading.textContent())?.trim(), title);
}

void test(
  'present by keyboard only: open, page with every key, Escape returns focus; the deck URL reopens the slide',
  { timeout: TEST_TIMEOUT_MS * 2 },
  async () => {
    const page = await harness.openApp('/?donors=POL~NOR~DEU');
    await waitForDashboard(page);
    const present = page.getByRole('button', { name: 'Present', exact: false });
    await tabTo(page, present, 40);
    await page.keyboard.press('Enter');
    await deckDialog(page).waitFor();
    await waitForParam(
      page,
      'deck',
      'pledges-by-donor~purl-timeline~kiel-allocations~kiel-monthly',
    );
    await expectSlide(page, 1, 4, 'Pledges by donor');
    assert.equal(await page.getByRole('dialog').getAttribute('aria-modal'), 'true');

    // Large type at 1280x720: title >= 40px, takeaway >= 28px, chart ticks >= 18px.
    const sizes = await page.evaluate(() => {
      const px = (selector: string) =>
        parseFloat(getComputedStyle(document.querySelector(selector) as Element).fontSize);
      return {
        title: px('.deck__stage .slide__title'),
        takeaway: px('.deck__stage .slide__takeaway'),
      };
    });
    assert.ok(sizes.title >= 40 && sizes.takeaway >= 28, JSON.stringify(sizes));
    await page.locator('.deck__stage .recharts-cartesian-axis-tick-value').first().waitFor();
    const tick = await page
      .locator('.deck__stage .recharts-cartesian-axis-tick-value')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(tick >= 18, `tick font ${tick}px`);
    const takeaway = await page.locator('.deck__stage .slide__takeaway').textContent();
    assert.match(takeaway ?? '', /^Germany leads with €26\.1B, 64%/);

    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2, 4, 'PURL packages over time');
    await page.keyboard.press('PageDown');
    await expectSlide(page, 3, 4, 'Allocations by donor (Kiel tracker)');
    await page.keyboard.press('Space');
    await expectSlide(page, 4, 4, 'Allocations per month (Kiel tracker)');
    await page.keyboard.press('Space');
    await expectSlide(page, 4, 4, 'Allocations per month (Kiel tracker)');
    await page.keyboard.press('Shift+Space');
    await expectSlide(page, 3, 4, 'Allocations by donor (Kiel tracker)');
    await page.keyboard.press('PageUp');
    await expectSlide(page, 2, 4, 'PURL packages over time');
    await page.keyboard.press('End');
    await expectSlide(page, 4, 4, 'Allocations per month (Kiel tracker)');
    await page.keyboard.press('Home');
    await expectSlide(page, 1, 4, 'Pledges by donor');
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, 1, 4, 'Pledges by donor');
    await page.keyboard.press('End');
    await expectSlide(page, 4, 4, 'Allocations per month (Kiel tracker)');

    // Focus stays in the dialog: 12 Tabs never leave it.
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(() => document.activeElement?.closest('.deck') !== null);
      assert.ok(inside, `Tab ${i + 1} left the deck`);
    }
    const deckUrl = page.url();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await waitForParam(page, 'deck', null);
    await page.waitForFunction(() => document.activeElement?.id === 'present-button');
    assert.ok(await isFocused(present), 'focus is back on Present');
    assert.equal(new URL(page.url()).searchParams.get('donors'), 'POL~NOR~DEU', 'filters kept');

    // Back reopens the deck (opening pushed a history entry); a deck link opens the same slide.
    const again = await harness.openApp(new URL(deckUrl).pathname + new URL(deckUrl).search);
    await deckDialog(again).waitFor();
    await expectSlide(again, 4, 4, 'Allocations per month (Kiel tracker)');
    expectNoConsoleErrors(page);
    expectNoConsoleErrors(again);
  },
);

void test(
  'pick slides: untick one and move another up, by keyboard',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp(
      '/?deck=pledges-by-donor~purl-timeline~kiel-monthly&slide=1',
    );
    await deckDialog(page).waitFor();
    await page.getByRole('button', { name: 'Pick slides' }).click();
    const picker = page.getByRole('dialog', { name: 'Pick and order the slides' });
    await picker.waitFor();
    await picker.getByRole('checkbox', { name: 'Pledges by donor' }).press('Space');
    await picker
      .getByRole('button', { name: 'Move “Allocations per month (Kiel tracker)” up' })
      .press('Enter');
    await picker.getByRole('button', { name: 'Apply' }).press('Enter');
    await waitForParam(page, 'deck', 'kiel-monthly~purl-timeline');
    await expectSlide(page, 1, 2, 'Allocations per month (Kiel tracker)');
  },
);

/** Number of pages in a PDF: the page objects (`/Type /Page`, not `/Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** Print pages in the DOM (the deck mounts them only while printing). */
const printPages = (page: Page) => page.locator('.deck__print .print-slide').count();

void test(
  'the deck prints as one landscape page per slide, drawn only for printing',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    for (const [deck, slides] of [
      ['pledges-by-donor~purl-timeline~kiel-allocations~kiel-monthly', 4],
      ['purl-timeline~kiel-monthly', 2],
    ] as const) {
      const page = await harness.openApp(`/?donors=POL~NOR~DEU&deck=${deck}&slide=1`);
      await deckDialog(page).waitFor();
      await page.locator('.deck__stage :is(.recharts-surface, .purl-time-plot)').waitFor();
      assert.equal(await printPages(page), 0, 'no print pages drawn offscreen while presenting');
      // Chromium fires beforeprint and afterprint around the PDF, as for the browser's own print.
      await page.evaluate(() => {
        const log: string[] = [];
        (window as unknown as { printLog: string[] }).printLog = log;
        const count = (what: string) => document.querySelectorAll(`.deck__print ${what}`).length;
        // Registered after the deck's listener: sees what the print snapshot will see.
        window.addEventListener('beforeprint', () =>
          log.push(
            `before: ${count('.print-slide')} pages, ${count(':is(.recharts-surface, .purl-time-plot)')} charts`,
          ),
        );
        window.addEventListener('afterprint', () => log.push('after'));
      });
      const pdf = await page.pdf({
        landscape: true,
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
      });
      assert.equal(pdfPageCount(pdf), slides, `pages for ${deck}`);
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
      assert.ok(box && Number(box[1]) > Number(box[2]), `landscape pages: ${box?.[0]}`);
      assert.deepEqual(
        await page.evaluate(() => (window as unknown as { printLog: string[] }).printLog),
        [`before: ${slides} pages, ${slides} charts`, 'after'],
      );
      assert.equal(await printPages(page), 0, 'the print pages are removed after printing');
      await page.emulateMedia({ media: 'print' });
      const hidden = await page.evaluate(
        () => getComputedStyle(document.querySelector('.app-header') as Element).display,
      );
      assert.equal(hidden, 'none', 'nothing else of the app prints');
    }
  },
);

void test(
  'speaker notes: N shows them beside the slide (presenter view); the printed handout has them under each slide, on its page',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    for (const [language, label, takeawayLabel] of [
      ['en', 'Speaker notes', 'Takeaway'],
      ['de', 'Sprechernotizen', 'Kernaussage'],
    ] as const) {
      const deck = 'pledges-by-donor~purl-timeline~kiel-allocations~kiel-monthly~funding-gap';
      const page = await harness.openApp(
        `/?lang=${language}&donors=POL~NOR~DEU&deck=${deck}&slide=1`,
      );
      await deckDialog(page).waitFor();
      await page.locator('.deck__stage .recharts-surface').first().waitFor();
      await page.keyboard.press('n');
      const notes = page.getByRole('region', { name: new RegExp(`^${label}: `) });
      await notes.waitFor();
      const box = await notes.boundingBox();
      const slideBox = await page.locator('.deck__slide').boundingBox();
      assert.ok(box && box.width > 200 && box.height > 100, `notes box ${JSON.stringify(box)}`);
      assert.ok(slideBox && slideBox.width > 600, `slide keeps its width: ${slideBox?.width}`);
      const takeaway = (await page.locator('.deck__stage .slide__takeaway').textContent()) ?? '';
      assert.ok(
        ((await notes.textContent()) ?? '').includes(`${takeawayLabel}: ${takeaway}`),
        'the notes hold the slide’s takeaway',
      );
      assert.equal(
        await page.getByRole('button', { name: label }).getAttribute('aria-pressed'),
        'true',
      );

      // Print media at the width of a landscape A4 page within its margins (281 mm): the
      // handout's pages, each with its notes, nothing cut off.
      await page.setViewportSize({ width: 1062, height: 734 });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      await page.locator('.deck__print .recharts-surface').first().waitFor();
      const printed = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.deck__print .print-slide')].map((slide) => {
          const notesBox = slide.querySelector<HTMLElement>('.speaker-notes--paper');
          return {
            notes: notesBox !== null && notesBox.getBoundingClientRect().height > 20,
            text: notesBox?.textContent ?? '',
            // 190 mm at 96 dpi: the page's content height.
            overflow: slide.getBoundingClientRect().height - 718.2,
          };
        }),
      );
      assert.equal(printed.length, 5);
      for (const page of printed) {
        assert.ok(page.notes, 'notes printed under the slide');
        assert.ok(page.text.includes(`${takeawayLabel}: `), page.text.slice(0, 80));
        assert.ok(
          page.overflow <= 0,
          `a printed page is ${page.overflow}px higher than an A4 page`,
        );
      }
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      expectNoConsoleErrors(page);
    }
  },
);

void test(
  'Print handout: the pages are drawn, then the print dialog opens',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/?donors=POL~NOR~DEU&deck=purl-timeline~kiel-monthly');
    await deckDialog(page).waitFor();
    await page.locator('.deck__stage :is(.recharts-surface, .purl-time-plot)').waitFor();
    // The dialog itself cannot be driven headless: record what print() would print instead.
    await page.evaluate(() => {
      window.print = () => {
        const pages = document.querySelectorAll('.deck__print .print-slide').length;
        const charts = document.querySelectorAll(
          '.deck__print :is(.recharts-surface, .purl-time-plot)',
        ).length;
        document.body.dataset.printed = `${pages} pages, ${charts} charts`;
      };
    });
    await page.getByRole('button', { name: 'Print handout' }).click();
    await page.waitForFunction(() => document.body.dataset.printed !== undefined);
    assert.equal(await page.evaluate(() => document.body.dataset.printed), '2 pages, 2 charts');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    assert.equal(await printPages(page), 0);
    expectNoConsoleErrors(page);
  },
);

void test(
  'full screen: leaving it leaves the deck (one Escape); Close leaves full screen too',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/?donors=POL~NOR~DEU');
    await waitForDashboard(page);
    const present = page.getByRole('button', { name: 'Present', exact: false });
    const fullscreenClass = () =>
      page.evaluate(() => document.fullscreenElement?.className ?? null);

    // The browser leaving full screen (its Escape, its exit bar) closes the deck as Escape does.
    await present.click();
    await deckDialog(page).waitFor();
    await page.getByRole('button', { name: 'Full screen' }).click();
    await page.waitForFunction(() => document.fullscreenElement?.classList.contains('deck'));
    await page.evaluate(() => document.exitFullscreen());
    await deckDialog(page).waitFor({ state: 'detached' });
    await waitForParam(page, 'deck', null);
    await page.waitForFunction(() => document.activeElement?.id === 'present-button');
    assert.equal(new URL(page.url()).search, '?donors=POL~NOR~DEU');

    // Escape pressed in full screen: one press, full screen and deck gone.
    await present.click();
    await deckDialog(page).waitFor();
    await page.getByRole('button', { name: 'Full screen' }).click();
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.keyboard.press('Escape');
    await deckDialog(page).waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.fullscreenElement === null);
    await waitForParam(page, 'deck', null);

    // The deck's Close button in full screen.
    await present.click();
    await deckDialog(page).waitFor();
    await page.getByRole('button', { name: 'Full screen' }).click();
    await page.waitForFunction(() => document.fullscreenElement !== null);
    assert.equal(await fullscreenClass(), 'deck');
    await page.getByRole('button', { name: 'Close (Esc)' }).click();
    await deckDialog(page).waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.fullscreenElement === null);
    await waitForParam(page, 'deck', null);
    await page.waitForFunction(() => document.activeElement?.id === 'present-button');
    // Closed once: Back returns to the deck that was open, not to the page before it.
    await page.goBack();
    await deckDialog(page).waitFor();
    expectNoConsoleErrors(page);
  },
);

for (const theme of ['dark', 'projector'] as const) {
  void test(
    `theme ${theme}: applied from the URL, no axe violations on the page and in the deck`,
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const page = await harness.openApp(`/?theme=${theme}`);
      await waitForDashboard(page);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
      await expectNoAxeViolations(page, `the explorer in the ${theme} theme`);
      await page.getByRole('button', { name: 'Present' }).click();
      await deckDialog(page).waitFor();
      await page.locator('.deck__stage :is(.recharts-surface, .purl-time-plot)').waitFor();
      await expectNoAxeViolations(page, `the deck in the ${theme} theme`);
    },
  );
}

void test(
  'the theme choice is remembered and the system dark preference is the default',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${harness.baseUrl}/`);
    await waitForDashboard(page);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.getByLabel('Theme').selectOption('projector');
    await page.reload();
    await waitForDashboard(page);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'projector');
  },
);

void test(
  'embed: one chart with its source and as-of date, no header or filters',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/?embed=1&chart=kiel-monthly&donors=POL');
    await page.locator('.embed :is(.recharts-surface, .purl-time-plot)').waitFor();
    assert.equal(await page.locator('.app-header').count(), 0);
    assert.equal(await page.getByRole('combobox', { name: 'Donor countries' }).count(), 0);
    const text = (await page.locator('.embed').textContent()) ?? '';
    assert.match(text, /Allocations per month \(Kiel tracker\)/);
    assert.match(text, /Source: Kiel Institute/);
    assert.match(text, /As of Apr 2026/);
    const link = page.getByRole('link', { name: 'Open the full dashboard' });
    assert.equal(new URL((await link.getAttribute('href')) ?? '').search, '?donors=POL');
    await expectNoAxeViolations(page, 'the embed page');
    expectNoConsoleErrors(page);
  },
);

void test(
  'financing page: Present by keyboard shows its three slides; Escape closes',
  { timeout: TEST_TIMEOUT_MS * 2 },
  async () => {
    const page = await harness.openApp('/?page=financing&rate=abc');
    await page.locator('figure#funding-gap').waitFor();
    // The financing charts carry the Export menu like the explorer's.
    for (const frame of ['funding-gap', 'plan-b-guarantees', 'scenario-chart']) {
      await page
        .locator(`figure#${frame}`)
        .getByRole('button', { name: /^Export/ })
        .waitFor();
    }
    const present = page.getByRole('button', { name: 'Present', exact: false });
    await tabTo(page, present, 40);
    await page.keyboard.press('Enter');
    await deckDialog(page).waitFor();
    await waitForParam(page, 'deck', 'funding-gap~eu-guarantees~scenario');
    const titles = [
      'Funding gap 2026–2027: need and what covers it',
      'Plan B: national guarantees as reported',
      'Germany: Plan A interest vs Plan B guarantee',
    ];
    // The bundled data, as the unit tests of the takeaways compute them.
    const takeaways = [
      'Of the €135.7B that remains after support promised before 17 Nov 2025, the EU’s decided €90.0B and €6.7B of partners’ money listed since leave €39.0B not matched by listed lines.',
      'Germany carries the largest reported guarantee: €51.3B, 32% of the €160.2B listed for 7 member states.',
      'At 3.33 % for 7 years, Germany’s share of Plan A’s interest is €5.38B, against a Plan B guarantee of €51.30B (reported).',
    ];
    for (const [index, title] of titles.entries()) {
      if (index > 0) await page.keyboard.press('ArrowRight');
      await waitForParam(page, 'slide', String(index + 1));
      assert.equal(await counter(page).textContent(), `Slide ${index + 1} of 3`);
      await page.waitForFunction(
        (expected) => document.querySelector('.deck__stage h2')?.textContent?.trim() === expected,
        title,
      );
      const takeaway = await page.locator('.deck__stage .slide__takeaway').textContent();
      assert.equal(takeaway?.trim(), takeaways[index]);
      await page.locator('.deck__stage :is(.recharts-surface, .purl-time-plot)').first().waitFor();
    }
    // The link's unusable rate: the slide says the default is used, as the page does.
    const meta = await page.locator('.deck__stage .slide__meta').textContent();
    assert.match(
      meta ?? '',
      /rate in the link not usable \(“abc” is not a number.*the default is used/,
    );
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await waitForParam(page, 'deck', null);
    await page.waitForFunction(() => document.activeElement?.id === 'present-button');
    expectNoConsoleErrors(page);
  },
);
