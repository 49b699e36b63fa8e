// @vitest-environment node
// The build's rewrite of feature-index imports: on made-up sources, then on every real source file
// against the real feature indexes (each rewritten import must name a real module that exports it).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  featureIndexImports,
  parseReexports,
  rewriteFeatureImports,
} from './feature-index-imports';

const DIR = '/app/src/features/x';

const INDEX = `// The feature's public surface.
export { alpha, beta } from './model/alpha';
export { Gamma } from './ui/gamma';
export { delta as renamed } from './model/delta';
export type { Row, Options } from './model/types';
export { type Shape, epsilon } from './model/shape';
export { default as Panel } from './ui/panel';
`;

function rewrite(code: string, index = INDEX) {
  const missing: string[] = [];
  const out = rewriteFeatureImports(
    code,
    '/app/src/app/page.tsx',
    (feature) => (feature === 'x' ? parseReexports(index, DIR) : null),
    (feature, names) => missing.push(`${feature}: ${names.join(', ')}`),
  );
  return { out, missing };
}

describe('parseReexports', () => {
  it('maps each exported name to its module and its name there', () => {
    const map = parseReexports(INDEX, DIR);
    expect(map && Object.fromEntries(map)).toEqual({
      alpha: { source: `${DIR}/model/alpha`, name: 'alpha' },
      beta: { source: `${DIR}/model/alpha`, name: 'beta' },
      Gamma: { source: `${DIR}/ui/gamma`, name: 'Gamma' },
      renamed: { source: `${DIR}/model/delta`, name: 'delta' },
      Row: { source: `${DIR}/model/types`, name: 'Row' },
      Options: { source: `${DIR}/model/types`, name: 'Options' },
      Shape: { source: `${DIR}/model/shape`, name: 'Shape' },
      epsilon: { source: `${DIR}/model/shape`, name: 'epsilon' },
      Panel: { source: `${DIR}/ui/panel`, name: 'default' },
    });
  });

  it('does not read `export *` (its names are missing) and reads the lines around it', () => {
    const map = parseReexports(
      `export * from './all';\nexport * as ns from './ns';\nexport { a } from './a';`,
      DIR,
    );
    expect(map && [...map.keys()]).toEqual(['a']);
  });

  it('refuses an index with code of its own: skipping it would change what the app runs', () => {
    expect(parseReexports(`import './register';\nexport { a } from './a';`, DIR)).toBeNull();
    expect(parseReexports(`export { a } from './a';\nexport const b = 1;`, DIR)).toBeNull();
    expect(parseReexports(`import { a } from './a';\nexport { a };`, DIR)).toBeNull();
    expect(parseReexports(`export { a } from './a'; setUp();`, DIR)).toBeNull();
    expect(parseReexports(`export { a } from './a`, DIR)).toBeNull();
  });
});

describe('rewriteFeatureImports', () => {
  it('splits a multi-name import by module, keeping the names and their order', () => {
    const { out, missing } = rewrite(
      `import { beta, Gamma, alpha } from '@/features/x';\nuse();\n`,
    );
    expect(out).toBe(
      `import { beta, alpha } from "${DIR}/model/alpha"; import { Gamma } from "${DIR}/ui/gamma";\nuse();\n`,
    );
    expect(missing).toEqual([]);
  });

  it('keeps local aliases and follows the index’s own renames and default re-exports', () => {
    const { out } = rewrite(
      `import { alpha as a, renamed, renamed as r2, Panel as P } from "@/features/x"`,
    );
    expect(out).toBe(
      `import { alpha as a } from "${DIR}/model/alpha"; ` +
        `import { delta as renamed, delta as r2 } from "${DIR}/model/delta"; ` +
        `import { default as P } from "${DIR}/ui/panel";`,
    );
  });

  it('keeps type-only imports type-only, whole or per name', () => {
    expect(rewrite(`import type { Row, Shape } from '@/features/x';`).out).toBe(
      `import type { Row } from "${DIR}/model/types"; import type { Shape } from "${DIR}/model/shape";`,
    );
    expect(rewrite(`import { type Shape, epsilon, type Row } from '@/features/x';`).out).toBe(
      `import { type Shape, epsilon } from "${DIR}/model/shape"; import type { Row } from "${DIR}/model/types";`,
    );
  });

  it('keeps the whole import, and reports it, when one name is not re-exported', () => {
    const code = `import { alpha, notThere } from '@/features/x';\n`;
    expect(rewrite(code)).toEqual({ out: code, missing: ['x: notThere'] });
  });

  it('keeps an import whose names come from `export *` or from code in the index', () => {
    const code = `import { alpha, fromStar } from '@/features/x';`;
    const starIndex = `export { alpha } from './model/alpha';\nexport * from './model/more';`;
    expect(rewrite(code, starIndex)).toEqual({ out: code, missing: ['x: fromStar'] });
    const codeIndex = `export { alpha } from './model/alpha';\nexport const fromStar = 1;`;
    expect(rewrite(`import { alpha } from '@/features/x';`, codeIndex).out).toBe(
      `import { alpha } from '@/features/x';`,
    );
  });

  it('keeps default, namespace and bare imports, other features and deep paths', () => {
    const code = [
      `import x from '@/features/x';`,
      `import * as ns from '@/features/x';`,
      `import '@/features/x';`,
      `import { alpha } from '@/features/x/model/alpha';`,
      `import { alpha as other } from '@/features/y';`,
      `import { alpha as lib } from '@/lib/x';`,
    ].join('\n');
    const { out, missing } = rewrite(code);
    expect(out).toBe(code);
    expect(missing).toEqual(['x: x', 'x: ns', 'y: alpha']);
  });

  it('leaves comments and strings alone, also after non-ASCII text, and keeps line numbers', () => {
    const code = [
      `// Übersicht: import { alpha } from '@/features/x';`,
      `/* import { Gamma } from '@/features/x'; – „Zitat“ */`,
      `const s = "import { beta } from '@/features/x';";`,
      'const t = `import { beta } from "@/features/x";`;',
      `import {`,
      `  alpha, // the first`,
      `  /* the second */ Gamma,`,
      `} from '@/features/x';`,
      `export const u = 'ü';`,
    ].join('\n');
    const { out } = rewrite(code);
    const lines = out.split('\n');
    expect(lines.slice(0, 4)).toEqual(code.split('\n').slice(0, 4));
    expect(lines[4]).toBe(
      `import { alpha } from "${DIR}/model/alpha"; import { Gamma } from "${DIR}/ui/gamma";`,
    );
    expect(lines.slice(5)).toEqual(['', '', '', `export const u = 'ü';`]);
  });

  it('leaves code it cannot parse to the bundler, which reports the error', () => {
    const code = `import { alpha } from '@/features/x';\nconst = ;`;
    expect(rewrite(code).out).toBe(code);
  });
});

describe('featureIndexImports (the plugin)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'feature-index-imports-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const src = path.join(root, 'src');
  mkdirSync(path.join(src, 'features', 'x', 'model'), { recursive: true });
  writeFileSync(path.join(src, 'features', 'x', 'index.ts'), `export { a } from './model/a';\n`);

  function transform(code: string, id: string) {
    const plugin = featureIndexImports(src);
    const warnings: string[] = [];
    const watched: string[] = [];
    const context = {
      warn: (message: string) => warnings.push(message),
      addWatchFile: (file: string) => watched.push(file),
    };
    const hook = plugin.transform as unknown as (
      this: typeof context,
      code: string,
      id: string,
    ) => unknown;
    return { result: hook.call(context, code, id), warnings, watched };
  }

  it('rewrites files under src from the index on disk, and watches the index', () => {
    const { result, warnings, watched } = transform(
      `import { a } from '@/features/x';`,
      path.join(src, 'app', 'page.tsx'),
    );
    expect(result).toEqual({
      code: `import { a } from ${JSON.stringify(path.join(src, 'features/x/model/a'))};`,
      map: null,
    });
    expect(warnings).toEqual([]);
    expect(watched).toEqual([path.join(src, 'features', 'x', 'index.ts')]);
  });

  it('warns about an import it must keep, and leaves files outside src alone', () => {
    const kept = transform(`import { b } from '@/features/x';`, path.join(src, 'app', 'page.ts'));
    expect(kept.result).toBeNull();
    expect(kept.warnings).toEqual([
      'app/page.ts: @/features/x does not re-export b with "export { ... } from": the whole index is imported',
    ]);
    const outside = transform(`import { a } from '@/features/x';`, path.join(root, 'other.ts'));
    expect(outside.result).toBeNull();
  });
});

describe('the real sources', () => {
  const SRC = fileURLToPath(new URL('../../src', import.meta.url));
  const features = readdirSync(path.join(SRC, 'features'));
  const indexes = new Map(
    features.map((feature) => {
      const dir = path.join(SRC, 'features', feature);
      return [feature, parseReexports(readFileSync(path.join(dir, 'index.ts'), 'utf8'), dir)];
    }),
  );

  function resolveModule(source: string): string | undefined {
    return [`${source}.ts`, `${source}.tsx`, path.join(source, 'index.ts')].find(existsSync);
  }

  /** The names a module exports, following its own `export *` lines. */
  function exportsOf(file: string, seen = new Set<string>()): Set<string> {
    const names = new Set<string>();
    if (seen.has(file)) return names;
    seen.add(file);
    for (const statement of parseSync(file, readFileSync(file, 'utf8')).module.staticExports) {
      for (const { exportName, importName, moduleRequest } of statement.entries) {
        if (exportName.kind === 'Default') names.add('default');
        else if (exportName.name) names.add(exportName.name);
        else if (importName.kind === 'AllButDefault' && moduleRequest) {
          const target = resolveModule(path.resolve(path.dirname(file), moduleRequest.value));
          if (target) for (const name of exportsOf(target, seen)) names.add(name);
        }
      }
    }
    return names;
  }

  function sourceFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(full);
      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
    });
  }

  it('every feature index is plain re-export lines', () => {
    expect(features.filter((feature) => indexes.get(feature) === null)).toEqual([]);
  });

  it('rewrites every import of a feature index into imports of real modules that export the names', () => {
    const missing: string[] = [];
    const problems: string[] = [];
    let rewritten = 0;
    for (const file of sourceFiles(SRC)) {
      const code = readFileSync(file, 'utf8');
      if (!code.includes('@/features/')) continue;
      const out = rewriteFeatureImports(
        code,
        file,
        (feature) => indexes.get(feature) ?? null,
        (feature, names) =>
          missing.push(`${path.relative(SRC, file)}: ${feature}: ${names.join(', ')}`),
      );
      if (out === code) continue;
      for (const statement of parseSync(file, out).module.staticImports) {
        const source = statement.moduleRequest.value;
        if (!path.isAbsolute(source)) continue;
        rewritten += 1;
        const target = resolveModule(source);
        if (!target) {
          problems.push(`${path.relative(SRC, file)}: ${source} is not a file`);
          continue;
        }
        const exported = exportsOf(target);
        for (const { importName } of statement.entries) {
          if (!exported.has(importName.name ?? 'default'))
            problems.push(`${path.relative(SRC, target)} does not export ${importName.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(problems).toEqual([]);
    expect(rewritten).toBeGreaterThan(100);
  });
});
