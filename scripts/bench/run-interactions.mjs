// The interaction part of the benchmark: every data variant at every CPU speed, then a CPU
// profile of the slowest configuration on an unminified build.
import os from 'node:os';
import { summariseProfile } from './cpu-profile.mjs';
import { measureInteractions } from './interaction.mjs';
import { locateInDist } from './source-map.mjs';
import { median, mediansBy } from './stats.mjs';
import { dataLabel } from './summary.mjs';

const round = (value) => (Number.isFinite(value) ? Math.round(value * 10) / 10 : null);

function describeConfig(variant, cpuSlowdown, measured, changes) {
  // The goal's figure: what was on screen at the click has changed. Off-screen charts, which
  // catch up when the browser is idle, are in `everything`.
  const settled = measured.samples.map((sample) => sample.onScreenMs);
  const everything = measured.samples.map((sample) => sample.settledMs);
  return {
    data: dataLabel(variant),
    rows: variant.rows,
    synthetic: variant.synthetic,
    baseline: variant.baseline === true,
    cpuSlowdown,
    changes,
    medianMs: round(median(settled)),
    samplesMs: settled.map(round),
    allMedianMs: round(median(everything)),
    allSamplesMs: everything.map(round),
    presets: measured.samples.map((sample) => sample.preset),
    medianByPresetMs: Object.fromEntries(
      Object.entries(
        mediansBy(
          measured.samples,
          (sample) => sample.preset,
          (sample) => sample.onScreenMs,
        ),
      ).map(([preset, ms]) => [preset, round(ms)]),
    ),
    pledgesFigureMedianMs: round(median(measured.samples.map((s) => s.figureSettledMs ?? NaN))),
    medianInputDelayMs: round(median(measured.samples.map((s) => s.inputDelayMs))),
    medianEventTimingMs: round(median(measured.samples.map((s) => s.eventTimingMs ?? NaN))),
    // React commits and components rendered per change (not noisy: the same on any machine).
    medianCommits: median(measured.samples.map((s) => s.renders?.commits ?? NaN)),
    medianComponents: median(measured.samples.map((s) => s.renders?.components ?? NaN)),
    renders: measured.samples.map((s) => s.renders ?? null),
    medianLastFrameRenderMs: round(median(measured.samples.map((s) => s.lastFrameRenderMs))),
    timestampSource: measured.samples[0]?.timestampSource ?? null,
    firstChartMs: round(measured.firstChartMs),
    pledgesChartMs: round(measured.pledgesChartMs),
    heapUsedBytes: measured.heapUsedBytes,
    consoleErrors: [...new Set(measured.consoleErrors)],
    loadAverage: os.loadavg()[0],
    error: null,
  };
}

/**
 * Measure `changes` preset clicks for every variant ({ name, url, rows, synthetic }) at every
 * speed in `cpuSlowdowns`. A configuration that fails is reported with its error, not thrown.
 */
export async function runInteractionSuite(browser, variants, { changes, cpuSlowdowns }) {
  const results = [];
  for (const variant of variants) {
    for (const cpuSlowdown of cpuSlowdowns) {
      const name = `${dataLabel(variant)}, CPU ${cpuSlowdown}x`;
      try {
        const measured = await measureInteractions(browser, variant.url, {
          cpuSlowdown,
          changes,
          expectedRows: variant.synthetic ? variant.rows : null,
        });
        if (!variant.synthetic && measured.pledgeLines !== variant.rows) {
          console.warn(
            `  note: the headline counts ${measured.pledgeLines} pledge lines, the file has ${variant.rows} rows`,
          );
        }
        const config = describeConfig(variant, cpuSlowdown, measured, changes);
        const each = config.presets
          .map((preset, index) => `${preset} ${Math.round(config.samplesMs[index] ?? NaN)}`)
          .join(', ');
        console.log(
          `  ${name}: pledge chart on load ${Math.round(config.pledgesChartMs ?? NaN)} ms; changes on screen (ms): ${each}; median ${Math.round(config.medianMs ?? NaN)} ms; everything ${Math.round(config.allMedianMs ?? NaN)} ms; per change ${config.medianCommits} commits, ${config.medianComponents} components`,
        );
        results.push(config);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`  ${name}: FAILED: ${message}`);
        results.push({
          data: dataLabel(variant),
          rows: variant.rows,
          synthetic: variant.synthetic,
          baseline: variant.baseline === true,
          cpuSlowdown,
          changes,
          medianMs: null,
          allMedianMs: null,
          pledgesChartMs: null,
          loadAverage: os.loadavg()[0],
          error: message,
        });
      }
    }
  }
  return results;
}

/**
 * Profile one pass of preset clicks (EU-27, G7, All) on the unminified build `variant`, loaded at
 * full speed and clicked at `cpuSlowdown`: self time per function and per source module, and
 * `rawProfile` (the CDP profile, to open in Chrome DevTools).
 */
export async function profileInteraction(browser, variant, { cpuSlowdown, projectRoot, top = 15 }) {
  const measured = await measureInteractions(browser, variant.url, {
    cpuSlowdown,
    loadCpuSlowdown: 1,
    changes: 3,
    expectedRows: variant.synthetic ? variant.rows : null,
    profile: true,
  });
  const locate = await locateInDist(variant.root, projectRoot);
  return {
    data: dataLabel(variant),
    cpuSlowdown,
    build:
      'unminified build with source maps, profiler running: times not comparable with the table',
    changesMs: measured.samples.map((sample) => ({
      preset: sample.preset,
      ms: round(sample.onScreenMs),
    })),
    ...summariseProfile(measured.cpuProfile, { top, locate }),
    rawProfile: measured.cpuProfile,
  };
}
