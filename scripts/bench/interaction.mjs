// Time filter changes in the built app: load a page, then click donor presets as a user does and
// time each click until the charts have settled (interaction-probe.mjs has the method).
import { interactionProbeScript } from './interaction-probe.mjs';
import { FIRST_CHART_SELECTOR, heapUsedAfterGc, marksInitScript } from './measure.mjs';
import { renderCounterScript, renderDelta } from './render-counter.mjs';
import { pledgeLinesIn } from './stats.mjs';

/** The presets clicked in turn, starting from the unfiltered page ("All"). */
export const PRESET_SEQUENCE = ['EU-27', 'G7', 'All'];

const PLEDGES_FIGURE = '#pledges-by-donor';
const HEADLINE = 'section[aria-label="Headline figures"]';
const PLEDGES_CHART_SELECTOR = `${PLEDGES_FIGURE} .recharts-bar-rectangle, ${PLEDGES_FIGURE} path.recharts-rectangle`;
/**
 * The window filter changes are timed in: the projector size, the one standard size at which the
 * donor presets and the donor chart share the first screen. At 1280x720 the overview fills the
 * first screen and the donor chart starts about 1,140 px down, so "on screen" there would time
 * the overview, the headline and the filters, not the chart the goal is about.
 */
export const INTERACTION_VIEWPORT = { width: 1920, height: 1080 };
/** Quiet this long after the last change: off-screen charts catch up (when idle) well within it. */
const QUIET_MS = 1000;

async function openDashboard(context, url, { cpuSlowdown, timeoutMs }) {
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.addInitScript({ content: renderCounterScript() });
  await page.addInitScript({
    content: marksInitScript({
      firstChart: FIRST_CHART_SELECTOR,
      pledgesChart: PLEDGES_CHART_SELECTOR,
    }),
  });
  await page.addInitScript({
    content: interactionProbeScript({
      watchSelectors: [PLEDGES_FIGURE, HEADLINE],
      figureSelector: PLEDGES_FIGURE,
      // The screen-reader sentence (a visually hidden live region, spoken 700 ms after the last
      // change on purpose) is not drawing: it is timed apart.
      ignoreSelector: '.visually-hidden',
      quietMs: QUIET_MS,
      timeoutMs,
    }),
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  await page.waitForFunction(() => window.__benchMarks?.pledgesChart !== undefined, undefined, {
    timeout: timeoutMs,
    polling: 100,
  });
  const marks = await page.evaluate(() => window.__benchMarks);
  // Let the rest of the page (the Kiel charts, their data) arrive before the first click.
  await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => undefined);
  await page.evaluate(
    ([ms, limit]) => window.__benchInteraction.quiet(ms, limit),
    [500, timeoutMs],
  );
  const headline = await page.locator(HEADLINE).innerText({ timeout: timeoutMs });
  return { page, cdp, consoleErrors, marks, pledgeLines: pledgeLinesIn(headline) };
}

/** Click one preset and wait for the in-page probe's result. */
async function timePresetClick(page, preset, timeoutMs) {
  const button = page
    .getByRole('group', { name: 'Donor presets', exact: true })
    .getByRole('button', { name: preset, exact: true });
  const rendersBefore = await page.evaluate(() => window.__benchRenders.read());
  await page.evaluate(() => window.__benchInteraction.arm());
  await button.click({ timeout: timeoutMs });
  const result = await page.evaluate(() => window.__benchInteractionResult);
  if (result.error) throw new Error(`preset "${preset}": ${result.error}`);
  // Commits and components rendered from the click until the DOM had been quiet for 1 s.
  const renders = renderDelta(
    rendersBefore,
    await page.evaluate(() => window.__benchRenders.read()),
  );
  const eventTimingMs = await page.evaluate(() => window.__benchEventTiming);
  const pressed = await button.getAttribute('aria-pressed');
  if (pressed !== 'true') throw new Error(`preset "${preset}" is not pressed after the click`);
  return { preset, ...result, eventTimingMs, renders };
}

/**
 * Load `url` in a fresh context with the CPU slowed `cpuSlowdown` times, check the headline
 * counts `expectedRows` pledge lines (when given), then click `changes` presets in turn.
 * With `profile`, a CDP CPU profile covers the clicks (only for a separate, uncounted pass).
 * `loadCpuSlowdown` lets a profiling pass load at full speed and slow down for the clicks only.
 */
export async function measureInteractions(browser, url, options) {
  const {
    cpuSlowdown,
    loadCpuSlowdown = cpuSlowdown,
    changes,
    expectedRows = null,
    profile = false,
    timeoutMs = 180_000,
    viewport = INTERACTION_VIEWPORT,
  } = options;
  const context = await browser.newContext({ viewport });
  try {
    const opened = await openDashboard(context, url, { cpuSlowdown: loadCpuSlowdown, timeoutMs });
    const { page, cdp } = opened;
    if (expectedRows !== null && opened.pledgeLines !== expectedRows) {
      throw new Error(
        `the headline counts ${opened.pledgeLines ?? 'no'} pledge lines, the data has ${expectedRows} rows`,
      );
    }
    const heapUsedBytes = await heapUsedAfterGc(cdp);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
    }
    const samples = [];
    for (let index = 0; index < changes; index += 1) {
      const preset = PRESET_SEQUENCE[index % PRESET_SEQUENCE.length] ?? 'All';
      samples.push(await timePresetClick(page, preset, timeoutMs));
      // Let trailing work (effects, garbage collection) finish before the next click.
      await page.evaluate(
        ([ms, limit]) => window.__benchInteraction.quiet(ms, limit),
        [250, timeoutMs],
      );
    }
    const cpuProfile = profile ? (await cdp.send('Profiler.stop')).profile : null;
    return {
      firstChartMs: opened.marks.firstChart ?? Number.NaN,
      pledgesChartMs: opened.marks.pledgesChart ?? Number.NaN,
      pledgeLines: opened.pledgeLines,
      heapUsedBytes,
      samples,
      cpuProfile,
      consoleErrors: opened.consoleErrors,
    };
  } finally {
    await context.close();
  }
}
