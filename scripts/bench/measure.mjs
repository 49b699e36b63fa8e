// One cold load of a page in headless Chromium, and the sizes of the JS/CSS it needed.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { initialAssetPaths } from './stats.mjs';

/** Recharts draws bars as `.recharts-bar-rectangle` groups holding `path.recharts-rectangle`. */
export const FIRST_CHART_SELECTOR = '.recharts-bar-rectangle, path.recharts-rectangle';

/**
 * Init-script source (runs before any page script; CDP injection, so the page's CSP does not
 * apply) that records in `window.__benchMarks[name]` the performance.now() (ms since navigation
 * start) at which an element matching each selector first entered the DOM.
 * @param {Record<string, string>} marks name -> CSS selector
 */
export function marksInitScript(marks) {
  return `(() => {
  const marks = ${JSON.stringify(marks)};
  const seen = (window.__benchMarks = {});
  const record = () => {
    for (const [name, selector] of Object.entries(marks)) {
      if (seen[name] === undefined && document.querySelector(selector)) seen[name] = performance.now();
    }
    return Object.keys(marks).every((name) => seen[name] !== undefined);
  };
  const observer = new MutationObserver(() => { if (record()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true });
})();`;
}

/** The page's live JS heap after a forced garbage collection (needs Performance.enable). */
export async function heapUsedAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
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
    await page.addInitScript({ content: marksInitScript({ firstChart: FIRST_CHART_SELECTOR }) });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });

    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    await page.waitForFunction(() => window.__benchMarks?.firstChart !== undefined, undefined, {
      timeout: timeoutMs,
    });
    const { firstChartMs, resources } = await page.evaluate(() => ({
      firstChartMs: window.__benchMarks.firstChart,
      resources: performance
        .getEntriesByType('resource')
        .map((entry) => ({ name: entry.name, startTime: entry.startTime })),
    }));

    // Heap after load: let the page settle, collect garbage, then read the live JS heap.
    await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => undefined);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const heapUsedBytes = await heapUsedAfterGc(cdp);
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
