import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Builds the Node programs that are not Electron: the browser host (`node out/web/host.js`), the
 * benchmark (`node out/web/bench.js`) and the torture suite (`node out/web/torture.js`).
 * Dependencies stay external.
 */
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/web',
    target: 'node22',
    emptyOutDir: true,
    rollupOptions: {
      input: {
        host: resolve('electron/web/main.ts'),
        bench: resolve('tests/bench/main.ts'),
        torture: resolve('tests/torture/main.ts'),
      },
      output: { entryFileNames: '[name].js', format: 'es' },
    },
  },
});
