import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './tests/chromium';

export default defineConfig({
  timeout: 90_000,
  expect: {
    timeout: 10_000,
    // Screenshots (tests/e2e/visual.spec.ts): still, no caret, and a little room for antialiasing.
    toHaveScreenshot: {
      animations: 'disabled',
      caret: 'hide',
      scale: 'css',
      maxDiffPixelRatio: 0.005,
      // One name per picture, with no platform or project suffix: the baselines are the README's
      // pictures, so they live in docs/.
      pathTemplate: 'docs/screenshots/{arg}{ext}',
    },
  },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  globalSetup: './tests/e2e/global-setup.ts',
  // A folder of its own: Playwright empties it at start, and test-results/reports holds Vitest's.
  outputDir: 'test-results/playwright',
  use: {
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: CHROMIUM,
          args: CHROMIUM_ARGS,
        },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
