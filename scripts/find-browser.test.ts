// @vitest-environment node
// The browser resolution of `npm test`'s pretest step and the e2e launcher, on a fake machine:
// no file is read, no command is run.
import { describe, expect, it } from 'vitest';
import {
  candidatePaths,
  ensureBrowser,
  findBrowser,
  isDebian,
  missingBrowserMessage,
  type BrowserSystem,
} from './find-browser.mjs';

const DEBIAN_OS_RELEASE =
  'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nID=debian\n';
const UBUNTU_OS_RELEASE = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';

/** The error line of a result, or a failed test when there is none. */
function errorOf(result: { path: string } | { error: string }): string {
  if (!('error' in result)) throw new Error(`expected an error, got the browser ${result.path}`);
  return result.error;
}

interface FakeOptions {
  env?: Record<string, string>;
  platform?: string;
  uid?: number;
  executables?: string[];
  osRelease?: string | null;
  /** Exit codes of the commands run, in order; each apt-get install that exits 0 installs chromium. */
  exitCodes?: number[];
}

function fakeSystem({
  env = {},
  platform = 'linux',
  uid = 1000,
  executables = [],
  osRelease = DEBIAN_OS_RELEASE,
  exitCodes = [],
}: FakeOptions = {}) {
  const present = new Set(executables);
  const runs: { command: string; args: string[]; env: Record<string, string | undefined> }[] = [];
  const logs: string[] = [];
  const system: BrowserSystem = {
    env,
    platform,
    uid,
    home: '/home/ana',
    isExecutable: (file) => present.has(file),
    readFile: (file) => (file === '/etc/os-release' ? osRelease : null),
    run: (command, args, runEnv) => {
      runs.push({ command, args, env: runEnv });
      const code = exitCodes[runs.length - 1] ?? 0;
      if (code === 0 && args[0] === 'install') present.add('/usr/bin/chromium');
      return code;
    },
    log: (line) => logs.push(line),
  };
  return { system, runs, logs };
}

describe('candidatePaths', () => {
  it('tries Debian chromium first on Linux, then the other usual paths', () => {
    const paths = candidatePaths('linux', '/home/ana');
    expect(paths[0]).toBe('/usr/bin/chromium');
    expect(paths).toEqual(
      expect.arrayContaining(['/usr/bin/chromium-browser', '/usr/bin/google-chrome']),
    );
  });

  it('tries the system, then the user Applications folder on macOS', () => {
    expect(candidatePaths('darwin', '/Users/ana')).toEqual([
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Users/ana/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium',
    ]);
  });

  it('knows no paths elsewhere', () => {
    expect(candidatePaths('win32', 'C:\\Users\\ana')).toEqual([]);
  });
});

describe('isDebian', () => {
  it.each([
    [DEBIAN_OS_RELEASE, true],
    ['ID="debian"\n', true],
    [UBUNTU_OS_RELEASE, false],
    ['ID=fedora\n', false],
    [null, false],
  ])('%j -> %s', (osRelease, expected) => {
    expect(isDebian(() => osRelease)).toBe(expected);
  });
});

describe('findBrowser', () => {
  it('finds Debian chromium', () => {
    const { system } = fakeSystem({ executables: ['/usr/bin/chromium'] });
    expect(findBrowser(system)).toEqual({ path: '/usr/bin/chromium' });
  });

  it('prefers Debian chromium to Chrome when both are there', () => {
    const { system } = fakeSystem({
      executables: ['/usr/bin/google-chrome', '/usr/bin/chromium'],
    });
    expect(findBrowser(system)).toEqual({ path: '/usr/bin/chromium' });
  });

  it('falls back to Google Chrome on Linux', () => {
    const { system } = fakeSystem({ executables: ['/opt/google/chrome/chrome'] });
    expect(findBrowser(system)).toEqual({ path: '/opt/google/chrome/chrome' });
  });

  it('finds Chrome in the user Applications folder on macOS', () => {
    const chrome = '/home/ana/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const { system } = fakeSystem({ platform: 'darwin', executables: [chrome] });
    expect(findBrowser(system)).toEqual({ path: chrome });
  });

  it('uses CHROMIUM_PATH over every usual path', () => {
    const { system } = fakeSystem({
      env: { CHROMIUM_PATH: '/opt/my/chrome' },
      executables: ['/usr/bin/chromium', '/opt/my/chrome'],
    });
    expect(findBrowser(system)).toEqual({ path: '/opt/my/chrome' });
  });

  it('names a CHROMIUM_PATH that is not executable instead of silently using another browser', () => {
    const { system } = fakeSystem({
      env: { CHROMIUM_PATH: '/nowhere/chrome' },
      executables: ['/usr/bin/chromium'],
    });
    const result = findBrowser(system);
    expect(errorOf(result)).toContain('CHROMIUM_PATH=/nowhere/chrome');
  });

  it('treats an empty CHROMIUM_PATH as unset', () => {
    const { system } = fakeSystem({
      env: { CHROMIUM_PATH: '' },
      executables: ['/usr/bin/chromium'],
    });
    expect(findBrowser(system)).toEqual({ path: '/usr/bin/chromium' });
  });
});

describe('missingBrowserMessage', () => {
  it.each([
    [
      'linux',
      DEBIAN_OS_RELEASE,
      "Debian's chromium (as root: apt-get install chromium fonts-dejavu-core)",
    ],
    ['linux', UBUNTU_OS_RELEASE, "your distribution's package manager"],
    ['darwin', null, 'Google Chrome or Chromium into /Applications'],
    ['win32', null, 'install Chromium or Google Chrome'],
  ])('%s (%j) says what to install, on one line', (platform, osRelease, says) => {
    const { system } = fakeSystem({ platform, osRelease });
    const message = missingBrowserMessage(system);
    expect(message).toContain(says);
    expect(message).toContain('CHROMIUM_PATH');
    expect(message).not.toContain('\n');
  });
});

describe('ensureBrowser', () => {
  it('runs nothing when a browser is found, even as root on Debian', () => {
    const { system, runs } = fakeSystem({ uid: 0, executables: ['/usr/bin/chromium'] });
    expect(ensureBrowser(system)).toEqual({ path: '/usr/bin/chromium', installed: false });
    expect(runs).toEqual([]);
  });

  it('as root on Debian installs chromium the way CI does: update, then install, non-interactive', () => {
    const { system, runs, logs } = fakeSystem({ uid: 0, env: { PATH: '/usr/bin' } });
    expect(ensureBrowser(system)).toEqual({ path: '/usr/bin/chromium', installed: true });
    expect(runs.map(({ command, args }) => [command, ...args])).toEqual([
      ['apt-get', 'update'],
      ['apt-get', 'install', '-y', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'],
    ]);
    for (const run of runs) {
      expect(run.env).toMatchObject({ DEBIAN_FRONTEND: 'noninteractive', PATH: '/usr/bin' });
    }
    expect(logs).toHaveLength(1);
  });

  it('as a normal user on Debian installs nothing and says what to install', () => {
    const { system, runs } = fakeSystem({ uid: 1000 });
    const result = ensureBrowser(system);
    expect(errorOf(result)).toContain("install Debian's chromium");
    expect(runs).toEqual([]);
  });

  it.each([
    ['Ubuntu (its chromium package is a snap)', { osRelease: UBUNTU_OS_RELEASE }],
    ['an unknown Linux', { osRelease: null }],
    ['macOS', { platform: 'darwin', osRelease: null }],
  ])('as root on %s installs nothing', (_name, options: FakeOptions) => {
    const { system, runs } = fakeSystem({ uid: 0, ...options });
    expect(errorOf(ensureBrowser(system))).toContain('no Chromium');
    expect(runs).toEqual([]);
  });

  it('as root on Debian with a CHROMIUM_PATH that points nowhere installs nothing', () => {
    const { system, runs } = fakeSystem({ uid: 0, env: { CHROMIUM_PATH: '/nowhere' } });
    expect(errorOf(ensureBrowser(system))).toContain('CHROMIUM_PATH');
    expect(runs).toEqual([]);
  });

  it('stops at a failed apt-get update without installing', () => {
    const { system, runs } = fakeSystem({ uid: 0, exitCodes: [100] });
    expect(ensureBrowser(system)).toEqual({
      error: 'browser: apt-get update failed (exit 100); chromium is not installed.',
    });
    expect(runs).toHaveLength(1);
  });

  it('reports a failed install', () => {
    const { system } = fakeSystem({ uid: 0, exitCodes: [0, 100] });
    expect(ensureBrowser(system)).toEqual({
      error: 'browser: apt-get install failed (exit 100); chromium is not installed.',
    });
  });
});
