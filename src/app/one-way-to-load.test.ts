// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SRC = join(process.cwd(), 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({
  path: relative(SRC, path).split(sep).join('/'),
  text: readFileSync(path, 'utf8'),
}));

describe('one way to load data', () => {
  it('calls useQuery only in api/ folders: components use the data set’s hook', () => {
    const outside = files
      .filter((file) => /\buse(Suspense)?Queries?\(/.test(file.text))
      .map((file) => file.path)
      .filter((path) => !/(^|\/)api\//.test(path));
    expect(outside).toEqual([]);
  });

  it('reads the active data-set selection in components and hooks only by subscribing', () => {
    // A query key built from getActiveSelection() at render would not follow a change of the
    // selection; components and hooks take it from useActiveSelection(). Click handlers and
    // actions (plain .ts modules) may read it once.
    const readers = files
      .filter((file) => /\.tsx$|(^|\/)use-[^/]*\.ts$/.test(file.path))
      .filter((file) => /\bgetActiveSelection\(\)/.test(file.text))
      .map((file) => file.path);
    expect(readers).toEqual([]);
  });
});
