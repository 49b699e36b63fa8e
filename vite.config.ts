import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** public/mockServiceWorker.js serves development scenarios only: keep it out of the build. */
function dropMockServiceWorker(): Plugin {
  let outDir = 'dist';
  return {
    name: 'drop-mock-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      rmSync(path.join(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/**
 * The first view's data files, requested by the HTML itself (`<link rel="preload" as="fetch">`):
 * they download while the script is still loading, instead of after it has run. The app's
 * fetch() of the same address (same mode and credentials) takes the preloaded response.
 */
function preloadFirstViewData(files: readonly string[]): Plugin {
  let base = '/';
  return {
    name: 'preload-first-view-data',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml() {
      return files.map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `${base}data/${file}`, as: 'fetch', crossorigin: '' },
        injectTo: 'head-prepend' as const,
      }));
    },
  };
}

const SRC = fileURLToPath(new URL('./src', import.meta.url));

/**
 * Imports of a feature's public surface (`import { a } from '@/features/x'`) become imports of the
 * modules its index.ts re-exports them from. The code means the same; the bundler then sees which
 * module each import needs, as with the deep imports the lint rule forbids, so a first-view import
 * from an index does not put everything the index names (much of it lazy) into the first view.
 */
function featureIndexImports(): Plugin {
  const indexes = new Map<string, Map<string, string> | null>();
  function reexports(feature: string): Map<string, string> | null {
    if (indexes.has(feature)) return indexes.get(feature) ?? null;
    const dir = path.join(SRC, 'features', feature);
    let map: Map<string, string> | null = new Map();
    try {
      const text = readFileSync(path.join(dir, 'index.ts'), 'utf8');
      for (const [, list, source] of text.matchAll(
        /export\s+(?:type\s+)?\{([^}]*)\}\s*from\s*'(\.[^']+)'/g,
      )) {
        for (const part of (list ?? '').split(',')) {
          const name = part.trim().replace(/^type\s+/, '');
          if (name) map.set(name, path.join(dir, source ?? ''));
        }
      }
    } catch {
      map = null;
    }
    indexes.set(feature, map);
    return map;
  }
  const IMPORT = /import\s*\{([^}]*)\}\s*from\s*(['"])@\/features\/([\w-]+)\2;?/g;
  return {
    name: 'feature-index-imports',
    buildStart() {
      indexes.clear();
    },
    transform(code, id) {
      if (!id.startsWith(SRC) || !code.includes('@/features/')) return null;
      const replaced = code.replace(
        IMPORT,
        (whole, list: string, _quote: string, feature: string) => {
          const map = reexports(feature);
          if (!map) return whole;
          const byModule = new Map<string, string[]>();
          for (const part of list
            .split(',')
            .map((each) => each.trim())
            .filter(Boolean)) {
            const name = part.split(/\s+as\s+/)[0]?.trim() ?? '';
            const source = map.get(name);
            if (!source) return whole;
            byModule.set(source, [...(byModule.get(source) ?? []), part]);
          }
          return [...byModule]
            .map(
              ([source, names]) => `import { ${names.join(', ')} } from ${JSON.stringify(source)};`,
            )
            .join(' ');
        },
      );
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}

/**
 * Every module the entry imports statically (the first view) goes into one chunk. Left to itself,
 * the bundler splits what the first view shares with lazy chunks into eight small common chunks;
 * compressed together they are about 5 kB smaller (gzip) and arrive as one request. The set is walked from
 * the module graph at the end of each build, so it follows the code without a list to maintain.
 */
function firstViewChunk(entry: string) {
  const firstView = new Set<string>();
  const plugin: Plugin = {
    name: 'first-view-chunk',
    apply: 'build',
    buildEnd() {
      firstView.clear();
      const pending = [...this.getModuleIds()].filter((id) => id.endsWith(entry));
      while (pending.length > 0) {
        const id = pending.pop() as string;
        // Packages stay with the bundler: a package's index names modules only lazy code uses.
        if (firstView.has(id) || id.includes('/node_modules/')) continue;
        firstView.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  const group = { name: 'first-view', test: (id: string) => firstView.has(id) };
  return { plugin, group };
}

const firstView = firstViewChunk('/src/main.tsx');

// The production bundle reads static files from public/data; MSW is only
// loaded by src/main.tsx in development when ?scenario=... asks for it.
export default defineConfig({
  plugins: [
    react(),
    featureIndexImports(),
    dropMockServiceWorker(),
    firstView.plugin,
    preloadFirstViewData(['pledges.json', 'fx-rates.json']),
  ],
  // The import worker is bundled apart: it reads feature indexes too.
  worker: { plugins: () => [featureIndexImports()] },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    rolldownOptions: { output: { codeSplitting: { groups: [firstView.group] } } },
    sourcemap: false,
  },
  preview: { port: 4173, strictPort: true },
});
