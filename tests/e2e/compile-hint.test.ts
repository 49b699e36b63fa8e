// The build under test (E2E_DIST, built by scripts/e2e.mjs) gives V8 its compile hint on the
// first line of the first-view chunk, and on no other script (scripts/vite/eager-compile-hint.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { EAGER_COMPILE_HINT } from '../../scripts/vite/eager-compile-hint.ts';

void test('only the first-view chunk starts with the compile hint', () => {
  const assets = path.join(path.resolve(process.env.E2E_DIST ?? 'dist'), 'assets');
  const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
  const hinted = scripts.filter((file) =>
    readFileSync(path.join(assets, file), 'utf8').startsWith(`${EAGER_COMPILE_HINT}\n`),
  );
  assert.equal(hinted.length, 1, `hinted: ${hinted.join(', ') || 'none'}`);
  assert.match(hinted[0] ?? '', /^first-view-.*\.js$/);
});
