import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSync, type Plugin } from 'vite';

/** Exported name -> the module it comes from (absolute path, without extension) and its name there. */
export type Reexports = Map<string, { source: string; name: string }>;

/** The `@/features/<name>` import this plugin rewrites; nothing deeper (the lint rule forbids it). */
const FEATURE_INDEX = /^@\/features\/([\w-]+)$/;

/**
 * The names a feature's index.ts re-exports with `export { a, b as c, type T } from './m'`, or null
 * when the index is not made of such lines only (`export *` lines are allowed and not read: their
 * names are missing from the map). An index with code of its own (an import, a declaration, a
 * statement) is null: importing the modules it re-exports from would skip that code.
 */
export function parseReexports(indexText: string, featureDir: string): Reexports | null {
  const parsed = parseSync(path.join(featureDir, 'index.ts'), indexText);
  if (parsed.errors.length > 0) return null;
  const onlyReexports = parsed.program.body.every(
    (statement) =>
      (statement.type === 'ExportNamedDeclaration' && statement.source !== null) ||
      statement.type === 'ExportAllDeclaration',
  );
  if (!onlyReexports) return null;
  const map: Reexports = new Map();
  for (const statement of parsed.module.staticExports) {
    for (const entry of statement.entries) {
      const { importName, exportName, moduleRequest } = entry;
      if (importName.kind !== 'Name' || exportName.kind !== 'Name' || !moduleRequest) continue;
      if (!importName.name || !exportName.name || !moduleRequest.value.startsWith('.')) continue;
      map.set(exportName.name, {
        source: path.join(featureDir, moduleRequest.value),
        name: importName.name,
      });
    }
  }
  return map;
}

interface Specifier {
  text: string;
  isType: boolean;
}

function importStatement(source: string, specifiers: readonly Specifier[]): string {
  const allTypes = specifiers.every((each) => each.isType);
  const list = specifiers.map((each) =>
    each.isType && !allTypes ? `type ${each.text}` : each.text,
  );
  return `import ${allTypes ? 'type ' : ''}{ ${list.join(', ')} } from ${JSON.stringify(source)};`;
}

/**
 * Rewrites `import { a, b as c, type T } from '@/features/x'` into imports of the modules x's
 * index.ts re-exports them from. Imports are found by a parser, so text in comments and strings is
 * never touched. An import the map cannot serve whole (a name the index does not re-export with
 * `export { ... } from`, a default or namespace import, a feature without a plain index) is left as
 * it is and reported through `missing`: the bundler then loads the whole index. Line breaks are
 * kept, so the lines after an import keep their numbers.
 */
export function rewriteFeatureImports(
  code: string,
  filename: string,
  reexportsOf: (feature: string) => Reexports | null,
  missing: (feature: string, names: string[]) => void,
): string {
  const parsed = parseSync(filename, code);
  if (parsed.errors.length > 0) return code;
  let result = '';
  let copied = 0;
  for (const statement of parsed.module.staticImports) {
    const feature = FEATURE_INDEX.exec(statement.moduleRequest.value)?.[1];
    if (!feature || statement.entries.length === 0) continue;
    const map = reexportsOf(feature);
    const byModule = new Map<string, Specifier[]>();
    const unknown: string[] = [];
    for (const { importName, localName, isType } of statement.entries) {
      const entry =
        importName.kind === 'Name' && importName.name ? map?.get(importName.name) : null;
      if (!entry) {
        unknown.push(importName.kind === 'Name' ? (importName.name ?? '') : localName.value);
        continue;
      }
      const text =
        entry.name === localName.value ? entry.name : `${entry.name} as ${localName.value}`;
      byModule.set(entry.source, [...(byModule.get(entry.source) ?? []), { text, isType }]);
    }
    if (unknown.length > 0) {
      missing(feature, unknown);
      continue;
    }
    const original = code.slice(statement.start, statement.end);
    const lineBreaks = '\n'.repeat(original.split('\n').length - 1);
    const imports = [...byModule].map(([source, specifiers]) =>
      importStatement(source, specifiers),
    );
    result += code.slice(copied, statement.start) + imports.join(' ') + lineBreaks;
    copied = statement.end;
  }
  return copied === 0 ? code : result + code.slice(copied);
}

/**
 * Imports of a feature's public surface (`import { a } from '@/features/x'`) become imports of the
 * modules its index.ts re-exports them from. The code means the same; the bundler then sees which
 * module each import needs, as with the deep imports the lint rule forbids, so a first-view import
 * from an index does not put everything the index names (much of it lazy) into the first view.
 * (A `"sideEffects"` declaration does not do this here: the first-view chunk is walked from the
 * module graph's import edges, which include every module an index names.) An import that cannot
 * be rewritten is a build warning, not a silent whole-index import.
 */
export function featureIndexImports(srcDir: string): Plugin {
  const indexes = new Map<string, Reexports | null>();
  function reexportsOf(feature: string): Reexports | null {
    if (!indexes.has(feature)) {
      const dir = path.join(srcDir, 'features', feature);
      let map: Reexports | null = null;
      try {
        map = parseReexports(readFileSync(path.join(dir, 'index.ts'), 'utf8'), dir);
      } catch {
        map = null;
      }
      indexes.set(feature, map);
    }
    return indexes.get(feature) ?? null;
  }
  return {
    name: 'feature-index-imports',
    buildStart() {
      indexes.clear();
    },
    // The development server: an edited index is read again, and the modules importing it with it.
    watchChange(id) {
      if (id.startsWith(path.join(srcDir, 'features')) && id.endsWith('index.ts')) indexes.clear();
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!file.startsWith(srcDir) || !/\.[jt]sx?$/.test(file) || !code.includes('@/features/'))
        return null;
      const readIndex = (feature: string) => {
        this.addWatchFile(path.join(srcDir, 'features', feature, 'index.ts'));
        return reexportsOf(feature);
      };
      const replaced = rewriteFeatureImports(code, file, readIndex, (feature, names) =>
        this.warn(
          `${path.relative(srcDir, file)}: @/features/${feature} does not re-export ${names.join(', ')} with "export { ... } from": the whole index is imported`,
        ),
      );
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}
