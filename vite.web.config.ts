import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Builds the Node programs that are not Electron: the browser host (`node out/web/host.js`), the
 * benchmark (`node out/web/bench.js`) and the torture suite (`node out/web/torture.js`).
 * Other dependencies stay external.
 */
export default defineConfig({
  // date-fns is bundled (only what is used), as in the main process: loaded from node_modules, each
  // of its ~250 modules makes Node's ESM loader read its 200 KB package.json again.
  // The same list as electron.vite.config.ts's BUNDLED.
  ssr: { noExternal: ['date-fns', '@date-fns/tz'] },
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
