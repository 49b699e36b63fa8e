// German throughout, data text included: the German explorer page shows no English label,
// description or status note of the bundled pledges (each has its German text: the label composed
// in the app, the others in pledges.json), and the English page does.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { TEST_TIMEOUT_MS, expectNoConsoleErrors, setupBrowser } from './support/browser.ts';

const harness = setupBrowser();

const bundled = JSON.parse(
  readFileSync(new URL('../../public/data/pledges.json', import.meta.url), 'utf8'),
) as { pledges: { label: string; description: string; statusNote?: string }[] };
const ENGLISH_NOTES = [
  ...new Set(bundled.pledges.flatMap((p) => (p.statusNote ? [p.statusNote] : []))),
];
const ENGLISH_LABELS = bundled.pledges.map((p) => p.label);
const ENGLISH_DESCRIPTIONS = bundled.pledges.map((p) => p.description);

/** The table's shown text, without the titles of its linked sources. */
async function tableText(path: string, name: string): Promise<string> {
  const page = await harness.openApp(path);
  const table = page.getByRole('figure', { name, exact: true });
  await table.locator('tbody tr').first().waitFor();
  await table.evaluate((figure) => {
    // Each row's description is in a closed <details>: opened, so that it is read too.
    figure.querySelectorAll('details').forEach((details) => (details.open = true));
  });
  const text = await table.innerText();
  // The titles of the linked sources stay as published (a citation): left out.
  const citations = await table.locator('a[href]').allInnerTexts();
  expectNoConsoleErrors(page);
  return citations.reduce((rest, citation) => rest.replace(citation, ''), text);
}

void test(
  'the German pledge table shows no English-only status note',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    assert.ok(ENGLISH_NOTES.length > 5);
    const german = await tableText('/?lang=de', 'Alle Zusagen im Filter');
    const english = ENGLISH_NOTES.filter((note) => german.includes(note));
    assert.deepEqual(english, [], 'English status notes on the German page');
    assert.match(german, /Summe eines gemeinsamen Pakets/);
    const inEnglish = await tableText('/?lang=en', 'Every pledge in the filter');
    assert.ok(inEnglish.includes('Joint package total; its country rows are shares of it'));
  },
);

void test(
  'the German pledge table shows each row’s label and description in German',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const german = await tableText('/?lang=de', 'Alle Zusagen im Filter');
    assert.deepEqual(
      ENGLISH_LABELS.filter((label) => german.includes(label)),
      [],
      'English labels on the German page',
    );
    assert.deepEqual(
      ENGLISH_DESCRIPTIONS.filter((text) => german.includes(text)),
      [],
      'English descriptions on the German page',
    );
    assert.match(german, /Niederlande: erstes PURL-Paket/);
    assert.match(german, /Erstes PURL-Paket, vollständig von NL finanziert/);
    const english = await tableText('/?lang=en', 'Every pledge in the filter');
    assert.ok(english.includes('Netherlands: first PURL package'));
    assert.ok(ENGLISH_DESCRIPTIONS.some((text) => english.includes(text)));
  },
);
