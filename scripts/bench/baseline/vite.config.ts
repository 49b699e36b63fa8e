// Builds the benchmark baseline into dist-baseline/ at the project root:
//   npx vite build --config scripts/bench/baseline/vite.config.ts
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: fileURLToPath(new URL('../../../dist-baseline', import.meta.url)),
    emptyOutDir: true,
    // One bundle on purpose: this is the floor the app is compared with.
    chunkSizeWarningLimit: 1000,
  },
});
