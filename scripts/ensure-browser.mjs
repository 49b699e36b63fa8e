// Before the tests: make sure the browser the e2e tests drive is there (run by `npm test` as its
// `pretest` step and by .ci/run). Finds Chromium or Chrome (CHROMIUM_PATH, Debian's, the usual
// Linux and macOS paths); as root on Debian it installs Debian's chromium with apt-get; otherwise
// it stops with one line saying what to install. Never downloads a browser build.
//   node scripts/ensure-browser.mjs [--version]   (--version: also print the browser's version)
import { spawnSync } from 'node:child_process';
import { ensureBrowser, nodeSystem } from './find-browser.mjs';

const result = ensureBrowser(nodeSystem());
if ('error' in result) {
  console.error(result.error);
  process.exit(1);
}
console.log(`browser: ${result.path}${result.installed ? ' (installed)' : ''}`);
if (process.argv.includes('--version')) {
  // Debian's wrapper script prints a harmless shell warning on some machines; only the version matters.
  const version = spawnSync(result.path, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  console.log(`browser: ${(version.stdout ?? '').trim() || 'version unknown'}`);
}
