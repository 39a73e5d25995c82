/**
 * Starts the built desktop app (out/main/index.js) through Playwright's `_electron`, in its own data
 * folder, and waits for its window. Shared by the specs in this folder.
 */
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import type { ElectronBinary } from './electron-binary';

const root = join(import.meta.dirname, '..', '..');

export async function launchApp(
  binary: ElectronBinary,
  dataDir: string,
  extraEnv: Record<string, string> = {},
): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await _electron.launch({
    ...('path' in binary ? { executablePath: binary.path } : {}),
    // Chromium refuses to run as root without this (containers, CI); it drops only the OS-level
    // sandbox of that run, not the app's sandbox: true.
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      join(root, 'out', 'main', 'index.js'),
    ],
    cwd: root,
    env: { ...process.env, NETWELL_DATA_DIR: dataDir, NETWELL_TEST: '1', ...extraEnv },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}
