// German throughout, data text included: the German explorer page shows no English status note
// of the bundled pledges (each has its German text in pledges.json), and the English page does.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { visibleText } from './support/app.ts';
import { TEST_TIMEOUT_MS, expectNoConsoleErrors, setupBrowser } from './support/browser.ts';

const harness = setupBrowser();

const bundled = JSON.parse(
  readFileSync(new URL('../../public/data/pledges.json', import.meta.url), 'utf8'),
) as { pledges: { statusNote?: string }[] };
const ENGLISH_NOTES = [
  ...new Set(bundled.pledges.flatMap((p) => (p.statusNote ? [p.statusNote] : []))),
];

async function tableText(path: string, name: string): Promise<string> {
  const page = await harness.openApp(path);
  const table = page.getByRole('figure', { name, exact: true });
  await table.locator('tbody tr').first().waitFor();
  const text = await visibleText(table);
  expectNoConsoleErrors(page);
  return text;
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
