// Session-only data sets (issue 18, class 4): in a browser without IndexedDB (some private modes)
// an import is kept for this session only. The data-set list marks the set so, in English and in
// German, not only the passing message; the bundled sets are not marked.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TEST_TIMEOUT_MS, expectNoConsoleErrors, setupBrowser } from './support/browser.ts';

const harness = setupBrowser();
const FILE = 'pledges-add-three.csv';
const upload = {
  name: FILE,
  mimeType: 'text/csv',
  buffer: readFileSync(join(process.cwd(), 'tests/fixtures/import', FILE)),
};

const cases = [
  {
    lang: 'en',
    data: 'Data',
    dialog: 'Data sets',
    choose: 'Choose a file to import',
    use: 'Use this data',
    done: /^Now in use for this session only/,
    list: 'Data sets in this browser',
    marker: 'kept for this session only: gone after a reload',
  },
  {
    lang: 'de',
    data: 'Daten',
    dialog: 'Datensätze',
    choose: 'Datei zum Importieren auswählen',
    use: 'Diese Daten verwenden',
    done: /^Nur für diese Sitzung in Verwendung/,
    list: 'Datensätze in diesem Browser',
    marker: 'nur für diese Sitzung gehalten: nach einem Neuladen weg',
  },
] as const;

for (const c of cases) {
  void test(
    `no IndexedDB: the data-set list marks the set kept for this session only (${c.lang})`,
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const page = await harness.newPage();
      await page.context().addInitScript({
        content: "Object.defineProperty(window, 'indexedDB', { value: undefined });",
      });
      await page.goto(`${harness.baseUrl}/?lang=${c.lang}`, { waitUntil: 'load' });
      // (waitForDashboard reads English names; here the Data button in the page's language.)
      await page.getByRole('button', { name: c.data, exact: true }).waitFor();
      assert.equal(await page.evaluate(() => typeof window.indexedDB), 'undefined');
      await page.getByRole('button', { name: c.data, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: c.dialog });
      await dialog.getByLabel(c.choose).setInputFiles(upload);
      await dialog.getByRole('button', { name: c.use }).click();
      await dialog.getByText(c.done).waitFor();
      const list = dialog.getByRole('region', { name: c.list });
      const item = list.getByRole('listitem').filter({ hasText: FILE });
      await item.getByText(c.marker, { exact: false }).waitFor();
      const bundled = list.getByRole('listitem').filter({ hasText: 'pledges.json' });
      assert.doesNotMatch(await bundled.innerText(), new RegExp(c.marker));
      expectNoConsoleErrors(page);
    },
  );
}
