// One cold load of a page in headless Chromium, and the sizes of the JS/CSS it needed.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { initialAssetPaths } from './stats.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** Recharts draws bars as `.recharts-bar-rectangle` groups holding `path.recharts-rectangle`. */
export const FIRST_CHART_SELECTOR = '.recharts-bar-rectangle, path.recharts-rectangle';

// Runs before any page script (CDP injection, so the page's CSP does not apply). Records
// performance.now() (ms since navigation start) when the first bar appears in the DOM.
const FIRST_CHART_INIT_SCRIPT = `(() => {
  const selector = ${JSON.stringify(FIRST_CHART_SELECTOR)};
  const record = () => {
    if (window.__benchFirstChart !== undefined) return true;
    if (!document.querySelector(selector)) return false;
    window.__benchFirstChart = performance.now();
    return true;
  };
  const observer = new MutationObserver(() => { if (record()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true });
})();`;

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * Open `url` in a fresh context (empty cache) and wait for the first bar.
 * @returns {Promise<{ firstChartMs: number, resources: { name: string, startTime: number }[], heapUsedBytes: number, consoleErrors: string[] }>}
 */
export async function measureColdLoad(
  browser,
  url,
  { cpuSlowdown = 1, viewport = { width: 1280, height: 720 }, timeoutMs = 60_000 } = {},
) {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    const consoleErrors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.addInitScript({ content: FIRST_CHART_INIT_SCRIPT });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });

    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    await page.waitForFunction(() => window.__benchFirstChart !== undefined, undefined, {
      timeout: timeoutMs,
    });
    const { firstChartMs, resources } = await page.evaluate(() => ({
      firstChartMs: window.__benchFirstChart,
      resources: performance
        .getEntriesByType('resource')
        .map((entry) => ({ name: entry.name, startTime: entry.startTime })),
    }));

    // Heap after load: let the page settle, collect garbage, then read the live JS heap.
    await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => undefined);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heapUsedBytes =
      metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    return { firstChartMs, resources, heapUsedBytes, consoleErrors };
  } finally {
    await context.close();
  }
}

/**
 * Sizes of the JS/CSS the page requested before its first chart (Resource Timing entries with
 * startTime <= first chart), read from the served folder on disk and gzipped at level 9.
 */
export async function initialAssetSizes(distRoot, origin, resources, firstChartMs) {
  const files = [];
  for (const assetPath of initialAssetPaths(resources, origin, firstChartMs)) {
    const bytes = await readFile(path.join(distRoot, decodeURIComponent(assetPath)));
    files.push({
      path: assetPath,
      bytes: bytes.length,
      gzipBytes: gzipSync(bytes, { level: 9 }).length,
    });
  }
  return files;
}
