/**
 * The lint-rule equivalent for our guarded doors (eslint.config.js bans the calls; this checks
 * that each dangerous capability is used in exactly one file).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx|mts)$/.test(entry.name) ? [path] : [];
  });
}

/** Code only: comments may name these APIs (as this file's do). */
const withoutComments = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const files = [...sources(join(root, 'electron')), ...sources(join(root, 'renderer'))].map(
  (path) => ({
    path: relative(root, path).replaceAll('\\', '/'),
    text: withoutComments(readFileSync(path, 'utf8')),
  }),
);

const usersOf = (pattern: RegExp) => files.filter((f) => pattern.test(f.text)).map((f) => f.path);

describe('guarded doors', () => {
  it('only open-external.ts calls shell.openExternal', () => {
    expect(usersOf(/shell\s*\.\s*openExternal/)).toEqual(['electron/main/open-external.ts']);
  });

  it('only open-calendar-file.ts calls shell.openPath', () => {
    expect(usersOf(/shell\s*\.\s*openPath/)).toEqual(['electron/main/open-calendar-file.ts']);
  });

  it('only ipc.ts uses ipcMain, and only it sends to a web contents', () => {
    expect(usersOf(/\bipcMain\b/)).toEqual(['electron/main/ipc.ts']);
    expect(usersOf(/webContents\s*\.\s*send\s*\(/)).toEqual(['electron/main/ipc.ts']);
  });

  it('only the preload uses ipcRenderer and contextBridge', () => {
    expect(usersOf(/\bipcRenderer\b/)).toEqual(['electron/preload/index.ts']);
    expect(usersOf(/\bcontextBridge\b/)).toEqual(['electron/preload/index.ts']);
  });

  it('only main-window.ts creates a BrowserWindow', () => {
    expect(usersOf(/new\s+BrowserWindow\s*\(/)).toEqual(['electron/main/main-window.ts']);
  });

  it('only the site-view factory creates a WebContentsView and exempts it as a site', () => {
    expect(usersOf(/new\s+WebContentsView\s*\(/)).toEqual(['electron/main/workspace/site-view.ts']);
    expect(usersOf(/\bregisterSiteContents\s*\(/)).toEqual([
      'electron/main/workspace/site-contents.ts',
      'electron/main/workspace/site-view.ts',
    ]);
  });

  it('only autostart.ts touches login items', () => {
    expect(usersOf(/setLoginItemSettings/)).toEqual(['electron/main/autostart.ts']);
  });

  // tests/unit/architecture.test.ts covers core, shared and renderer; the web host runs on plain Node.
  it('the web host never imports electron', () => {
    const electronImport = /from\s+['"]electron['"]|require\(\s*['"]electron['"]\s*\)/;
    const offenders = files
      .filter((f) => f.path.startsWith('electron/web/'))
      .filter((f) => electronImport.test(f.text))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('no window turns a security switch off', () => {
    const risky =
      /(contextIsolation|sandbox|webSecurity)\s*:\s*false|nodeIntegration\w*\s*:\s*true|allowRunningInsecureContent\s*:\s*true|enableBlinkFeatures|experimentalFeatures\s*:\s*true|webviewTag\s*:\s*true/;
    expect(usersOf(risky)).toEqual([]);
  });
});
