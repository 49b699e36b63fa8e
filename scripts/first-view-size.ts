/**
 * The first-view download of a production build, read from the build itself: the files
 * dist/index.html asks for (its module scripts, `modulepreload` links and style sheets) and,
 * through the scripts' static `import` statements, every chunk they need before they run. Dynamic
 * `import()`s are not followed: they download after the first view has started. Sizes are of
 * the files on disk, compressed with gzip at level 9, as `npm run bench` weighs them.
 *
 * The budget (FIRST_VIEW_BUDGET_BYTES) and the figure it was set against are in
 * docs/benchmark.md. Checked by `npm test` (tests/e2e/first-view-size.test.ts, after the e2e
 * build) and by `npm run size` on an existing build.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseSync } from 'vite';

/** gzip bytes the first view may download: 242.7 kB measured, 250 kB allowed (docs/benchmark.md). */
export const FIRST_VIEW_BUDGET_BYTES = 250_000;

export interface FirstViewFile {
  /** Path inside the build folder, with forward slashes. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** The addresses index.html loads before the app runs: module scripts, modulepreloads, styles. */
export function htmlFirstViewUrls(html: string): string[] {
  const urls: string[] = [];
  for (const [tag = ''] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attribute = (name: string) =>
      new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
        .exec(tag)
        ?.slice(1)
        .find((value) => value !== undefined);
    const isScript = /^<script/i.test(tag);
    const rel = attribute('rel')?.toLowerCase();
    if (isScript && attribute('type') === 'module') urls.push(attribute('src') ?? '');
    if (!isScript && (rel === 'modulepreload' || rel === 'stylesheet'))
      urls.push(attribute('href') ?? '');
  }
  return urls.filter((url) => url !== '' && !/^(?:[a-z]+:)?\/\//i.test(url));
}

/** The relative specifiers a built chunk imports statically (not its dynamic imports). */
export function staticImportsOf(code: string, file: string): string[] {
  const parsed = parseSync(file, code, { lang: 'js' });
  if (parsed.errors.length > 0) throw new Error(`${file}: cannot be parsed to follow its imports`);
  return [...parsed.module.staticImports, ...parsed.module.staticExports.flatMap((e) => e.entries)]
    .map((each) => each.moduleRequest?.value)
    .filter((specifier): specifier is string => !!specifier && specifier.startsWith('.'));
}

/** Every file of the first view in `distDir`, in the order they were found. */
export function firstViewFiles(distDir: string): FirstViewFile[] {
  const htmlFile = path.join(distDir, 'index.html');
  if (!existsSync(htmlFile)) throw new Error(`${htmlFile} is missing: build first`);
  const pending = htmlFirstViewUrls(readFileSync(htmlFile, 'utf8')).map((url) =>
    path.join(distDir, decodeURI(url.split(/[?#]/)[0] ?? url)),
  );
  const seen = new Set<string>();
  const files: FirstViewFile[] = [];
  while (pending.length > 0) {
    const full = pending.shift() as string;
    if (seen.has(full)) continue;
    seen.add(full);
    const relative = path.relative(distDir, full).split(path.sep).join('/');
    if (relative.startsWith('..') || !existsSync(full))
      throw new Error(`${relative}: the first view asks for it, but the build has no such file`);
    const bytes = readFileSync(full);
    files.push({
      file: relative,
      bytes: bytes.length,
      gzipBytes: gzipSync(bytes, { level: 9 }).length,
    });
    if (/\.m?js$/.test(full))
      for (const specifier of staticImportsOf(bytes.toString('utf8'), full))
        pending.push(path.resolve(path.dirname(full), specifier));
  }
  return files;
}

export interface BudgetCheck {
  gzipBytes: number;
  budgetBytes: number;
  ok: boolean;
  report: string;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Whether the first view's gzip total is within the budget, with a report listing its files. */
export function checkFirstViewBudget(
  files: readonly FirstViewFile[],
  budgetBytes = FIRST_VIEW_BUDGET_BYTES,
): BudgetCheck {
  const gzipBytes = files.reduce((sum, each) => sum + each.gzipBytes, 0);
  const ok = files.length > 0 && gzipBytes <= budgetBytes;
  const lines = [...files]
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .map((each) => `  ${kB(each.gzipBytes).padStart(9)} gzip  ${each.file}`);
  const verdict = ok ? 'within' : 'OVER';
  const report = [
    `first view: ${kB(gzipBytes)} gzip in ${files.length} file(s), ${verdict} the budget of ${kB(budgetBytes)}`,
    ...lines,
  ].join('\n');
  return { gzipBytes, budgetBytes, ok, report };
}
