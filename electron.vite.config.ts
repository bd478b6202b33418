import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Explicit entries: electron-vite's defaults assume src/main, src/preload and src/renderer.
export default defineConfig({
  main: {
    plugins: [
      externalizeDepsPlugin(),
      {
        // The store reads its numbered SQL migrations from disk, beside the running module.
        name: 'copy-migrations',
        closeBundle() {
          cpSync(resolve(__dirname, 'src-main/store/migrations'), resolve(__dirname, 'out/main/migrations'), { recursive: true });
        },
      },
    ],
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'src-main/electron/main.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron': bundle its dependencies (zod, for the
      // contract's call names) instead of externalising them.
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/electron/preload.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } },
      // electron-vite leaves the renderer unminified by default; the bundle halves when minified.
      // KAOPING_NO_MINIFY=1 keeps names readable in a CPU profile of the built app.
      minify: process.env.KAOPING_NO_MINIFY ? false : true,
      chunkSizeWarningLimit: 4000,
    },
    worker: { format: 'es' },
  },
});
