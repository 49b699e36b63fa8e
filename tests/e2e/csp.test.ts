import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../scripts/serve-dist.mjs';
import { CHART_FIGURES, CHART_SURFACE, figure, waitForDashboard } from './support/app.ts';
import { TEST_TIMEOUT_MS, expectNoConsoleErrors, setupBrowser } from './support/browser.ts';

const harness = setupBrowser();

void test(
  'the production build works under a strict Content-Security-Policy (no inline script, no eval)',
  { timeout: TEST_TIMEOUT_MS },
  async () => {
    assert.match(CONTENT_SECURITY_POLICY, /script-src 'self'(;|$)/);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-eval/);

    const page = await harness.newPage();
    // Record every CSP violation the page reports, from the first script on.
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
      document.addEventListener('securitypolicyviolation', (event) => {
        violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
      });
    });
    const response = await page.goto(`${harness.baseUrl}/?donors=POL~NOR~DEU`);
    assert.equal(response?.headers()['content-security-policy'], CONTENT_SECURITY_POLICY);
    await waitForDashboard(page);
    for (const name of CHART_FIGURES) {
      assert.ok(
        (await figure(page, name).locator(CHART_SURFACE).count()) >= 1,
        `"${name}" draws under the CSP`,
      );
    }
    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    assert.deepEqual(violations, [], 'no Content-Security-Policy violation');
    expectNoConsoleErrors(page);
  },
);
