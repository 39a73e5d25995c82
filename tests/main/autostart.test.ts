import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  applyStartAtLogin,
  autostartDesktopEntry,
  autostartFile,
  escapeDesktopString,
  linuxProgram,
  quoteExecArg,
  startedAtLogin,
  type StartAtLoginContext,
} from '../../electron/main/autostart';
import { app, fake, resetFakeElectron } from './fake-electron';
import { removeDir, tempDir } from './test-core';

vi.mock('electron', () => import('./fake-electron'));

let work: string;

beforeEach(async () => {
  resetFakeElectron();
  work = await tempDir('netwell-autostart-');
});

afterEach(async () => {
  await removeDir(work);
});

const context = (overrides: Partial<StartAtLoginContext> = {}): StartAtLoginContext => ({
  platform: 'linux',
  env: { XDG_CONFIG_HOME: join(work, 'config') },
  homeDir: join(work, 'home'),
  execPath: '/opt/Netwell/netwell',
  appPath: null,
  ...overrides,
});

describe('Exec quoting (Desktop Entry Specification)', () => {
  it.each([
    ['/opt/Netwell/netwell', '/opt/Netwell/netwell'],
    ['--hidden', '--hidden'],
    ['/home/ana/Apps/Netwell 0.1.0.AppImage', '"/home/ana/Apps/Netwell 0.1.0.AppImage"'],
    ['/home/ana/$HOME/netwell', '"/home/ana/\\$HOME/netwell"'],
    ['/home/ana/it"s', '"/home/ana/it\\"s"'],
    ['/home/ana/back`tick`', '"/home/ana/back\\`tick\\`"'],
    ['C:\\odd\\path', '"C:\\\\odd\\\\path"'],
    ["/home/o'neil/netwell", `"/home/o'neil/netwell"`],
    ['/apps/100%/netwell', '/apps/100%%/netwell'],
    ['/apps/100% sure/netwell', '"/apps/100%% sure/netwell"'],
    ['/a;rm -rf ~/b', '"/a;rm -rf ~/b"'],
    ['', '""'],
  ])('%j -> %s', (arg, quoted) => {
    expect(quoteExecArg(arg)).toBe(quoted);
  });

  it('escapes the string value after quoting, so a quoted backslash becomes four', () => {
    expect(escapeDesktopString(quoteExecArg('/a\\b'))).toBe('"/a\\\\\\\\b"');
    expect(escapeDesktopString(quoteExecArg('/a$b'))).toBe('"/a\\\\$b"');
    expect(escapeDesktopString('a\nb\tc')).toBe('a\\nb\\tc');
  });
});

describe('the autostart entry', () => {
  it('starts the program hidden, enabled for GNOME and others', () => {
    expect(autostartDesktopEntry({ program: '/opt/Netwell/netwell' })).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Version=1.5',
        'Name=Netwell',
        'Comment=Networking windows, a private CRM and time offline',
        'Exec=/opt/Netwell/netwell --hidden',
        'Icon=netwell',
        'Terminal=false',
        'Categories=Network;Office;',
        'X-GNOME-Autostart-enabled=true',
        'Hidden=false',
        'NoDisplay=false',
        '',
      ].join('\n'),
    );
  });

  it('quotes an AppImage path with spaces, and passes an unpackaged app its folder', () => {
    const text = autostartDesktopEntry({
      program: '/home/ana/My Apps/Netwell.AppImage',
      args: ['/home/ana/src/netwell'],
    });
    expect(text).toContain(
      'Exec="/home/ana/My Apps/Netwell.AppImage" /home/ana/src/netwell --hidden\n',
    );
  });

  it.each([
    [{ APPIMAGE: '/home/ana/Netwell.AppImage' }, '/home/ana/Netwell.AppImage'],
    [{ APPIMAGE: '  ' }, '/opt/Netwell/netwell'],
    [{}, '/opt/Netwell/netwell'],
  ])('runs the AppImage file when there is one (%j)', (env, program) => {
    expect(linuxProgram(context({ env })).program).toBe(program);
  });

  it.each([
    [{ XDG_CONFIG_HOME: '/home/ana/.cfg' }, '/home/ana/.cfg/autostart/netwell.desktop'],
    [{ XDG_CONFIG_HOME: 'relative/cfg' }, '/home/ana/.config/autostart/netwell.desktop'],
    [{ XDG_CONFIG_HOME: '' }, '/home/ana/.config/autostart/netwell.desktop'],
    [{}, '/home/ana/.config/autostart/netwell.desktop'],
  ])('goes in XDG_CONFIG_HOME when it is absolute (%j)', (env, file) => {
    expect(autostartFile(env, '/home/ana')).toBe(file);
  });
});

describe('applyStartAtLogin', () => {
  it('writes the entry on Linux, and removes it again', () => {
    const file = join(work, 'config', 'autostart', 'netwell.desktop');
    applyStartAtLogin(
      true,
      context({ env: { ...context().env, APPIMAGE: '/apps/Netwell.AppImage' } }),
    );
    expect(readFileSync(file, 'utf8')).toContain('Exec=/apps/Netwell.AppImage --hidden\n');
    expect(statSync(file).mode & 0o777).toBe(0o644);
    applyStartAtLogin(true, context()); // idempotent, and follows the program
    expect(readFileSync(file, 'utf8')).toContain('Exec=/opt/Netwell/netwell --hidden\n');
    applyStartAtLogin(false, context());
    expect(existsSync(file)).toBe(false);
    applyStartAtLogin(false, context()); // nothing to remove is fine
    expect(fake.loginItemSettings).toBeNull(); // Electron's login items do nothing on Linux
  });

  it('uses ~/.config without XDG_CONFIG_HOME', () => {
    applyStartAtLogin(true, context({ env: {} }));
    expect(existsSync(join(work, 'home', '.config', 'autostart', 'netwell.desktop'))).toBe(true);
  });

  it('registers a login item with --hidden on Windows', () => {
    applyStartAtLogin(
      true,
      context({ platform: 'win32', execPath: 'C:\\Apps\\Netwell\\Netwell.exe' }),
    );
    expect(fake.loginItemSettings).toEqual({
      openAtLogin: true,
      path: 'C:\\Apps\\Netwell\\Netwell.exe',
      args: ['--hidden'],
    });
    applyStartAtLogin(
      false,
      context({ platform: 'win32', execPath: 'C:\\Apps\\Netwell\\Netwell.exe' }),
    );
    expect(fake.loginItemSettings).toMatchObject({ openAtLogin: false });
    expect(existsSync(join(work, 'config', 'autostart'))).toBe(false);
  });

  it('quotes the app folder of an unpackaged run on Windows', () => {
    applyStartAtLogin(true, context({ platform: 'win32', appPath: 'C:\\src\\net well' }));
    expect(fake.loginItemSettings?.['args']).toEqual(['"C:\\src\\net well"', '--hidden']);
  });

  it('registers a plain login item on macOS', () => {
    applyStartAtLogin(true, context({ platform: 'darwin' }));
    expect(fake.loginItemSettings).toEqual({ openAtLogin: true });
    applyStartAtLogin(false, context({ platform: 'darwin' }));
    expect(fake.loginItemSettings).toEqual({ openAtLogin: false });
  });

  it('fails loudly when the entry cannot be written', () => {
    const notAFolder = join(work, 'config-is-a-file');
    writeFileSync(notAFolder, '');
    expect(() =>
      applyStartAtLogin(true, context({ env: { XDG_CONFIG_HOME: notAFolder } })),
    ).toThrow(/ENOTDIR|EEXIST/);
  });
});

describe('startedAtLogin', () => {
  it.each([
    [['/opt/Netwell/netwell', '--hidden'], 'linux', false, true],
    [['/opt/Netwell/netwell'], 'linux', false, false],
    [['C:\\Netwell.exe', '--hidden'], 'win32', false, true],
    [['/Applications/Netwell.app/Contents/MacOS/Netwell'], 'darwin', true, true],
    [['/Applications/Netwell.app/Contents/MacOS/Netwell'], 'darwin', false, false],
    [['/opt/Netwell/netwell'], 'linux', true, false],
  ] as const)(
    '%j on %s (macOS says opened at login: %s) -> %s',
    (argv, platform, mac, expected) => {
      fake.wasOpenedAtLogin = mac;
      expect(startedAtLogin(argv, platform)).toBe(expected);
      expect(app.getLoginItemSettings().wasOpenedAtLogin).toBe(mac);
    },
  );
});
