// @vitest-environment node
// npm does not run msw's postinstall (package.json "allowScripts": { "msw": false }), which used to
// copy its worker into public/. So the committed worker must be the installed msw's own: after an
// msw upgrade, run `npx msw init public` and commit the result.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

describe('public/mockServiceWorker.js', () => {
  it("is the installed msw's worker, byte for byte", async () => {
    const packageJson = require.resolve('msw/package.json');
    const installed = await readFile(
      path.join(path.dirname(packageJson), 'lib', 'mockServiceWorker.js'),
      'utf8',
    );
    const committed = await readFile(
      path.join(projectRoot, 'public', 'mockServiceWorker.js'),
      'utf8',
    );
    const { version } = JSON.parse(await readFile(packageJson, 'utf8')) as { version: string };
    expect(committed).toContain(`const PACKAGE_VERSION = '${version}'`);
    expect(committed).toBe(installed);
  });
});
