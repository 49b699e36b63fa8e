// The first-view download of the build under test (E2E_DIST, built by scripts/e2e.mjs) stays
// within its budget: scripts/first-view-size.ts, figures in docs/benchmark.md.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import {
  checkFirstViewBudget,
  FIRST_VIEW_BUDGET_BYTES,
  firstViewFiles,
} from '../../scripts/first-view-size.ts';

void test('the first view downloads at most its budget of JS and CSS (gzip)', () => {
  const distDir = path.resolve(process.env.E2E_DIST ?? 'dist');
  const files = firstViewFiles(distDir);
  assert.ok(
    files.some((each) => each.file.endsWith('.js')) &&
      files.some((each) => each.file.endsWith('.css')),
    `index.html loads scripts and style sheets: ${files.map((each) => each.file).join(', ')}`,
  );
  const check = checkFirstViewBudget(files, FIRST_VIEW_BUDGET_BYTES);
  console.log(check.report);
  assert.ok(check.ok, check.report);
});
