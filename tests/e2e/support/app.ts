// What the e2e tests know about the dashboard's accessible UI: names of figures and controls,
// and small readers for the URL and the numbers in tables.
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';

export const CHART_FIGURES = [
  'Pledges by donor',
  'PURL packages over time',
  'Allocations by donor (Kiel tracker)',
  'Allocations per month (Kiel tracker)',
] as const;
export const PLEDGE_TABLE_FIGURE = 'Every pledge in the filter';
/** A drawn chart: a Recharts surface, or the PURL timeline's own time-axis SVG. */
export const CHART_SURFACE = '.recharts-surface, .purl-time-plot';

export const figure = (page: Page, name: string): Locator =>
  page.getByRole('figure', { name, exact: true });
export const donorCombobox = (page: Page): Locator =>
  page.getByRole('combobox', { name: 'Donor countries' });
export const removeDonorButton = (page: Page, donorName: string): Locator =>
  page.getByRole('button', { name: `Remove ${donorName}`, exact: true });
/** Preset buttons ("All", "EU-27", ...) and "Clear all", in the "Donor presets" group. */
export const presetButton = (page: Page, label: string): Locator =>
  page
    .getByRole('group', { name: 'Donor presets', exact: true })
    .getByRole('button', { name: label, exact: true });
export const checkboxIn = (page: Page, group: 'Instrument' | 'Category', label: string): Locator =>
  page
    .getByRole('group', { name: group, exact: true })
    .getByRole('checkbox', { name: label, exact: true });
export const monthInput = (page: Page, label: 'From' | 'To'): Locator =>
  page.getByLabel(label, { exact: true });

/** Wait until the headline figures and every chart are on screen (a drawn Recharts surface). */
export async function waitForDashboard(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('region', { name: 'Headline figures', exact: true }).waitFor();
  for (const name of CHART_FIGURES) {
    await figure(page, name).locator(CHART_SURFACE).first().waitFor({ state: 'visible' });
  }
  await figure(page, PLEDGE_TABLE_FIGURE).waitFor();
}

/** The page's query parameters as a plain object (values decoded). */
export async function searchParams(page: Page): Promise<Record<string, string>> {
  const search = await page.evaluate(() => window.location.search);
  return Object.fromEntries(new URLSearchParams(search));
}

/** Wait until a query parameter has a value (or, with null, is absent). */
export async function waitForParam(
  page: Page,
  name: string,
  expected: string | null,
): Promise<void> {
  await page
    .waitForFunction(
      ([param, value]) => new URLSearchParams(window.location.search).get(param) === value,
      [name, expected] as const,
      { timeout: 10_000 },
    )
    .catch(() => {
      assert.fail(`URL parameter ${name}: expected ${String(expected)}, URL is ${page.url()}`);
    });
}

/** A `~` list from the URL, sorted (for order-insensitive comparisons). */
export function sortedList(value: string | undefined): string[] {
  return (value ?? '').split('~').filter(Boolean).sort();
}

/** Index of the column whose header starts with `prefix`; fails the test when there is none. */
export function columnIndex(header: readonly string[] | undefined, prefix: string): number {
  const index = (header ?? []).findIndex((cell) => cell.startsWith(prefix));
  assert.ok(index >= 0, `no column starting with "${prefix}" in [${(header ?? []).join(' | ')}]`);
  return index;
}

/** Add a donor through the combobox: type, then press Enter (or click the option matching `option`). */
export async function addDonor(page: Page, typed: string, option?: RegExp): Promise<void> {
  const input = donorCombobox(page);
  await input.fill(typed);
  if (option) {
    await page.getByRole('option', { name: option }).first().click();
  } else {
    await input.press('Enter');
  }
}

/**
 * The text a reader sees in `locator`, read once it is on screen: a deferred drawing off screen
 * (`.defer-offscreen`, `content-visibility: auto`) is not rendered, and its `innerText` is empty.
 * The deferred box is scrolled to (its content may be far taller than the size it keeps).
 */
export async function visibleText(locator: Locator): Promise<string> {
  await locator.evaluate(
    (element) =>
      new Promise((resolve) => {
        (element.closest('.defer-offscreen') ?? element).scrollIntoView({ block: 'start' });
        requestAnimationFrame(() => requestAnimationFrame(resolve));
      }),
  );
  return locator.innerText();
}
