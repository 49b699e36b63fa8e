// Benchmark: the dashboard against a minimal baseline of the same libraries (npm run bench).
//   node scripts/bench.mjs [--runs 5] [--no-build] [--path /?donors=POL]
// Builds the app (dist/) and scripts/bench/baseline (dist-baseline/), serves both, and measures
// them alternately in headless Chromium, each load in a new context (cold cache):
//   - initial JS+CSS gzip: the .js/.css files the page requested before its first chart
//     (Resource Timing entries up to that moment), their bytes on disk gzipped at level 9;
//   - first chart: performance.now() when the first Recharts bar enters the DOM (MutationObserver
//     in an init script), median of N loads, at normal speed and with the CPU slowed 4x (CDP);
//   - JS heap: CDP Performance.getMetrics JSHeapUsedSize after load and a forced GC, median.
// Prints a table with app/baseline ratios and writes bench-results/bench.json. Not part of npm test.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FIRST_CHART_SELECTOR,
  initialAssetSizes,
  launchChromium,
  measureColdLoad,
} from './bench/measure.mjs';
import { formatTable, median, ratio, summaryRows, totalGzipBytes } from './bench/stats.mjs';
import { serveDist } from './serve-dist.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CPU_SLOWDOWN = 4;

function parseArgs(argv) {
  const options = { runs: 5, build: true, appPath: '/' };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--no-build') options.build = false;
    else if (arg === '--runs') options.runs = Number(argv[(index += 1)]);
    else if (arg === '--path') options.appPath = argv[(index += 1)] ?? '/';
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1)
    throw new Error('--runs needs a positive integer');
  return options;
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(undefined)
        : reject(new Error(`${command} ${args.join(' ')} exited ${code}`)),
    );
  });
}

async function buildBoth() {
  console.log('bench: building the app (dist/)');
  await run('npx', ['vite', 'build', '--outDir', 'dist', '--emptyOutDir']);
  console.log('bench: building the baseline (dist-baseline/)');
  await run('npx', ['vite', 'build', '--config', 'scripts/bench/baseline/vite.config.ts']);
}

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
function summariseSamples(samples) {
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

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) await buildBoth();

  const appServer = await serveDist({ root: path.join(projectRoot, 'dist'), port: 0 });
  const baseServer = await serveDist({ root: path.join(projectRoot, 'dist-baseline'), port: 0 });
  const browser = await launchChromium();
  try {
    const targets = [
      {
        name: 'app',
        root: path.join(projectRoot, 'dist'),
        origin: appServer.url,
        url: `${appServer.url}${options.appPath}`,
      },
      {
        name: 'baseline',
        root: path.join(projectRoot, 'dist-baseline'),
        origin: baseServer.url,
        url: `${baseServer.url}/`,
      },
    ];
    const [load1] = os.loadavg();
    if (load1 > os.cpus().length * 0.5) {
      console.warn(
        `bench: warning: load average ${load1.toFixed(1)} on ${os.cpus().length} CPUs; timings will be noisy`,
      );
    }
    // One discarded load each, so the browser process's own start-up is not charged to round 1.
    for (const target of targets) await measureColdLoad(browser, target.url);
    console.log(`bench: ${options.runs} cold loads each, alternating, at normal speed`);
    const normal = await measureAll(browser, targets, options.runs, 1);
    console.log(`bench: ${options.runs} cold loads each with the CPU slowed ${CPU_SLOWDOWN}x`);
    const slowed = await measureAll(browser, targets, options.runs, CPU_SLOWDOWN);

    const app = await summarise(targets[0], normal.get('app') ?? [], slowed.get('app') ?? []);
    const baseline = await summarise(
      targets[1],
      normal.get('baseline') ?? [],
      slowed.get('baseline') ?? [],
    );
    const metrics = [
      {
        label: 'initial JS+CSS, gzip',
        unit: 'kB',
        app: app.initialGzipBytes,
        baseline: baseline.initialGzipBytes,
      },
      {
        label: `first chart drawn (median of ${options.runs})`,
        unit: 'ms',
        app: app.firstChartMs.median,
        baseline: baseline.firstChartMs.median,
      },
      {
        label: `first chart, CPU ${CPU_SLOWDOWN}x slower`,
        unit: 'ms',
        app: app.firstChartSlowMs.median,
        baseline: baseline.firstChartSlowMs.median,
      },
      {
        label: 'JS heap used after load',
        unit: 'MB',
        app: app.heapUsedBytes.median,
        baseline: baseline.heapUsedBytes.median,
      },
    ];

    console.log(`\n${formatTable(summaryRows(metrics))}\n`);
    for (const [name, result] of [
      ['app', app],
      ['baseline', baseline],
    ]) {
      console.log(
        `${name} initial files: ${result.initialFiles.map((f) => `${f.path} (${(f.gzipBytes / 1000).toFixed(1)} kB gz)`).join(', ')}`,
      );
      if (result.consoleErrors.length > 0)
        console.log(`${name} console errors: ${result.consoleErrors.join(' | ')}`);
    }

    const report = {
      date: new Date().toISOString(),
      machine: {
        loadAverageAtStart: load1,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        node: process.version,
        chromium: browser.version(),
      },
      method: {
        runs: options.runs,
        cpuSlowdown: CPU_SLOWDOWN,
        appPath: options.appPath,
        initialBytes:
          'JS/CSS with Resource Timing startTime <= first chart, bytes on disk, gzip level 9',
        firstChart: `performance.now() when "${FIRST_CHART_SELECTOR}" first enters the DOM; one discarded warm-up load per target, then loads alternate`,
        heap: 'JSHeapUsedSize from CDP Performance.getMetrics after networkidle and HeapProfiler.collectGarbage',
      },
      app,
      baseline,
      ratios: Object.fromEntries(
        metrics.map((metric) => [metric.label, ratio(metric.app, metric.baseline)]),
      ),
    };
    await mkdir(path.join(projectRoot, 'bench-results'), { recursive: true });
    await writeFile(
      path.join(projectRoot, 'bench-results', 'bench.json'),
      `${JSON.stringify(report, null, 2)}\n`,
    );
    console.log('bench: wrote bench-results/bench.json');
  } finally {
    await browser.close();
    await appServer.close();
    await baseServer.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
