// What lies below the first screen is there for screen readers before anyone scrolls to it: the
// pledge table is a table (rows, cells, headers, its source links) and the data changelog keeps
// its headings, read from Chromium's accessibility tree with the page at the top. A performance
// shortcut that skips off-screen rendering (content-visibility: auto) took them out of the tree
// in this Chromium (no table, rows or cells; 87 links -> 13), so it was not taken; this test
// keeps it that way.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PLEDGE_TABLE_FIGURE, figure, waitForDashboard } from './support/app.ts';
import { TEST_TIMEOUT_MS, expectNoConsoleErrors, setupBrowser } from './support/browser.ts';

const harness = setupBrowser();

interface AxNode {
  ignored?: boolean;
  role?: { value?: string };
  name?: { value?: string };
}

void test(
  'off screen, the pledge table and the changelog are in the accessibility tree',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/');
    await waitForDashboard(page);
    const table = figure(page, PLEDGE_TABLE_FIGURE);
    const rows = await table.locator('tbody tr').count();
    assert.ok(rows > 10, `${rows} table rows`);
    const offScreen = await table.evaluate(
      (element) => element.getBoundingClientRect().top > window.innerHeight,
    );
    assert.ok(offScreen, 'the table starts below the first screen');
    const links = await table.locator('tbody a[href]').count();
    await page.getByRole('heading', { name: 'What changed in the data', exact: true }).waitFor();

    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const shown = nodes.filter((node) => !node.ignored);
    const count = (role: string) => shown.filter((node) => node.role?.value === role).length;
    const named = (role: string, name: string) =>
      shown.some((node) => node.role?.value === role && node.name?.value === name);

    assert.ok(count('table') >= 1, 'a table in the tree');
    assert.ok(count('row') >= rows, `${count('row')} rows in the tree for ${rows} lines`);
    assert.ok(count('cell') >= rows * 5, `${count('cell')} cells in the tree`);
    assert.ok(count('columnheader') >= 7, `${count('columnheader')} column headers`);
    assert.ok(count('link') >= links, `${count('link')} links in the tree, ${links} in the table`);
    assert.ok(named('heading', 'What changed in the data'), 'the changelog heading');
    expectNoConsoleErrors(page);
  },
);
