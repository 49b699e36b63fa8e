import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { waitForDashboard } from './support/app.ts';
import { TEST_TIMEOUT_MS, expectNoConsoleErrors, setupBrowser } from './support/browser.ts';

const harness = setupBrowser();
const ROOT = path.resolve(import.meta.dirname, '../..');
const json = async <T>(file: string): Promise<T> =>
  JSON.parse(await readFile(path.join(ROOT, file), 'utf8')) as T;

/** The explorer's newest figure, worked out here from the files: the latest pledge or Kiel month. */
async function expectedNewest(): Promise<{ text: string; day: number }> {
  const { pledges } = await json<{ pledges: { announced: string | null }[] }>(
    'public/data/pledges.json',
  );
  const latestPledge =
    pledges
      .map((p) => p.announced ?? '')
      .sort()
      .at(-1) ?? '';
  const kielMonth = (
    await json<{ current: { lastMonth: string } }>('src/features/kiel/release/kiel-releases.json')
  ).current.lastMonth;
  const [y, m] = kielMonth.split('-').map(Number) as [number, number];
  const kielDay = Date.UTC(y, m, 0) / 86_400_000;
  const pledgeDay = Date.parse(`${latestPledge.slice(0, 10)}T00:00:00Z`) / 86_400_000;
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  if (kielDay >= pledgeDay)
    return { text: `${months[m - 1]} ${y} (Kiel tracker, data month)`, day: kielDay };
  const [py, pm, pd] = latestPledge.split('-').map(Number) as [number, number, number];
  return { text: `${pd} ${months[pm - 1]} ${py} (Pledges)`, day: pledgeDay };
}

void test(
  'the explorer says how old its newest figure is, and shows the data changelog',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp('/');
    await waitForDashboard(page);
    const newest = await expectedNewest();
    const days = Math.floor(Date.now() / 86_400_000) - newest.day;
    const line = page.getByText(/^Newest figure: /);
    await line.waitFor();
    assert.equal(await line.textContent(), `Newest figure: ${newest.text} — ${days} days ago`);

    const changelog = page.getByRole('heading', { name: 'What changed in the data' });
    await changelog.scrollIntoViewIfNeeded();
    await changelog.waitFor();
    assert.ok(
      await page
        .getByText(/: \d+ added, \d+ revised, \d+ removed$/)
        .first()
        .isVisible(),
      'the newest changelog entry is shown',
    );
    expectNoConsoleErrors(page);
  },
);
