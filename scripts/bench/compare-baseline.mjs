// Cold loads of the app and of the minimal baseline, alternating: initial JS+CSS (gzip), first
// chart at normal speed and with the CPU slowed, JS heap after load.
import { initialAssetSizes, measureColdLoad } from './measure.mjs';
import { median, totalGzipBytes } from './stats.mjs';

/** Measure every target `runs` times, alternating which goes first, at one CPU speed. */
async function measureAll(browser, targets, runs, cpuSlowdown) {
  const samples = new Map(targets.map((target) => [target.name, []]));
  for (let round = 0; round < runs; round += 1) {
    const order = round % 2 === 0 ? targets : [...targets].reverse();
    for (const target of order) {
      const sample = await measureColdLoad(browser, target.url, { cpuSlowdown });
      samples.get(target.name)?.push(sample);
      const errors =
        sample.consoleErrors.length > 0 ? ` (${sample.consoleErrors.length} console error(s))` : '';
      console.log(
        `  ${cpuSlowdown}x CPU, round ${round + 1}/${runs}, ${target.name}: first chart ${Math.round(sample.firstChartMs)} ms${errors}`,
      );
    }
  }
  return samples;
}

/** Median and samples, rounded to 0.1 for a readable report. */
export function summariseSamples(samples) {
  const round = (value) => Math.round(value * 10) / 10;
  return { median: round(median(samples)), samples: samples.map(round) };
}

async function summarise(target, normal, slowed) {
  const first = normal[0];
  const files = first
    ? await initialAssetSizes(target.root, target.origin, first.resources, first.firstChartMs)
    : [];
  return {
    url: target.url,
    initialFiles: files,
    initialGzipBytes: totalGzipBytes(files),
    firstChartMs: summariseSamples(normal.map((s) => s.firstChartMs)),
    firstChartSlowMs: summariseSamples(slowed.map((s) => s.firstChartMs)),
    heapUsedBytes: summariseSamples(normal.map((s) => s.heapUsedBytes)),
    consoleErrors: [...new Set([...normal, ...slowed].flatMap((s) => s.consoleErrors))],
  };
}

const medians = (result) => ({
  initialGzipBytes: result.initialGzipBytes,
  firstChartMs: result.firstChartMs.median,
  firstChartSlowMs: result.firstChartSlowMs.median,
  heapUsedBytes: result.heapUsedBytes.median,
});

/**
 * `targets`: [app, baseline], each { name, root (folder on disk), origin, url }. One discarded
 * load each first, so that the browser's own start-up is not charged to round 1.
 */
export async function compareWithBaseline(
  browser,
  targets,
  { runs, slowRuns = runs, cpuSlowdown },
) {
  const [appTarget, baseTarget] = targets;
  for (const target of targets) await measureColdLoad(browser, target.url);
  console.log(`bench: ${runs} cold loads each, alternating, at normal speed`);
  const normal = await measureAll(browser, targets, runs, 1);
  console.log(`bench: ${slowRuns} cold loads each with the CPU slowed ${cpuSlowdown}x`);
  const slowed = await measureAll(browser, targets, slowRuns, cpuSlowdown);
  const app = await summarise(appTarget, normal.get('app') ?? [], slowed.get('app') ?? []);
  const baseline = await summarise(
    baseTarget,
    normal.get('baseline') ?? [],
    slowed.get('baseline') ?? [],
  );
  return {
    app,
    baseline,
    medians: { runs, slowRuns, cpuSlowdown, app: medians(app), baseline: medians(baseline) },
  };
}
