// English and German: `?lang=de` opens in German (headings, number and date formats), the switch
// in the header works by keyboard, the choice is remembered after a reload without the parameter,
// and axe-core finds nothing in German, on a wide screen and on a phone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, focusedControl, hasVisibleFocus, tabTo } from './support/a11y.ts';
import {
  PHONE_VIEWPORT,
  TEST_TIMEOUT_MS,
  expectNoConsoleErrors,
  setupBrowser,
} from './support/browser.ts';
import { CHART_SURFACE, searchParams, visibleText } from './support/app.ts';

const harness = setupBrowser();

const GERMAN_FIGURES = [
  'Zusagen nach Geberland',
  'PURL-Pakete im Zeitverlauf',
  'Bereitstellungen nach Geberland (Kiel-Tracker)',
  'Bereitstellungen je Monat (Kiel-Tracker)',
];

const germanFigure = (page: Page, name: string) => page.getByRole('figure', { name, exact: true });

/** The German dashboard with every chart drawn. */
async function waitForGermanDashboard(page: Page): Promise<void> {
  await page
    .getByRole('heading', { level: 1, name: 'Hilfe für die Ukraine: Wer hat was zugesagt' })
    .waitFor();
  await page.getByRole('region', { name: 'Kennzahlen', exact: true }).waitFor();
  for (const name of GERMAN_FIGURES) {
    await germanFigure(page, name).locator(CHART_SURFACE).first().waitFor({ state: 'visible' });
  }
  await germanFigure(page, 'Alle Zusagen im Filter').waitFor();
}

void test(
  '/?lang=de shows German headings and German number and date formats',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/?lang=de');
    await waitForGermanDashboard(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    const headline = (
      await page.getByRole('region', { name: 'Kennzahlen', exact: true }).innerText()
    ).replaceAll('\u00a0', ' ');
    assert.match(
      headline,
      /Zusagen nach Art der Mittel[\s\S]*?\d+(,\d+)? Mrd\. € EU-Instrumente/,
      headline,
    );
    assert.match(
      headline,
      /Datenstand\s+\d{1,2}\. (Jan\.|Feb\.|März|Apr\.|Mai|Juni|Juli|Aug\.|Sept\.|Okt\.|Nov\.|Dez\.) \d{4}/,
      headline,
    );
    // Bar labels carry German amounts; table figures use a decimal comma and thousands dots.
    const axis = germanFigure(page, 'Zusagen nach Geberland').locator('.recharts-wrapper').first();
    const bars = ((await axis.textContent()) ?? '').replaceAll('\u00a0', ' ');
    assert.match(bars, /Deutschland (†\s*)?·\s*[\d.,]+ (Mio|Mrd)\. €/, bars);
    const table = germanFigure(page, 'Alle Zusagen im Filter');
    const footer = await visibleText(table.locator('tfoot'));
    assert.match(footer, /Summe[\s\S]*\d{1,3}(\.\d{3})+,\d/, footer);
    assert.match(
      await germanFigure(page, 'Zusagen nach Geberland').innerText(),
      /Quelle:[\s\S]*Stand: /,
    );
    expectNoConsoleErrors(page);
  },
);

void test(
  'the language switch works by keyboard and is remembered after reload',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/?donors=POL~NOR');
    await page.getByRole('heading', { level: 2, name: 'Pledges by donor' }).waitFor();
    const english = page.getByRole('radio', { name: 'English' });
    await tabTo(page, english);
    assert.ok(hasVisibleFocus(await focusedControl(page)), 'the switch shows where focus is');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { level: 2, name: 'Zusagen nach Geberland' }).waitFor();
    const params = await searchParams(page);
    assert.equal(params.lang, 'de');
    assert.equal(params.donors, 'POL~NOR', 'filters stay in the URL');
    assert.ok(
      await page
        .getByRole('radio', { name: 'Deutsch' })
        .evaluate((el) => el === document.activeElement),
      'focus stays on the switch',
    );
    // Reload without the parameter: the stored choice wins.
    await page.goto(`${harness.baseUrl}/?donors=POL~NOR`);
    await page.getByRole('heading', { level: 2, name: 'Zusagen nach Geberland' }).waitFor();
    assert.ok(await page.getByRole('radio', { name: 'Deutsch' }).isChecked());
    await page.getByRole('button', { name: 'Polen entfernen' }).waitFor();
    // And back to English by keyboard.
    await page.getByRole('radio', { name: 'Deutsch' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('heading', { level: 2, name: 'Pledges by donor' }).waitFor();
    expectNoConsoleErrors(page);
  },
);

void test(
  'no axe-core violations in German, tables shown',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/?lang=de&donors=POL~NOR~DEU');
    await waitForGermanDashboard(page);
    await expectNoAxeViolations(page, 'German view');
    for (const name of GERMAN_FIGURES) {
      await germanFigure(page, name)
        .getByRole('button', { name: 'Datentabelle anzeigen', exact: true })
        .click();
    }
    await expectNoAxeViolations(page, 'German view, data tables shown');
    expectNoConsoleErrors(page);
  },
);

void test(
  'no axe-core violations in German on a phone, filters open; nothing overflows',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/?lang=de', { viewport: PHONE_VIEWPORT });
    await waitForGermanDashboard(page);
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await expectNoAxeViolations(page, 'German phone view, filters open');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
    expectNoConsoleErrors(page);
  },
);

void test(
  'junk link parameters are named in German, and so are the conversion note and PURL descriptions',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp(
      '/?lang=de&donors=XXX~POL&from=2025-13&instruments=junk&sort=nonsense',
    );
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'Einige Link-Parameter wurden ignoriert' });
    await notice.waitFor();
    const text = await notice.innerText();
    for (const part of [
      'donors „XXX“ (unbekannter Geberländercode)',
      'instruments „junk“ (unbekanntes Instrument)',
      'from „2025-13“ (kein Monat, erwartet: JJJJ-MM)',
      'sort „nonsense“ (unbekannter Parameter)',
    ]) {
      assert.ok(text.includes(part), `the notice names ${part}: ${text}`);
    }
    assert.doesNotMatch(text, /ignored|unknown|expected/i, text);
    await page.getByRole('button', { name: 'Polen entfernen' }).waitFor();
    const purl = germanFigure(page, 'PURL-Pakete im Zeitverlauf');
    assert.match(await purl.innerText(), /Euro-Beträge sind mit einem ungefähren Kurs je Währung/);
    await purl.getByRole('button', { name: 'Datentabelle anzeigen', exact: true }).click();
    const table = (await purl.locator('table').innerText()).replaceAll('\u00a0', ' ');
    assert.match(table, /Polen, \d+(,\d+)? Mio\. (USD|€)/, table);
    assert.doesNotMatch(table, /not attributed|of which/, table);
    expectNoConsoleErrors(page);
  },
);
