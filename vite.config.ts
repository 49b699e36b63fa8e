import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { eagerCompileHint } from './scripts/vite/eager-compile-hint.ts';
import { featureIndexImports } from './scripts/vite/feature-index-imports.ts';

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
    featureIndexImports(SRC),
    dropMockServiceWorker(),
    firstView.plugin,
    eagerCompileHint('first-view'),
    preloadFirstViewData(['pledges.json', 'fx-rates.json']),
  ],
  // The import worker is bundled apart: it reads feature indexes too.
  worker: { plugins: () => [featureIndexImports(SRC)] },
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
