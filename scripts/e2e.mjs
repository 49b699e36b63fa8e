// End-to-end tests in a real browser (Debian's Chromium driven by playwright-core).
//   node scripts/e2e.mjs                 build with Vite, then run every tests/e2e/*.test.ts
//   node scripts/e2e.mjs --no-build      reuse the existing dist/
//   node scripts/e2e.mjs --no-build tests/e2e/junk-url.test.ts   run some files only
// Env: E2E_DIST (folder to serve, default dist), CHROMIUM_PATH (else the browser
// scripts/find-browser.mjs finds: Debian's chromium, the usual Chromium and Chrome paths).
// Output: the spec reporter on stdout, the TAP stream in test-results/e2e.tap, and at the end
// TAP's summary lines (`# pass N`, `# fail N`, ...) which CI reads. Exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser, nodeSystem } from './find-browser.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const testDir = path.join(projectRoot, 'tests', 'e2e');
const tapFile = path.join(projectRoot, 'test-results', 'e2e.tap');

function run(command, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Node 20's runner does not look for .ts files in a folder, so the files are listed here. */
async function findTestFiles(selected) {
  if (selected.length > 0) return selected.map((file) => path.resolve(projectRoot, file));
  const entries = await readdir(testDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => path.join(testDir, entry.name))
    .sort();
}

async function printTapSummary() {
  const tap = await readFile(tapFile, 'utf8').catch(() => '');
  const summary = tap
    .split('\n')
    .filter((line) => /^# (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) /.test(line));
  console.log(summary.length > 0 ? summary.join('\n') : '# fail 1\n# (no TAP summary was written)');
  const failLine = summary.find((line) => line.startsWith('# fail '));
  const cancelledLine = summary.find((line) => line.startsWith('# cancelled '));
  const failed =
    Number(failLine?.slice('# fail '.length) ?? 1) +
    Number(cancelledLine?.slice('# cancelled '.length) ?? 0);
  return { failed, hasSummary: summary.length > 0 };
}

async function main() {
  const args = process.argv.slice(2);
  const build = !args.includes('--no-build');
  const selected = args.filter((arg) => !arg.startsWith('--'));

  const browser = findBrowser(nodeSystem());
  if ('error' in browser) {
    console.error(browser.error);
    return 1;
  }

  if (build) {
    console.log('e2e: building the app (npx vite build)');
    const buildCode = await run('npx', ['vite', 'build']);
    if (buildCode !== 0) {
      console.error(`e2e: vite build failed (exit ${buildCode})`);
      return buildCode;
    }
  }

  const distDir = path.resolve(projectRoot, process.env.E2E_DIST ?? 'dist');
  if (!existsSync(path.join(distDir, 'index.html'))) {
    console.error(
      `e2e: ${path.relative(projectRoot, distDir) || distDir}/index.html is missing; build first.`,
    );
    return 1;
  }

  const files = await findTestFiles(selected);
  if (files.length === 0) {
    console.error('e2e: no tests/e2e/*.test.ts files found');
    return 1;
  }

  await mkdir(path.dirname(tapFile), { recursive: true });
  const nodeArgs = [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    ...files,
  ];
  console.log(
    `e2e: running ${files.length} file(s) against ${path.relative(projectRoot, distDir) || distDir}/`,
  );
  const code = await run(process.execPath, nodeArgs, { ...process.env, E2E_DIST: distDir });
  const { failed, hasSummary } = await printTapSummary();
  if (code !== 0) return code;
  return failed > 0 || !hasSummary ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
