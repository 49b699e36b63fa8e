import assert from 'node:assert/strict';
import { test } from 'node:test';
import { removeDonorButton, waitForDashboard } from './support/app.ts';
import {
  TEST_TIMEOUT_MS,
  dialogsOpened,
  expectNoConsoleErrors,
  setupBrowser,
} from './support/browser.ts';

const harness = setupBrowser();

void test(
  'junk in the URL is ignored with a notice, valid parts are kept, nothing runs',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    const page = await harness.openApp(
      '/?donors=XXX~<script>alert(1)</script>~POL&from=2025-13&instruments=nope',
    );
    await waitForDashboard(page);

    const notice = page
      .getByRole('status')
      .or(page.getByRole('alert'))
      .filter({ hasText: /ignored/i });
    await notice.first().waitFor();
    const text = (await notice.first().textContent()) ?? '';
    for (const dropped of ['XXX', '2025-13', 'nope']) {
      assert.ok(text.includes(dropped), `the notice names "${dropped}": ${text}`);
    }

    assert.ok(await removeDonorButton(page, 'Poland').isVisible(), 'POL is kept');
    assert.equal(
      await page.locator('body script').count(),
      0,
      'no script element was injected into the page body',
    );
    assert.equal(
      await page.evaluate(() => document.body.innerHTML.includes('<script>alert')),
      false,
      'the payload is never parsed as HTML',
    );
    await page.waitForTimeout(300);
    assert.deepEqual(dialogsOpened(page), [], 'no dialog opened');
    expectNoConsoleErrors(page);
  },
);
