// @vitest-environment node
// The README's two commands and CI are wired to the shared steps, not to copies of them:
// `npm test` makes sure of the browser first, `npm start` type-checks, builds and serves with the
// deployment's headers, .ci/run uses the same browser step, and npm runs no install script by default.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  allowScripts?: Record<string, boolean>;
};
const ciRun = readFileSync(path.join(root, '.ci', 'run'), 'utf8');

describe('package.json scripts', () => {
  it('npm test first makes sure there is a browser', () => {
    expect(pkg.scripts.pretest).toBe('node scripts/ensure-browser.mjs');
  });

  it('npm start runs the full build (type check included), then serves dist/ with the CSP server', () => {
    expect(pkg.scripts.build).toBe('tsc -b && vite build');
    expect(pkg.scripts.start).toBe('npm run build && node scripts/serve-dist.mjs dist');
    expect(pkg.scripts.preview).toBe('node scripts/serve-dist.mjs dist');
  });

  it('decides on every dependency install script (none runs)', () => {
    expect(pkg.allowScripts).toEqual({ esbuild: false, msw: false });
  });
});

describe('.ci/run', () => {
  it('uses the browser step of npm test and installs nothing itself', () => {
    expect(ciRun).toContain('node scripts/ensure-browser.mjs');
    expect(ciRun).not.toMatch(/apt-get (update|install)/);
  });
});
