import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/main/**/*.test.ts',
      'tests/security/**/*.test.ts',
      'tests/web/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
    // One module graph per worker, not one per file: importing the core and its libraries again
    // for each of 180 files was over half of the run (256 s on a fresh clone; 101 s without).
    // Tests leave no global state behind (fake timers and stubs are restored in each file).
    isolate: false,
    // Real servers, child processes and fixed waits (the data-folder lock's blocked event loop
    // waits 4 s by design): Vitest's 5 s default failed one of them on a busy CI machine.
    // A timeout only catches a hang; no test measures time with it.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
