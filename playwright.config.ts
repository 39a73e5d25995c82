import { defineConfig } from '@playwright/test';
import { chromiumFlags } from './electron/main/chromium-switches';

/** Debian's Chromium (apt-get install chromium); Playwright never downloads a browser here. */
export const CHROMIUM = process.env['NETWELL_CHROMIUM'] ?? '/usr/bin/chromium';

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  globalSetup: './tests/e2e/global-setup.ts',
  // A folder of its own: Playwright empties it at start, and test-results/reports holds Vitest's.
  outputDir: 'test-results/playwright',
  use: {
    trace: 'retain-on-failure',
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
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            // What the desktop app starts Chromium with.
            ...chromiumFlags(),
          ],
        },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
