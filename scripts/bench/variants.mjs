// The builds the benchmark serves: the app (production build), the baseline, an unminified app
// with source maps for the CPU profile, and copies of a build with synthetic pledges.json files.
import { spawn } from 'node:child_process';
import { copyFile, cp, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Run a command in the project folder, output passed through; rejects on a non-zero exit. */
export function run(projectRoot, command, args) {
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

/**
 * Production build of the app into `outDir` (a folder of the benchmark's own, so that a build
 * never pulls dist/ from under someone's e2e run). `profiling`: unminified, with source maps, so
 * that a CPU profile names functions and modules.
 */
export async function buildApp(projectRoot, outDir, { profiling = false } = {}) {
  const extra = profiling ? ['--minify', 'false', '--sourcemap'] : [];
  await run(projectRoot, 'npx', [
    'vite',
    'build',
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--logLevel',
    'warn',
    ...extra,
  ]);
}

/** The baseline (scripts/bench/baseline) into dist-baseline/, as its config says. */
export async function buildBaseline(projectRoot) {
  await run(projectRoot, 'npx', [
    'vite',
    'build',
    '--config',
    'scripts/bench/baseline/vite.config.ts',
    '--logLevel',
    'warn',
  ]);
}

/** Write a synthetic pledges.json of `rows` rows (checked against the app's schema) to `file`. */
export async function writeSyntheticPledges(projectRoot, file, rows, seed) {
  await run(projectRoot, 'npx', [
    'tsx',
    'scripts/bench/write-synthetic-pledges.ts',
    file,
    String(rows),
    String(seed),
  ]);
}

/** A copy of the build `sourceDist` in `targetDir` whose data/pledges.json is `pledgesFile`. */
export async function copyWithPledges(sourceDist, targetDir, pledgesFile) {
  await cp(sourceDist, targetDir, { recursive: true });
  await copyFile(pledgesFile, path.join(targetDir, 'data', 'pledges.json'));
}

/** Number of rows in a build's data/pledges.json. */
export async function pledgeRowsIn(distRoot) {
  const data = JSON.parse(await readFile(path.join(distRoot, 'data', 'pledges.json'), 'utf8'));
  if (!Array.isArray(data?.pledges)) throw new Error(`${distRoot}: data/pledges.json has no list`);
  return data.pledges.length;
}
