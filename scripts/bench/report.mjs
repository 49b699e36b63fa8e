// What the benchmark prints after the summary table, and the method notes stored in bench.json.
import { format } from './summary.mjs';

export const METHOD = {
  initialBytes: 'JS/CSS with Resource Timing startTime <= first chart, bytes on disk, gzip level 9',
  firstChart:
    'performance.now() when the first Recharts bar enters the DOM (MutationObserver in an init script); one discarded warm-up load per target, then loads alternate',
  heap: 'JSHeapUsedSize from CDP Performance.getMetrics after load and HeapProfiler.collectGarbage',
  interaction: [
    'Production build served as static files (no MSW); synthetic rows from mocks/synthetic-pledges.ts written as data/pledges.json into a copy of the build.',
    'Per configuration: a fresh context, the CPU slowed with CDP Emulation.setCPUThrottlingRate from the start, the page loaded and left to settle, then donor presets clicked in turn (EU-27, G7, All, ...) with real mouse input (Playwright).',
    'Start: the click event timeStamp. The DOM is watched (MutationObserver on body) until no change happened for 1,000 ms and the "Pledges by donor" figure and headline text differ from before the click; charts off screen catch up when the browser is idle, well within that window.',
    "On screen (the goal's figure): the last change inside what was on screen at the click (the innermost figure, section, aside, header, nav or child of body around it intersected the 1920x1080 viewport, where the donor chart is on the first screen), plus the rendering work of the frame that showed it (rAF to a message posted from rAF). Every chart: the same for the last change anywhere. The quiet time and the wait for vsync are not counted.",
    'Reported: median of the changes; growth = median on screen at 100,000 rows / at 10,000 rows (10x = linear).',
  ].join(' '),
  profile:
    'CDP Profiler (250 µs sampling) over one EU-27, G7, All pass on an unminified build with source maps, loaded at full speed and clicked at the slowest configuration CPU rate; self time per function and per source module.',
};

const ms = (value) => format.ms(value ?? Number.NaN);

/** One line per configuration: medians by preset, load, heap, errors. */
export function printInteractionDetails(interactions) {
  console.log('filter changes, per configuration:');
  for (const config of interactions) {
    const head = `  ${config.data}, CPU ${config.cpuSlowdown}x:`;
    if (config.error) {
      console.log(`${head} FAILED: ${config.error}`);
      continue;
    }
    const presets = Object.entries(config.medianByPresetMs)
      .map(([preset, value]) => `${preset} ${ms(value)}`)
      .join(', ');
    console.log(
      `${head} on screen by preset ${presets}; samples ${config.samplesMs.map((v) => Math.round(v ?? NaN)).join('/')} ms; ` +
        `every chart ${ms(config.allMedianMs)} (samples ${(config.allSamplesMs ?? []).map((v) => Math.round(v ?? NaN)).join('/')} ms); ` +
        `"Pledges by donor" settled ${ms(config.pledgesFigureMedianMs)}; input delay ${ms(config.medianInputDelayMs)}; ` +
        `Event Timing ${ms(config.medianEventTimingMs)}; ` +
        `load: first chart ${ms(config.firstChartMs)}, pledge chart ${ms(config.pledgesChartMs)}; heap ${format.MB(config.heapUsedBytes)}; ` +
        `load average ${config.loadAverage.toFixed(1)}`,
    );
    if (config.consoleErrors.length > 0) {
      console.log(`    console errors: ${config.consoleErrors.join(' | ')}`);
    }
  }
}

/** The CPU profile: where the time of the slowest case goes. */
export function printProfile(profile, lines = 12) {
  const share = (value) => `${Math.round((value / profile.busyMs) * 100)}%`;
  console.log(
    `where the time goes: ${profile.data}, CPU ${profile.cpuSlowdown}x; preset clicks ${profile.changesMs
      .map((change) => `${change.preset} ${ms(change.ms)}`)
      .join(', ')} (${profile.build})`,
  );
  console.log(
    `  busy ${ms(profile.busyMs)} of ${ms(profile.profileMs)} profiled (garbage collection ${ms(profile.gcMs)})`,
  );
  console.log('  self time by module:');
  for (const entry of profile.selfByModule.slice(0, lines)) {
    console.log(`    ${ms(entry.ms).padStart(9)}  ${share(entry.ms).padStart(4)}  ${entry.module}`);
  }
  const list = (title, entries) => {
    console.log(`  ${title}:`);
    for (const entry of entries.slice(0, lines)) {
      console.log(
        `    ${ms(entry.ms).padStart(9)}  ${share(entry.ms).padStart(4)}  ${entry.function}`,
      );
    }
  };
  list('top self-time functions', profile.selfTop);
  list('app functions by total time (self + callees)', profile.appTotalTop);
}
