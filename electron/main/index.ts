/**
 * Netwell's main process entry (out/main/index.js). Everything is wired in start-app.ts; this file
 * supplies what only the real app has: its location on disk and electron-store for settings.
 */
import { join } from 'node:path';
import { app, dialog } from 'electron';
import ElectronStore from 'electron-store';
import { startApp } from './start-app';

const mainDir = import.meta.dirname;
const appRoot = join(mainDir, '..', '..');

// An error nobody caught: say so in one sentence (Electron's default box shows a stack trace) and
// stop, rather than keep writing data in an unknown state.
process.on('uncaughtException', (error) => {
  console.error(error);
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  if (app.isReady())
    dialog.showErrorBox('Netwell has to close', `Something went wrong: ${message}`);
  app.exit(1);
});

void startApp({
  paths: {
    appRoot,
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    renderer: join(mainDir, '..', 'renderer'),
    resources: join(appRoot, 'resources'),
  },
  // electron-store names its file after `name` (default "config"), not conf's `configName`.
  settingsFactory: ({ cwd, configName, clearInvalidConfig, configFileMode }) =>
    new ElectronStore({ cwd, name: configName, clearInvalidConfig, configFileMode }),
});
