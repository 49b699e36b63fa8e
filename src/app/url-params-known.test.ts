// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { RESERVED_PARAMS, FILTER_PARAMS } from '@/features/filters';
import { ALL_URL_PARAMS, URL_PARAMS } from '@/lib/url-params';

const SRC = join(process.cwd(), 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Parameter names the source reads or writes by hand: `params.get('x')`, `.set('x', ...)`, ... */
const RAW_ACCESS =
  /(?:[pP]arams|URLSearchParams\([^)]*\))\.(?:get|getAll|has|set|append|delete)\(\s*'([^']+)'/g;

describe('URL parameters', () => {
  it('every parameter the app reads or writes is in the one list (none silently dropped)', () => {
    const unknown = sourceFiles(SRC).flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      return [...text.matchAll(RAW_ACCESS)]
        .map((match) => match[1] ?? '')
        .filter((name) => !(ALL_URL_PARAMS as readonly string[]).includes(name))
        .map((name) => `${relative(SRC, path).split(sep).join('/')}: ${name}`);
    });
    expect(unknown).toEqual([]);
  });

  it('finds the parameters read by hand (the scan above is not empty)', () => {
    const text = readFileSync(join(SRC, 'features/share/model/share-urls.ts'), 'utf8');
    expect([...text.matchAll(RAW_ACCESS)].map((match) => match[1])).toContain('embed');
  });

  it('the filters keep every parameter that is not theirs: reserved = all others', () => {
    const others = Object.entries(URL_PARAMS)
      .filter(([owner]) => owner !== 'filters')
      .flatMap(([, names]) => names);
    expect([...RESERVED_PARAMS].sort()).toEqual([...others].sort());
    expect([...FILTER_PARAMS, ...RESERVED_PARAMS].sort()).toEqual([...ALL_URL_PARAMS].sort());
    expect(new Set(ALL_URL_PARAMS).size).toBe(ALL_URL_PARAMS.length);
  });
});
