// Accessibility helpers for the e2e tests: axe-core in the page, and what a focused control looks like.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { contrastRatio } from '../../../src/lib/colour-vision.ts';

/** WCAG 2.0 and 2.1, levels A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const;
/** AXE_TAGS plus WCAG 2.2 AA and axe's experimental rules. */
export const AXE_TAGS_ALL = [...AXE_TAGS, 'wcag22aa', 'experimental'] as const;

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
export async function axeViolations(
  page: Page,
  tags: readonly string[] = AXE_TAGS,
): Promise<AxeFinding[]> {
  await injectAxe(page);
  return page.evaluate(
    async (tags) => {
      interface AxeResult {
        violations: {
          id: string;
          impact?: string | null;
          help: string;
          helpUrl: string;
          nodes: { target: unknown[] }[];
        }[];
      }
      const axe = (
        window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResult> } }
      ).axe;
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
    },
    [...tags],
  );
}

/** One line per violation: id, impact, help and up to five targets. */
export function formatViolations(findings: readonly AxeFinding[]): string {
  return findings
    .map((finding) => {
      const more = finding.targets.length > 5 ? ` (+${finding.targets.length - 5} more)` : '';
      return `- ${finding.id} [${finding.impact ?? 'no impact'}] ${finding.help}\n    targets: ${finding.targets
        .slice(0, 5)
        .join(', ')}${more}\n    ${finding.helpUrl}`;
    })
    .join('\n');
}

/** Fails with every violation listed when axe-core finds any. */
export async function expectNoAxeViolations(
  page: Page,
  state: string,
  tags: readonly string[] = AXE_TAGS,
): Promise<void> {
  const findings = await axeViolations(page, tags);
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

/** True when `locator` resolves to the focused element. */
export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement).catch(() => false);
}

/**
 * Press Tab (at most `maxStops` times) until `target` has focus. Every stop on the way must show a
 * visible focus indicator; the stops are returned for the failure messages.
 */
export async function tabTo(page: Page, target: Locator, maxStops = 200): Promise<string[]> {
  const stops: string[] = [];
  for (let stop = 0; stop < maxStops; stop += 1) {
    await page.keyboard.press('Tab');
    const control = await focusedControl(page);
    stops.push(control.name);
    assert.ok(
      hasVisibleFocus(control),
      `Tab stop ${stop + 1} (${control.name}) has no visible focus indicator: outline ${control.outlineStyle} ${control.outlineWidth}, box-shadow ${control.boxShadow}`,
    );
    if (await isFocused(target)) return stops;
  }
  assert.fail(`not reached in ${maxStops} Tab stops; last: ${stops.slice(-5).join(' -> ')}`);
}

export interface LowContrastText {
  text: string;
  colour: string;
  ratio: number;
}

/** "rgb(20, 24, 31)" -> "#14181f"; null for transparent or unparsable colours. */
export function cssColourToHex(colour: string): string | null {
  const match = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(colour.trim());
  if (!match || (match[4] !== undefined && Number(match[4]) < 1)) return null;
  return `#${[match[1], match[2], match[3]]
    .map((part) => Number(part).toString(16).padStart(2, '0'))
    .join('')}`;
}

/**
 * Chart text that axe-core leaves "incomplete" (it sits over the SVG, so axe cannot find its
 * background): legend labels, axis ticks and tooltip lines inside `scope`, checked here against
 * the white chart surface. Returns how many visible texts were checked and those below `minimum`.
 */
export async function chartTextContrast(
  scope: Locator,
  minimum = 4.5,
): Promise<{ checked: number; low: LowContrastText[] }> {
  const texts = await scope.evaluate((root) => {
    const selector = [
      '.recharts-legend-item-text',
      '.recharts-cartesian-axis-tick-value',
      '.recharts-tooltip-label',
      '.recharts-tooltip-item',
    ].join(', ');
    return Array.from(root.querySelectorAll(selector))
      .filter((element) => (element.textContent ?? '').trim() !== '')
      .flatMap((element) => {
        // The colour of the innermost element that holds the text (a span inside the legend item).
        const holder = element.querySelector('span') ?? element;
        const style = getComputedStyle(holder);
        if (style.visibility === 'hidden' || holder.getClientRects().length === 0) return [];
        const isSvgText = holder instanceof SVGElement;
        return [
          {
            text: (element.textContent ?? '').trim().slice(0, 40),
            colour: isSvgText ? style.fill : style.color,
          },
        ];
      });
  });
  const low = texts.flatMap(({ text, colour }) => {
    const hex = cssColourToHex(colour);
    const ratio = hex ? contrastRatio(hex, '#ffffff') : 0;
    return ratio >= minimum ? [] : [{ text, colour, ratio: Math.round(ratio * 100) / 100 }];
  });
  return { checked: texts.length, low };
}
