// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeVlqSegment, lineSourceIndexes, locateInDist, moduleName } from './source-map.mjs';

describe('decodeVlqSegment', () => {
  it.each([
    { segment: 'AAAA', expected: [0, 0, 0, 0] },
    { segment: 'CAAC', expected: [1, 0, 0, 1] },
    { segment: 'ADAA', expected: [0, -1, 0, 0] },
    { segment: 'gB', expected: [16] },
    { segment: 'AAgBC', expected: [0, 0, 16, 1] },
  ])('$segment -> $expected', ({ segment, expected }) => {
    expect(decodeVlqSegment(segment)).toEqual(expected);
  });

  it('rejects characters outside base64', () => {
    expect(() => decodeVlqSegment('A*')).toThrow('invalid base64 VLQ character "*"');
  });
});

describe('lineSourceIndexes', () => {
  it('gives the source of each line, carrying the index across lines', () => {
    expect(lineSourceIndexes('AAAA;ACAA,AAAA;;ADAA;C')).toEqual([0, 1, null, 0, null]);
  });
});

describe('moduleName', () => {
  it.each([
    { source: 'node_modules/react-dom/cjs/react-dom-client.production.js', expected: 'react-dom' },
    {
      source: 'node_modules/@tanstack/query-core/build/modern/index.js',
      expected: '@tanstack/query-core',
    },
    { source: 'node_modules/a/node_modules/b/index.js', expected: 'b' },
    { source: 'src/lib/format.ts', expected: 'src/lib/format.ts' },
    { source: 'mocks/synthetic-pledges.ts', expected: 'mocks/synthetic-pledges.ts' },
  ])('$source -> $expected', ({ source, expected }) => {
    expect(moduleName(source)).toBe(expected);
  });
});

describe('locateInDist', () => {
  const made: string[] = [];
  afterAll(async () => {
    await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('reads the maps next to the scripts and names the module of a profiled line', async () => {
    const project = await mkdtemp(path.join(os.tmpdir(), 'bench-source-map-'));
    made.push(project);
    const assets = path.join(project, 'build', 'assets');
    await mkdir(assets, { recursive: true });
    const map = {
      version: 3,
      sources: ['../../src/lib/format.ts', '../../node_modules/recharts/lib/bar.js'],
      mappings: 'AAAA;ACAA',
      names: [],
    };
    await writeFile(path.join(assets, 'index-abc.js.map'), JSON.stringify(map));
    const locate = await locateInDist(path.join(project, 'build'), project);
    const at = (url: string, lineNumber: number) =>
      locate({ functionName: 'f', url, lineNumber, columnNumber: 0 });
    expect(at('http://127.0.0.1:4173/assets/index-abc.js', 0)).toBe('src/lib/format.ts');
    expect(at('http://127.0.0.1:4173/assets/index-abc.js?x=1', 1)).toBe('recharts');
    expect(at('http://127.0.0.1:4173/assets/index-abc.js', 7)).toBeNull();
    expect(at('http://127.0.0.1:4173/assets/other.js', 0)).toBeNull();
    expect(at('', 0)).toBeNull();
  });
});
