// @vitest-environment node
// The compile hint on the first-view chunk: first line, source map moved down by one line, other
// chunks untouched, never added twice.
import { describe, expect, it } from 'vitest';
import { EAGER_COMPILE_HINT, eagerCompileHint, shiftSourceMapDown } from './eager-compile-hint';

type Output =
  | {
      type: 'chunk';
      name: string;
      fileName: string;
      code: string;
      map: { mappings: string } | null;
    }
  | { type: 'asset'; fileName: string; source: string };

function runPlugin(bundle: Record<string, Output>) {
  const hook = eagerCompileHint('first-view').generateBundle as unknown as {
    order: string;
    handler: (options: unknown, bundle: Record<string, Output>) => void;
  };
  expect(hook.order).toBe('post');
  hook.handler({}, bundle);
  return bundle;
}

const map = (mappings: string) => JSON.stringify({ version: 3, sources: ['a.ts'], mappings });

describe('eagerCompileHint', () => {
  it('puts the hint on the first line of the named chunk and moves its source map down', () => {
    const bundle = runPlugin({
      'assets/first-view-x.js': {
        type: 'chunk',
        name: 'first-view',
        fileName: 'assets/first-view-x.js',
        code: 'const a=1;\nexport{a};',
        map: null,
      },
      'assets/first-view-x.js.map': {
        type: 'asset',
        fileName: 'assets/first-view-x.js.map',
        source: map('AAAA;AACA'),
      },
      'assets/other-y.js': {
        type: 'chunk',
        name: 'other',
        fileName: 'assets/other-y.js',
        code: 'export const b=2;',
        map: null,
      },
    });
    const first = bundle['assets/first-view-x.js'];
    const asset = bundle['assets/first-view-x.js.map'];
    const other = bundle['assets/other-y.js'];
    expect(first?.type === 'chunk' && first.code).toBe(
      `${EAGER_COMPILE_HINT}\nconst a=1;\nexport{a};`,
    );
    expect(asset?.type === 'asset' && JSON.parse(asset.source)).toEqual({
      version: 3,
      sources: ['a.ts'],
      mappings: ';AAAA;AACA',
    });
    expect(other?.type === 'chunk' && other.code).toBe('export const b=2;');
  });

  it('moves an in-memory source map when there is no map file, and never adds the hint twice', () => {
    const chunk: Output = {
      type: 'chunk',
      name: 'first-view',
      fileName: 'assets/first-view-x.js',
      code: 'let c;',
      map: { mappings: 'AAAA' },
    };
    runPlugin({ [chunk.fileName]: chunk });
    runPlugin({ [chunk.fileName]: chunk });
    expect(chunk.code).toBe(`${EAGER_COMPILE_HINT}\nlet c;`);
    expect(chunk.map?.mappings).toBe(';AAAA');
  });

  it('shifts a source map by one generated line, keeping its other fields', () => {
    expect(JSON.parse(shiftSourceMapDown(map('AAAA,CAAC')))).toEqual({
      version: 3,
      sources: ['a.ts'],
      mappings: ';AAAA,CAAC',
    });
  });
});
