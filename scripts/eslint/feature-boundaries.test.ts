// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ESLint, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { featureBoundaries, findPath, importSpecifiers } from './feature-boundaries.mjs';

/** A throwaway project: src/features/{a,b,c}, src/lib, src/app, with the files given. */
function project(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'feature-boundaries-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

describe('feature-boundaries, one file at a time (RuleTester)', () => {
  const root = project({
    'src/features/a/index.ts': "export { x } from './model/x';\n",
    'src/features/a/model/x.ts': 'export const x = 1;\n',
    'src/features/b/index.ts': "export { y } from './y';\n",
    'src/features/b/y.ts': "import { x } from '@/features/a';\nexport const y = x;\n",
  });
  roots.push(root);
  const src = path.join(root, 'src');
  const options = [{ srcDir: src }];
  const at = (name: string) => path.join(root, name);
  const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

  tester.run('feature-boundaries', featureBoundaries, {
    valid: [
      { filename: at('src/app/app.tsx'), code: "import { x } from '@/features/a';", options },
      { filename: at('src/app/app.tsx'), code: "import { x } from '@/features/a/index';", options },
      { filename: at('src/features/a/model/z.ts'), code: "import { x } from './x';", options },
      {
        filename: at('src/features/a/z.ts'),
        code: "import { x } from '@/features/a/model/x';",
        options,
      },
      { filename: at('src/features/c/z.ts'), code: "import { y } from '@/features/b';", options },
      { filename: at('src/lib/z.ts'), code: "import { v } from '@/lib/v';", options },
      { filename: at('src/features/c/z.ts'), code: "const m = import('@/features/a');", options },
    ],
    invalid: [
      {
        filename: at('src/app/app.tsx'),
        code: "import { x } from '@/features/a/model/x';",
        options,
        errors: [{ messageId: 'deepImport' }],
      },
      {
        filename: at('src/features/c/z.ts'),
        code: "import { x } from '../a/model/x';",
        options,
        errors: [{ messageId: 'deepImport' }],
      },
      {
        filename: at('src/features/c/z.ts'),
        code: "const m = import('@/features/a/model/x');",
        options,
        errors: [{ messageId: 'deepImport' }],
      },
      {
        filename: at('src/features/c/z.test.ts'),
        code: "vi.mock('@/features/a/model/x');",
        options,
        errors: [{ messageId: 'deepImport' }],
      },
      {
        filename: at('src/features/c/z.ts'),
        code: "export { x } from '@/features/a/model/x';",
        options,
        errors: [{ messageId: 'deepImport' }],
      },
      {
        filename: at('src/lib/z.ts'),
        code: "import { x } from '@/features/a';",
        options,
        errors: [{ messageId: 'sharedImportsFeature' }],
      },
      {
        filename: at('src/components/z.tsx'),
        code: "import { y } from '../features/b/y';",
        options,
        errors: [{ messageId: 'sharedImportsFeature' }],
      },
      {
        filename: at('src/features/a/z.ts'),
        code: "import { App } from '@/app/app';",
        options,
        errors: [{ messageId: 'importsApp' }],
      },
      {
        // a -> b while b -> a (b/y.ts on disk): a cycle, even through the public surface.
        filename: at('src/features/a/z.ts'),
        code: "import { y } from '@/features/b';",
        options,
        errors: [{ messageId: 'cycle', data: { from: 'a', to: 'b', route: 'a -> b -> a' } }],
      },
    ],
  });
});

describe('feature-boundaries through eslint.config.js-style set-up (a whole project)', () => {
  it('fails a project with a deep import and a cycle between three features, and passes it fixed', async () => {
    const root = project({
      'src/features/a/index.ts': "export { a } from './a';\n",
      'src/features/a/a.ts': "import { b } from '@/features/b';\nexport const a = b + 1;\n",
      'src/features/b/index.ts': "export { b } from './b';\n",
      'src/features/b/b.ts': "import { c } from '@/features/c/inner/c';\nexport const b = c + 1;\n",
      'src/features/c/index.ts': "export { c } from './inner/c';\n",
      'src/features/c/inner/c.ts': "import { a } from '../../a';\nexport const c = typeof a;\n",
    });
    roots.push(root);
    const lint = async () => {
      const eslint = new ESLint({
        cwd: root,
        overrideConfigFile: true,
        overrideConfig: [
          {
            files: ['**/*.ts'],
            languageOptions: { parser: tseslint.parser },
            plugins: { local: { rules: { 'feature-boundaries': featureBoundaries } } },
            rules: { 'local/feature-boundaries': 'error' },
          },
        ],
      });
      const results = await eslint.lintFiles(['src/**/*.ts']);
      return results.flatMap((result) =>
        result.messages.map(
          (message) =>
            `${path.relative(root, result.filePath)}: ${message.messageId ?? message.message}`,
        ),
      );
    };

    const before = await lint();
    expect(before).toContain('src/features/b/b.ts: deepImport');
    expect(before.filter((line) => line.endsWith('cycle'))).toEqual([
      'src/features/a/a.ts: cycle',
      'src/features/b/b.ts: cycle',
      'src/features/c/inner/c.ts: cycle',
    ]);

    // The fix: b uses c's public surface, and c no longer needs a.
    fs.writeFileSync(
      path.join(root, 'src/features/b/b.ts'),
      "import { c } from '@/features/c';\nexport const b = c + 1;\n",
    );
    fs.writeFileSync(path.join(root, 'src/features/c/inner/c.ts'), 'export const c = 1;\n');
    expect(await lint()).toEqual([]);
  });
});

describe('the pieces', () => {
  it('reads every kind of import specifier', () => {
    const text = [
      "import a from './a';",
      "import type { B } from '@/b';",
      "export * from '../c';",
      "import './d.css';",
      "const e = await import('./e');",
      "vi.mock('@/f', () => ({}));",
      "import {\n  g,\n} from './g';",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['./a', '@/b', '../c', './d.css', './e', '@/f', './g']);
  });

  it('finds a route between features, or none', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set<string>()],
    ]);
    expect(findPath(graph, 'a', 'c')).toEqual(['a', 'b', 'c']);
    expect(findPath(graph, 'c', 'a')).toBeUndefined();
  });
});
