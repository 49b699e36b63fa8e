// Plan A vs Plan B and the scenario calculator on the financing page, in a real browser:
// outputs checked against values computed here from the same data files, keyboard use, URL state,
// junk in the URL, axe-core.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/a11y.ts';
import { waitForParam } from './support/app.ts';
import {
  PHONE_VIEWPORT,
  TEST_TIMEOUT_MS,
  expectNoConsoleErrors,
  setupBrowser,
} from './support/browser.ts';

const harness = setupBrowser();
const DATA = path.resolve('public/data');

interface Defaults {
  principalEurBn: number;
  ratePercent: number;
  years: number;
  participants: string[];
  planBTotalEurBn: number;
}

/** Minimal CSV row split (double-quoted fields, no embedded line breaks in this file). */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

async function loadFixtures() {
  const options = JSON.parse(await readFile(path.join(DATA, 'eu-options.json'), 'utf8')) as {
    calculatorDefaults: Defaults;
    guarantees: { countries: { code: string; amountEurBn: number }[] };
  };
  const csv = await readFile(path.join(DATA, 'kiel-ust-r29/data_explorer.csv'), 'utf8');
  const [header = '', ...lines] = csv.trim().split(/\r?\n/);
  const columns = splitCsvLine(header);
  const iso = columns.indexOf('iso');
  const gdpColumn = columns.indexOf('gdp');
  const gdp = new Map<string, number>();
  for (const line of lines) {
    const cells = splitCsvLine(line);
    const value = Number(cells[gdpColumn]);
    if (value > 0) gdp.set(cells[iso] ?? '', value);
  }
  return { defaults: options.calculatorDefaults, guarantees: options.guarantees.countries, gdp };
}

const fixtures = loadFixtures();
const EU27_EXTRA = ['CZE', 'HUN', 'SVK'];
const en = (value: number, digits: number) =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const bn = (value: number) => `€${en(value, 2)}B`;

async function output(page: Page, term: RegExp): Promise<string> {
  const dd = page
    .locator('.eu-calc__output')
    .filter({ has: page.locator('dt', { hasText: term }) })
    .locator('dd');
  return ((await dd.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

const rateField = (page: Page) => page.getByRole('textbox', { name: 'Interest rate (% a year)' });
const yearsField = (page: Page) => page.getByRole('textbox', { name: 'Years' });
const countrySelect = (page: Page) => page.getByRole('combobox', { name: 'Country', exact: true });

async function openFinancing(page: Page) {
  await rateField(page).waitFor({ timeout: 30_000 });
  await page.getByRole('table', { name: /Plan A vs Plan B, point by point/ }).waitFor();
}

async function expectNoBrokenNumbers(page: Page) {
  const text = await page.locator('body').innerText();
  assert.doesNotMatch(text, /NaN|Infinity|\de\+\d/, 'no NaN, Infinity or exponent on screen');
}

void test(
  'the calculator opens from ?rate=3.5&country=DEU with outputs computed from the data files',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const { defaults, gdp } = await fixtures;
    const page = await harness.openApp('/?page=financing&rate=3.5&country=DEU');
    await openFinancing(page);
    assert.equal(await rateField(page).inputValue(), '3.5');
    assert.equal(await countrySelect(page).inputValue(), 'DEU');
    const yearly = (defaults.principalEurBn * 3.5) / 100;
    const groupGdp = defaults.participants.reduce((sum, code) => sum + (gdp.get(code) ?? 0), 0);
    const key = (gdp.get('DEU') ?? NaN) / groupGdp;
    assert.match(
      await output(page, /^Plan A: interest the EU budget pays a year/),
      new RegExp(`^${bn(yearly)}`),
    );
    assert.match(await output(page, /^Germany’s key/), new RegExp(`^${en(key * 100, 2)} %`));
    assert.equal(
      await output(page, /^Germany’s share of Plan A’s interest/),
      `${bn(yearly * key)} / ${bn(yearly * key * defaults.years)}`,
    );
    assert.equal(await output(page, /^Plan B guarantee for Germany: reported/), '€51.30B');
    const eu27Gdp = [...defaults.participants, ...EU27_EXTRA].reduce(
      (sum, code) => sum + (gdp.get(code) ?? 0),
      0,
    );
    assert.match(
      await output(page, /^Plan B guarantee for Germany: computed/),
      new RegExp(`^${bn((defaults.planBTotalEurBn * (gdp.get('DEU') ?? NaN)) / eu27Gdp)}`),
    );
    await expectNoBrokenNumbers(page);
    expectNoConsoleErrors(page);
  },
);

void test(
  'inputs change by keyboard, the URL follows, and a reload restores them',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const { defaults, gdp } = await fixtures;
    const page = await harness.openApp('/?page=financing');
    await openFinancing(page);
    await rateField(page).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('4,2');
    await waitForParam(page, 'rate', '4,2');
    await page.keyboard.press('Tab'); // leaves the rate field for the years field
    await yearsField(page).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('10');
    await waitForParam(page, 'years', '10');
    const yearly = (defaults.principalEurBn * 4.2) / 100;
    assert.match(
      await output(page, /^Plan A: interest over 10 years/),
      new RegExp(`^${bn(yearly * 10)}`),
    );
    // Country by keyboard: Germany -> the next in the list (Denmark).
    await countrySelect(page).focus();
    await page.keyboard.press('ArrowDown');
    await waitForParam(page, 'country', 'DNK');
    // A participant unticked with Space.
    await page.getByRole('checkbox', { name: 'Germany' }).focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() =>
      new URLSearchParams(window.location.search).get('members')?.includes('DNK'),
    );
    const members =
      new URLSearchParams(new URL(page.url()).search).get('members')?.split('~') ?? [];
    assert.equal(members.length, 23);
    assert.ok(!members.includes('DEU'));
    const groupGdp = members.reduce((sum, code) => sum + (gdp.get(code) ?? 0), 0);
    const key = (gdp.get('DNK') ?? NaN) / groupGdp;
    assert.equal(
      await output(page, /^Denmark’s share of Plan A’s interest/),
      `${bn(yearly * key)} / ${bn(yearly * key * 10)}`,
    );

    await page.reload({ waitUntil: 'load' });
    await openFinancing(page);
    assert.equal(await rateField(page).inputValue(), '4,2');
    assert.equal(await yearsField(page).inputValue(), '10');
    assert.equal(await countrySelect(page).inputValue(), 'DNK');
    assert.equal(await page.getByRole('checkbox', { name: 'Germany' }).isChecked(), false);
    expectNoConsoleErrors(page);
  },
);

void test(
  'junk in the URL: a message next to each field, its text kept, defaults in the outputs',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const { defaults } = await fixtures;
    const page = await harness.openApp(
      '/?page=financing&rate=abc&years=-3&country=XYZ&members=FOO~BAR',
    );
    await openFinancing(page);
    assert.equal(await rateField(page).inputValue(), 'abc');
    assert.equal(await rateField(page).getAttribute('aria-invalid'), 'true');
    await page.getByText('“abc” is not a number; enter e.g. 3.5.').waitFor();
    assert.equal(await yearsField(page).inputValue(), '-3');
    await page.getByText('Enter at least 1 year.').waitFor();
    await page.getByText(/“XYZ” is not an EU member code/).waitFor();
    await page.getByText(/ignored: FOO, BAR/).waitFor();
    const yearly = (defaults.principalEurBn * defaults.ratePercent) / 100;
    assert.match(
      await output(page, /^Plan A: interest the EU budget pays a year/),
      new RegExp(`^${bn(yearly)}`),
    );
    assert.equal(
      await output(page, new RegExp(`^Plan A: interest over ${defaults.years} years`)),
      bn(yearly * defaults.years),
    );
    await expectNoBrokenNumbers(page);
    await rateField(page).fill('-5');
    await page.getByText('The rate cannot be negative.').waitFor();
    await expectNoBrokenNumbers(page);
  },
);

void test(
  'the financing page with both views has no axe-core violation, on desktop and phone',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/?page=financing&rate=3.5&country=DEU&donors=DEU~POL');
    await openFinancing(page);
    await page
      .getByRole('figure', { name: 'Plan B: national guarantees as reported' })
      .locator('.recharts-surface')
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'the financing page (desktop)');
    const phone = await harness.openApp('/?page=financing&rate=3.5&country=DEU', {
      viewport: PHONE_VIEWPORT,
    });
    await openFinancing(phone);
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    assert.ok(
      overflow <= 1,
      `the page does not scroll sideways on a phone (overflow ${overflow}px)`,
    );
    await expectNoAxeViolations(phone, 'the financing page (phone)');
  },
);
