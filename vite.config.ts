import { rmSync } from 'node:fs';
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

// The production bundle reads static files from public/data; MSW is only
// loaded by src/main.tsx in development when ?scenario=... asks for it.
export default defineConfig({
  plugins: [
    react(),
    dropMockServiceWorker(),
    preloadFirstViewData(['pledges.json', 'fx-rates.json']),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: { port: 4173, strictPort: true },
});
