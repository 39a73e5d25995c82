import { readFileSync, statSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  browserCommand,
  launchPage,
  listeningAddress,
  writeLaunchFile,
} from '../../scripts/open-browser.mjs';
import { tempDir } from '../unit/temp-dir';

const line = 'Netwell web host listening on http://127.0.0.1:5718/?token=Ab-_09xyz\n';
const url = 'http://127.0.0.1:5718/?token=Ab-_09xyz';

describe("npm start's fallback opens the printed address, key included", () => {
  it('waits for the whole listening line', () => {
    expect(listeningAddress('building...\n')).toBeNull();
    expect(listeningAddress(line.slice(0, -4))).toBeNull();
    expect(listeningAddress(`building...\n${line}Data folder: /tmp/x\n`)).toBe(url);
  });

  it('keeps the key off every command line: the browser opens a private launch file', () => {
    const launch = writeLaunchFile(url, tempDir())!;
    expect(readFileSync(launch.file, 'utf8')).toContain(`content="0;url=${url}"`);
    if (process.platform !== 'win32') {
      expect(statSync(launch.file).mode & 0o777).toBe(0o600);
      expect(statSync(dirname(launch.file)).mode & 0o777).toBe(0o700);
    }
    const [command, args] = browserCommand(launch.file, 'linux')!;
    expect(command).toBe('xdg-open');
    expect(args.join(' ')).not.toContain('Ab-_09xyz');
    launch.remove();
    expect(existsSync(launch.file)).toBe(false);
  });

  it('writes a launch page only for its own kind of address', () => {
    expect(launchPage('http://127.0.0.1:1/?token=a"><script>')).toBeNull();
    expect(launchPage('https://example.com/?token=abc')).toBeNull();
    expect(launchPage(url)).toContain(`href="${url}"`);
  });

  it("uses each OS's opener with the file as one argument", () => {
    expect(browserCommand('/tmp/netwell-open-x/open.html', 'darwin')).toEqual([
      'open',
      ['/tmp/netwell-open-x/open.html'],
    ]);
    const win = 'C:\\Users\\ana\\AppData\\Local\\Temp\\netwell-open-a1B2c3\\open.html';
    expect(browserCommand(win, 'win32')).toEqual([
      'rundll32',
      ['url.dll,FileProtocolHandler', win],
    ]);
    expect(browserCommand('C:\\x\\netwell-open-a&calc\\open.html', 'win32')).toBeNull();
  });
});
