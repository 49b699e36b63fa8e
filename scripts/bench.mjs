// Benchmark for the "Quality gates" issue (npm run bench; not part of npm test).
//   node scripts/bench.mjs [--quick] [--runs 5] [--slow-runs 10] [--changes 6] [--no-build] [--no-profile]
//                          [--profile-rows real|10000|100000] [--strict]   (--help lists them)
// 1. Cold loads of the app against a minimal baseline of the same libraries: initial JS+CSS
//    gzip, first chart at normal speed and with the CPU slowed 4x, JS heap (bench/compare-baseline).
// 2. Filter changes (donor presets clicked) with the real data and with 10,000 and 100,000
//    synthetic pledge rows, at normal speed and 4x slower (bench/interaction-probe has the method).
// 3. A CPU profile of the slowest filter change on an unminified build: where the time goes.
// Prints one summary table with goals and PASS/FAIL, and writes bench-results/bench.json.
// The builds go to a temporary folder (dist/ is left alone), except the baseline: dist-baseline/.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { compareWithBaseline } from './bench/compare-baseline.mjs';
import { parseBenchArgs, USAGE } from './bench/options.mjs';
import { METHOD, printInteractionDetails, printProfile } from './bench/report.mjs';
import { INTERACTION_VIEWPORT } from './bench/interaction.mjs';
import { profileInteraction, runInteractionSuite } from './bench/run-interactions.mjs';
import { formatTable } from './bench/stats.mjs';
import { buildSummary, GOALS } from './bench/summary.mjs';
import {
  buildApp,
  buildBaseline,
  copyWithPledges,
  pledgeRowsIn,
  writeSyntheticPledges,
} from './bench/variants.mjs';
import { serveDist } from './serve-dist.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CPU_SLOWDOWN = 4;
const SYNTHETIC_ROWS = [10_000, 100_000];
const SYNTHETIC_SEED = 29;

/** Build (or reuse) the app and baseline, and the copies with synthetic data. */
async function prepare(options, workDir) {
  const appRoot = options.build ? path.join(workDir, 'app') : path.join(projectRoot, 'dist');
  if (options.build) {
    console.log('bench: building the app (temporary folder) and the baseline (dist-baseline/)');
    await buildApp(projectRoot, appRoot);
    await buildBaseline(projectRoot);
  }
  const variants = [
    { name: 'real', root: appRoot, rows: await pledgeRowsIn(appRoot), synthetic: false },
  ];
  const pledgeFiles = new Map();
  for (const rows of SYNTHETIC_ROWS) {
    const file = path.join(workDir, `pledges-${rows}.json`);
    await writeSyntheticPledges(projectRoot, file, rows, SYNTHETIC_SEED);
    pledgeFiles.set(rows, file);
    const root = path.join(workDir, `app-${rows}`);
    await copyWithPledges(appRoot, root, file);
    variants.push({ name: `${rows}`, root, rows, synthetic: true });
  }
  let profileRoot = null;
  if (options.profile) {
    console.log('bench: building an unminified app with source maps for the CPU profile');
    profileRoot = path.join(workDir, 'app-profile');
    await buildApp(projectRoot, profileRoot, { profiling: true });
  }
  return { appRoot, variants, pledgeFiles, profileRoot };
}

/**
 * Profile the slowest configuration (or the slowest with the data `--profile-rows` names) on the
 * unminified build: same data, same CPU rate.
 */
async function profileSlowest(browser, interactions, prepared, servers, profileRows) {
  const wanted = (config) =>
    profileRows === null ||
    (profileRows === 'real' ? !config.synthetic : config.synthetic && config.rows === profileRows);
  const measured = interactions.filter(
    (config) => config.medianMs !== null && !config.baseline && wanted(config),
  );
  const slowest = measured.sort((a, b) => (b.medianMs ?? 0) - (a.medianMs ?? 0))[0];
  if (!prepared.profileRoot) return null;
  if (!slowest) {
    console.warn('bench: no CPU profile: no measured configuration has that data');
    return null;
  }
  const root = path.join(path.dirname(prepared.profileRoot), 'app-profile-data');
  const file = prepared.pledgeFiles.get(slowest.rows);
  if (slowest.synthetic && file) await copyWithPledges(prepared.profileRoot, root, file);
  const served = await serveDist({
    root: slowest.synthetic ? root : prepared.profileRoot,
    port: 0,
  });
  servers.push(served);
  console.log(`bench: CPU profile of ${slowest.data} at CPU ${slowest.cpuSlowdown}x`);
  const variant = {
    root: slowest.synthetic ? root : prepared.profileRoot,
    url: `${served.url}/`,
    rows: slowest.rows,
    synthetic: slowest.synthetic,
  };
  return profileInteraction(browser, variant, { cpuSlowdown: slowest.cpuSlowdown, projectRoot });
}

async function main() {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const startedAt = Date.now();
  const [loadAtStart] = os.loadavg();
  if (loadAtStart > os.cpus().length * 0.5) {
    console.warn(
      `bench: warning: load average ${loadAtStart.toFixed(1)} on ${os.cpus().length} CPUs; timings will be noisy`,
    );
  }
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'ukraine-aid-bench-'));
  const servers = [];
  let browser;
  try {
    const prepared = await prepare(options, workDir);
    const appServer = await serveDist({ root: prepared.appRoot, port: 0 });
    servers.push(appServer);
    const baseRoot = path.join(projectRoot, 'dist-baseline');
    const baseServer = await serveDist({ root: baseRoot, port: 0 });
    servers.push(baseServer);
    for (const variant of prepared.variants) {
      const served =
        variant.root === prepared.appRoot
          ? appServer
          : await serveDist({ root: variant.root, port: 0 });
      if (served !== appServer) servers.push(served);
      variant.url = `${served.url}/`;
    }
    // The floor for a filter change: the baseline's chart redrawn by one of its preset buttons.
    prepared.variants.push({
      name: 'baseline',
      root: baseRoot,
      rows: JSON.parse(await readFile(path.join(baseRoot, 'bars.json'), 'utf8')).length,
      synthetic: false,
      baseline: true,
      url: `${baseServer.url}/`,
    });
    browser = await launchChromium();

    const targets = [
      {
        name: 'app',
        root: prepared.appRoot,
        origin: appServer.url,
        url: `${appServer.url}${options.appPath}`,
      },
      { name: 'baseline', root: baseRoot, origin: baseServer.url, url: `${baseServer.url}/` },
    ];
    const comparison = await compareWithBaseline(browser, targets, {
      runs: options.runs,
      slowRuns: options.slowRuns,
      cpuSlowdown: CPU_SLOWDOWN,
    });
    console.log(`bench: ${options.changes} filter changes per configuration`);
    const interactions = await runInteractionSuite(browser, prepared.variants, {
      changes: options.changes,
      cpuSlowdowns: [1, CPU_SLOWDOWN],
    });
    const profiled = options.profile
      ? await profileSlowest(browser, interactions, prepared, servers, options.profileRows).catch(
          (error) => {
            console.error(
              `bench: CPU profile failed: ${error instanceof Error ? error.message : error}`,
            );
            return null;
          },
        )
      : null;
    const { rawProfile, ...profile } = profiled ?? {};

    const summary = buildSummary({
      comparison: comparison.medians,
      interactions,
      changes: options.changes,
    });
    const [loadAtEnd] = os.loadavg();
    const minutes = ((Date.now() - startedAt) / 60_000).toFixed(1);
    console.log(
      `\nbench: summary (${os.cpus().length} CPUs, load average ${loadAtStart.toFixed(1)} at start, ${loadAtEnd.toFixed(1)} at end; ${minutes} min; filter changes in a ${INTERACTION_VIEWPORT.width}x${INTERACTION_VIEWPORT.height} window, the donor chart on screen)`,
    );
    console.log(`${formatTable(summary.table)}\n`);
    printInteractionDetails(interactions);
    for (const [name, result] of Object.entries({
      app: comparison.app,
      baseline: comparison.baseline,
    })) {
      const files = result.initialFiles.map(
        (f) => `${f.path} (${(f.gzipBytes / 1000).toFixed(1)} kB gz)`,
      );
      console.log(`${name} initial files: ${files.join(', ')}`);
      if (result.consoleErrors.length > 0)
        console.log(`${name} console errors: ${result.consoleErrors.join(' | ')}`);
    }
    if (profiled) {
      console.log('');
      printProfile(profile);
    }

    const report = {
      date: new Date().toISOString(),
      durationMinutes: Number(minutes),
      machine: {
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: loadAtEnd,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        node: process.version,
        chromium: browser.version(),
      },
      options,
      method: {
        ...METHOD,
        runs: options.runs,
        slowRuns: options.slowRuns,
        changes: options.changes,
        cpuSlowdown: CPU_SLOWDOWN,
        appPath: options.appPath,
      },
      goals: GOALS,
      summary,
      comparison: { app: comparison.app, baseline: comparison.baseline },
      interactions,
      profile: profiled ? profile : null,
    };
    const resultsDir = path.join(projectRoot, 'bench-results');
    await mkdir(resultsDir, { recursive: true });
    await writeFile(path.join(resultsDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
    if (rawProfile) {
      await writeFile(path.join(resultsDir, 'interaction.cpuprofile'), JSON.stringify(rawProfile));
      console.log('bench: wrote bench-results/interaction.cpuprofile (open in Chrome DevTools)');
    }
    console.log(
      `\nbench: wrote bench-results/bench.json; goals ${summary.passed ? 'all met' : 'NOT all met'}`,
    );
    if (options.strict && !summary.passed) process.exitCode = 1;
  } finally {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close()));
    await rm(workDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
