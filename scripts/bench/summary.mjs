// The benchmark's goals and its single summary table (pure: numbers in, rows of text out).
import { ratio } from './stats.mjs';

/**
 * Goals (issue 20: ratios to the baseline's redraw, measured alternately in the same run).
 * Interaction goals apply with the CPU slowed 4x: `onScreen` for what was on screen at the
 * donor-preset click, `everyChart` for every chart, off screen included.
 */
export const GOALS = {
  /** initial JS+CSS gzip, app / baseline */
  initialGzipRatio: 1.2,
  /** first chart with the CPU slowed, app / baseline (median of at least `firstChartMinLoads`) */
  firstChartSlowRatio: 1.2,
  firstChartMinLoads: 10,
  /** median filter change / the baseline's median redraw, by data and CPU slowdown */
  interactionRatio: [
    { data: 'real', cpuSlowdown: 4, onScreen: 1.5, everyChart: 4 },
    { rows: 10_000, cpuSlowdown: 4, onScreen: 1.7, everyChart: 4 },
    { rows: 100_000, cpuSlowdown: 4, onScreen: 2.0, everyChart: 4 },
  ],
};

const DASH = '–';
const number = (value, digits = 0) =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const finite = (value) => typeof value === 'number' && Number.isFinite(value);

export const format = {
  ms: (value) => (finite(value) ? `${number(Math.round(value))} ms` : DASH),
  kB: (bytes) => (finite(bytes) ? `${number(bytes / 1000, 1)} kB` : DASH),
  MB: (bytes) => (finite(bytes) ? `${number(bytes / 1e6, 1)} MB` : DASH),
  times: (value) => (finite(value) ? `${number(value, 2)}x` : DASH),
};

/** "real data (52 rows)", "10,000 rows", or "baseline (one chart, 10 bars)". */
export function dataLabel(config) {
  if (config.baseline) return `baseline (one chart, ${number(config.rows)} bars)`;
  return config.synthetic
    ? `${number(config.rows)} rows`
    : `real data (${number(config.rows)} rows)`;
}

/** Median at 100k rows / median at 10k rows (10x more rows: 10 = linear), 1 decimal, or null. */
export function growth(msAt10k, msAt100k) {
  if (!finite(msAt10k) || !finite(msAt100k) || msAt10k <= 0) return null;
  return Math.round((msAt100k / msAt10k) * 10) / 10;
}

/** PASS when `value <= limit`; FAIL when above it or when nothing was measured. */
export function verdict(value, limit) {
  return finite(value) && value <= limit ? 'PASS' : 'FAIL';
}

/** The interaction goal for a configuration (real data or a number of synthetic rows), or null. */
export function interactionGoal(config) {
  if (config.baseline) return null;
  return (
    GOALS.interactionRatio.find(
      (goal) =>
        goal.cpuSlowdown === config.cpuSlowdown &&
        (goal.data === 'real' ? !config.synthetic : config.synthetic && goal.rows === config.rows),
    ) ?? null
  );
}

/** "3 commits, 450 components" per change, or a dash when not counted. */
export function rendersText(config) {
  if (!config || !finite(config.medianCommits)) return DASH;
  return `${number(config.medianCommits)} commits, ${number(config.medianComponents)} components`;
}

function comparisonRows(comparison, checks) {
  const { app, baseline, runs, cpuSlowdown } = comparison;
  const rows = [];
  const add = (metric, unit, appValue, baseValue, limit) => {
    const value = ratio(appValue, baseValue);
    let goal = DASH;
    let result = DASH;
    if (limit !== null) {
      goal = `≤ ${number(limit, 2)}x baseline`;
      result = verdict(value, limit);
      checks.push({ metric, measured: value, goal, pass: result === 'PASS' });
    }
    rows.push([
      metric,
      format[unit](appValue),
      format[unit](baseValue),
      format.times(value),
      goal,
      result,
    ]);
  };
  add(
    'initial JS+CSS, gzip',
    'kB',
    app.initialGzipBytes,
    baseline.initialGzipBytes,
    GOALS.initialGzipRatio,
  );
  add(`first chart (median of ${runs} loads)`, 'ms', app.firstChartMs, baseline.firstChartMs, null);
  const slowRuns = comparison.slowRuns ?? runs;
  add(
    `first chart, CPU ${cpuSlowdown}x (median of ${slowRuns} loads)`,
    'ms',
    app.firstChartSlowMs,
    // Fewer loads than the goal asks for cannot meet it: the ratio is not computed.
    slowRuns >= GOALS.firstChartMinLoads ? baseline.firstChartSlowMs : Number.NaN,
    GOALS.firstChartSlowRatio,
  );
  add('JS heap after load', 'MB', app.heapUsedBytes, baseline.heapUsedBytes, null);
  return rows;
}

function interactionRows(allInteractions, changes, checks) {
  const rows = [];
  // The baseline's redraw is not a row of its own: it is the baseline column of every filter change.
  const floorOf = (cpu) => allInteractions.find((c) => c.baseline && c.cpuSlowdown === cpu);
  const floor = (cpu) => floorOf(cpu)?.medianMs ?? null;
  const interactions = allInteractions.filter((c) => !c.baseline);
  for (const config of interactions) {
    const metric = `filter change, ${dataLabel(config)}, CPU ${config.cpuSlowdown}x, on screen (median of ${changes})`;
    const base = floor(config.cpuSlowdown);
    const goal = interactionGoal(config);
    const onScreen = ratio(config.medianMs, base);
    let goalText = DASH;
    let result = DASH;
    if (goal) {
      goalText = `≤ ${number(goal.onScreen, 2)}x baseline`;
      result = verdict(onScreen, goal.onScreen);
      checks.push({ metric, measured: onScreen, goal: goalText, pass: result === 'PASS' });
    }
    rows.push([
      metric,
      format.ms(config.medianMs),
      format.ms(base),
      format.times(onScreen),
      goalText,
      result,
    ]);
    // Every chart, off screen too (they catch up when the browser is idle).
    if (config.allMedianMs !== undefined) {
      const allBase = floorOf(config.cpuSlowdown)?.allMedianMs ?? null;
      const everyChart = ratio(config.allMedianMs, allBase);
      let allGoal = DASH;
      let allResult = DASH;
      if (goal) {
        allGoal = `≤ ${number(goal.everyChart, 2)}x baseline`;
        allResult = verdict(everyChart, goal.everyChart);
        checks.push({
          metric: `${metric}, every chart`,
          measured: everyChart,
          goal: allGoal,
          pass: allResult === 'PASS',
        });
      }
      rows.push([
        `  ... every chart updated, off screen too`,
        format.ms(config.allMedianMs),
        format.ms(allBase),
        format.times(everyChart),
        allGoal,
        allResult,
      ]);
    }
    // React commits and components rendered per change: not noisy, unlike the times.
    if (config.medianCommits !== undefined) {
      rows.push([
        `  ... React commits, components rendered per change (median)`,
        rendersText(config),
        rendersText(floorOf(config.cpuSlowdown)),
        DASH,
        'reported only',
        DASH,
      ]);
    }
  }
  const at = (rows_, cpu) =>
    interactions.find((c) => c.synthetic && c.rows === rows_ && c.cpuSlowdown === cpu);
  const speeds = [...new Set(interactions.map((c) => c.cpuSlowdown))];
  for (const cpu of speeds) {
    const small = at(10_000, cpu);
    const large = at(100_000, cpu);
    if (!small || !large) continue;
    const value = growth(small.medianMs, large.medianMs);
    rows.push([
      `growth 10,000 -> 100,000 rows, CPU ${cpu}x`,
      value === null ? DASH : `${number(value, 1)}x`,
      DASH,
      DASH,
      'linear = 10x',
      DASH,
    ]);
  }
  for (const config of interactions.filter((c) => c.synthetic && c.rows === 100_000)) {
    rows.push([
      `pledge chart on load, ${dataLabel(config)}, CPU ${config.cpuSlowdown}x`,
      format.ms(config.pledgesChartMs),
      DASH,
      DASH,
      'reported only',
      DASH,
    ]);
  }
  return rows;
}

/**
 * The summary table (header + rows for formatTable) and the goal checks.
 * `comparison`: { runs, cpuSlowdown, app, baseline } with initialGzipBytes, firstChartMs,
 * firstChartSlowMs, heapUsedBytes (medians); `interactions`: [{ rows, synthetic, cpuSlowdown,
 * medianMs, pledgesChartMs }].
 */
export function buildSummary({ comparison, interactions, changes }) {
  const checks = [];
  const table = [
    ['metric', 'measured', 'baseline', 'app/baseline', 'goal', 'result'],
    ...(comparison ? comparisonRows(comparison, checks) : []),
    ...interactionRows(interactions, changes, checks),
  ];
  return { table, checks, passed: checks.every((check) => check.pass) };
}
