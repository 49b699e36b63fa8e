// Where the browser for the e2e tests, the benchmark and the screenshots comes from: the one
// module that resolves it (scripts/chromium.mjs launches what this finds; scripts/ensure-browser.mjs
// installs Debian's chromium when it may). Dependency-free, so that .ci/run can use it before
// `npm ci`. Never downloads a browser build. Everything that touches the machine comes in through
// a `system` object, so the unit tests (find-browser.test.ts) run without touching it.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';

/** Debian's chromium, where `apt-get install chromium` puts it. */
export const DEBIAN_CHROMIUM_PATH = '/usr/bin/chromium';

/** The Debian packages .ci/run has always installed: the browser and the fonts the screenshots use. */
export const DEBIAN_PACKAGES = ['chromium', 'fonts-dejavu-core'];

const LINUX_PATHS = [
  DEBIAN_CHROMIUM_PATH,
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
];

const MAC_APPS = [
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Chromium.app/Contents/MacOS/Chromium',
];

/**
 * @typedef {object} BrowserSystem
 * @property {Record<string, string | undefined>} env
 * @property {string} platform            process.platform
 * @property {number | undefined} uid     process.getuid?.()
 * @property {string} home                the user's home folder
 * @property {(file: string) => boolean} isExecutable
 * @property {(file: string) => string | null} readFile   null when unreadable
 * @property {(command: string, args: string[], env: Record<string, string | undefined>) => number} run
 *   runs a command with no standard input and inherited output; returns its exit code
 * @property {(line: string) => void} log
 */

/** The usual places of Chromium and Chrome on this platform, in the order they are tried. */
export function candidatePaths(platform, home) {
  if (platform === 'linux') return LINUX_PATHS;
  if (platform === 'darwin') {
    return [
      ...MAC_APPS.map((app) => `/Applications/${app}`),
      ...MAC_APPS.map((app) => `${home}/Applications/${app}`),
    ];
  }
  return [];
}

/** True for Debian itself (ID=debian in /etc/os-release): its `chromium` package is a real browser. */
export function isDebian(readFile) {
  const osRelease = readFile('/etc/os-release');
  if (osRelease === null) return false;
  return osRelease.split('\n').some((line) => /^ID=("?)debian\1\s*$/.test(line.trim()));
}

/**
 * Find a browser: $CHROMIUM_PATH when set (and then only it), else the first usual path that is an
 * executable file.
 * @param {BrowserSystem} system
 * @returns {{ path: string } | { error: string }}
 */
export function findBrowser(system) {
  const fromEnv = system.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    return system.isExecutable(fromEnv)
      ? { path: fromEnv }
      : {
          error: `browser: CHROMIUM_PATH=${fromEnv} is not an executable file; point it at a Chromium or Chrome executable, or unset it.`,
        };
  }
  const found = candidatePaths(system.platform, system.home).find((file) =>
    system.isExecutable(file),
  );
  return found === undefined ? { error: missingBrowserMessage(system) } : { path: found };
}

/** The one line that says what to install, for this machine. */
export function missingBrowserMessage(system) {
  const prefix = 'browser: no Chromium or Chrome found;';
  const orEnv = 'or set CHROMIUM_PATH to its executable.';
  if (system.platform === 'linux' && isDebian(system.readFile)) {
    return `${prefix} install Debian's chromium (as root: apt-get install ${DEBIAN_PACKAGES.join(' ')}), ${orEnv}`;
  }
  if (system.platform === 'linux') {
    return `${prefix} install Chromium or Google Chrome with your distribution's package manager, ${orEnv}`;
  }
  if (system.platform === 'darwin') {
    return `${prefix} install Google Chrome or Chromium into /Applications, ${orEnv}`;
  }
  return `${prefix} install Chromium or Google Chrome, ${orEnv}`;
}

/**
 * Make sure a browser is there: find it; when none is found, CHROMIUM_PATH is unset and this is
 * root on Debian, install Debian's chromium exactly as .ci/run always has (apt-get update, then
 * apt-get install --no-install-recommends, non-interactive, no standard input).
 * @param {BrowserSystem} system
 * @returns {{ path: string, installed: boolean } | { error: string }}
 */
export function ensureBrowser(system) {
  const found = findBrowser(system);
  if ('path' in found) return { path: found.path, installed: false };
  const envSet = system.env.CHROMIUM_PATH !== undefined && system.env.CHROMIUM_PATH !== '';
  const mayInstall =
    !envSet && system.platform === 'linux' && system.uid === 0 && isDebian(system.readFile);
  if (!mayInstall) return found;

  system.log(`browser: none found; installing Debian's ${DEBIAN_PACKAGES.join(' and ')} (apt-get)`);
  const env = { ...system.env, DEBIAN_FRONTEND: 'noninteractive' };
  const steps = [['update'], ['install', '-y', '--no-install-recommends', ...DEBIAN_PACKAGES]];
  for (const args of steps) {
    const code = system.run('apt-get', args, env);
    if (code !== 0) {
      return {
        error: `browser: apt-get ${args[0]} failed (exit ${code}); chromium is not installed.`,
      };
    }
  }
  if (!system.isExecutable(DEBIAN_CHROMIUM_PATH)) {
    return {
      error: `browser: apt-get installed chromium, but ${DEBIAN_CHROMIUM_PATH} is missing.`,
    };
  }
  return { path: DEBIAN_CHROMIUM_PATH, installed: true };
}

/** The real machine. */
export function nodeSystem() {
  return {
    env: process.env,
    platform: process.platform,
    uid: process.getuid?.(),
    home: homedir(),
    isExecutable(file) {
      try {
        if (!statSync(file).isFile()) return false;
        accessSync(file, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    readFile(file) {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return null;
      }
    },
    run(command, args, env) {
      const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
      return result.status ?? 1;
    },
    log: (line) => console.log(line),
  };
}
