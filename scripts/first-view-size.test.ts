// @vitest-environment node
// What counts as the first-view download of a build, on a made-up build folder, and the budget.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkFirstViewBudget,
  FIRST_VIEW_BUDGET_BYTES,
  firstViewFiles,
  htmlFirstViewUrls,
  staticImportsOf,
} from './first-view-size';

const HTML = `<!doctype html>
<html><head>
  <link rel="preload" href="/data/pledges.json" as="fetch" crossorigin="">
  <link rel="icon" href="data:," />
  <script type="module" crossorigin src="/assets/index-A.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/runtime-B.js">
  <link rel=stylesheet href='/assets/first-view-C.css'>
  <link rel="stylesheet" href="https://fonts.example/x.css">
  <script src="/legacy.js"></script>
</head><body><div id="root"></div></body></html>`;

describe('htmlFirstViewUrls', () => {
  it('takes module scripts, modulepreloads and style sheets of the build, nothing else', () => {
    expect(htmlFirstViewUrls(HTML)).toEqual([
      '/assets/index-A.js',
      '/assets/runtime-B.js',
      '/assets/first-view-C.css',
    ]);
  });
});

describe('staticImportsOf', () => {
  it('follows static imports and re-exports, not dynamic imports or packages', () => {
    const code = `import{a as b}from"./first-view-D.js";export{c}from'./e.js';import"./side.js";
      const s = "import x from './not-code.js'";
      import("./lazy-E.js").then(() => import('./other.js'));import "pkg";`;
    expect(staticImportsOf(code, 'index.js')).toEqual(['./first-view-D.js', './side.js', './e.js']);
  });
});

describe('firstViewFiles', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'first-view-size-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(path.join(dist, 'assets'));
  const files: Record<string, string> = {
    'index.html': HTML,
    'assets/index-A.js': `import "./runtime-B.js";import{x}from"./first-view-D.js";x(()=>import("./lazy-E.js"));`,
    'assets/runtime-B.js': `export const r = 1;`,
    'assets/first-view-C.css': `body{color:red}`.repeat(50),
    'assets/first-view-D.js': `import"./runtime-B.js";export const x=(f)=>f();${';[1,2,3].map(String)'.repeat(20)}`,
    'assets/lazy-E.js': `export const big = "${'lazy '.repeat(5000)}";`,
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dist, file), text);

  it('weighs what index.html loads and what it imports statically, each once', () => {
    const found = firstViewFiles(dist);
    expect(found.map((each) => each.file)).toEqual([
      'assets/index-A.js',
      'assets/runtime-B.js',
      'assets/first-view-C.css',
      'assets/first-view-D.js',
    ]);
    const d = files['assets/first-view-D.js'] ?? '';
    expect(found[3]).toEqual({
      file: 'assets/first-view-D.js',
      bytes: Buffer.byteLength(d),
      gzipBytes: gzipSync(d, { level: 9 }).length,
    });
  });

  it('fails on a build without index.html or with a file it asks for missing', () => {
    expect(() => firstViewFiles(path.join(dist, 'assets'))).toThrow(/index\.html is missing/);
    const broken = mkdtempSync(path.join(tmpdir(), 'first-view-size-'));
    writeFileSync(path.join(broken, 'index.html'), HTML);
    try {
      expect(() => firstViewFiles(broken)).toThrow(/assets\/index-A\.js: .* no such file/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('passes within the budget and fails over it, or with nothing weighed', () => {
    const found = firstViewFiles(dist);
    const total = found.reduce((sum, each) => sum + each.gzipBytes, 0);
    expect(checkFirstViewBudget(found, total).ok).toBe(true);
    const over = checkFirstViewBudget(found, total - 1);
    expect(over.ok).toBe(false);
    expect(over.report).toMatch(/^first view: .* gzip in 4 file\(s\), OVER the budget/);
    expect(checkFirstViewBudget([], 1000).ok).toBe(false);
    expect(FIRST_VIEW_BUDGET_BYTES).toBe(250_000);
  });
});
