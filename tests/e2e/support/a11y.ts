// Accessibility helpers for the e2e tests: axe-core in the page, and what a focused control looks like.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** WCAG 2.0 and 2.1, levels A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const;

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  targets: string[];
}

let axeSource: Promise<string> | undefined;
function loadAxeSource(): Promise<string> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Put axe-core into the page. The served app has a strict CSP (`script-src 'self'`), which
 * blocks page.addScriptTag({ content }) (an inline script). page.evaluate() runs the source
 * through the DevTools protocol, which the CSP does not govern, so the app is checked with its
 * real CSP in force (bypassCSP would check a page that no user gets).
 */
export async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.evaluate(await loadAxeSource());
}

/** Every axe-core violation (any impact) for AXE_TAGS on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  await injectAxe(page);
  return page.evaluate(async (tags) => {
    interface AxeResult {
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        helpUrl: string;
        nodes: { target: unknown[] }[];
      }[];
    }
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResult> } })
      .axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  }, [...AXE_TAGS]);
}

/** One line per violation: id, impact, help and up to five targets. */
export function formatViolations(findings: readonly AxeFinding[]): string {
  return findings
    .map((finding) => {
      const more = finding.targets.length > 5 ? ` (+${finding.targets.length - 5} more)` : '';
      return `- ${finding.id} [${finding.impact ?? 'no impact'}] ${finding.help}\n    at ${finding.targets
        .slice(0, 5)
        .join(', ')}${more}\n    ${finding.helpUrl}`;
    })
    .join('\n');
}

/** Fails with every violation listed when axe-core finds any. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const findings = await axeViolations(page);
  assert.equal(
    findings.length,
    0,
    `axe-core found ${findings.length} violation(s) in ${state}:\n${formatViolations(findings)}`,
  );
}

export interface FocusedControl {
  /** e.g. `button "Show data table"`, or "body" when nothing is focused. */
  name: string;
  outlineStyle: string;
  outlineWidth: string;
  boxShadow: string;
}

/** The focused element of the page and its computed focus styles. */
export function focusedControl(page: Page): Promise<FocusedControl> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) {
      return { name: 'body', outlineStyle: 'none', outlineWidth: '0px', boxShadow: 'none' };
    }
    const style = window.getComputedStyle(element);
    const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
    const label =
      element.getAttribute('aria-label') ??
      (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    return {
      name: `${role}${element.id ? `#${element.id}` : ''} "${label}"`,
      outlineStyle: style.outlineStyle,
      outlineWidth: style.outlineWidth,
      boxShadow: style.boxShadow,
    };
  });
}

/** A focus indicator is an outline that is drawn (style not none, width above 0) or a box-shadow. */
export function hasVisibleFocus(control: FocusedControl): boolean {
  const outline = control.outlineStyle !== 'none' && parseFloat(control.outlineWidth) > 0;
  const shadow = control.boxShadow !== '' && control.boxShadow !== 'none';
  return outline || shadow;
}
