import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { PLEDGE_TABLE_FIGURE, waitForDashboard } from './support/app.ts';
import { PHONE_VIEWPORT, TEST_TIMEOUT_MS, readTable, setupBrowser } from './support/browser.ts';

const harness = setupBrowser();
const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Serious and critical axe-core violations (WCAG 2.1 A/AA rules) on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP does not block it.
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target }) => ({ target })),
    }));
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .slice(0, 3)
          .map((node) => JSON.stringify(node.target))
          .join(', ')}`,
    );
}

for (const viewport of [undefined, PHONE_VIEWPORT]) {
  void test(
    `no serious accessibility violations (axe-core) at ${viewport ? `${viewport.width}px` : 'desktop'}`,
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const page = await harness.openApp('/?donors=POL~NOR~DEU', viewport ? { viewport } : {});
      await waitForDashboard(page);
      assert.deepEqual(await seriousViolations(page), []);
      await readTable(page, PLEDGE_TABLE_FIGURE);
      assert.deepEqual(await seriousViolations(page), [], 'with the pledge table shown');
    },
  );
}
