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
  },
});
