import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelOf } from '../../electron/shared/api';
import { CONTENT_SECURITY_POLICY } from '../../electron/shared/csp';
import type { Core } from '../../electron/core/app/create-core';
import { ManualClock } from '../fixtures/manual-clock';
import type { ClockReadings } from '../../electron/main/clock-watch';
import { startApp, type RunningApp, type StartOptions } from '../../electron/main/start-app';
import {
  app,
  fake,
  FakeBrowserWindow,
  FakeMenu,
  FakeNotification,
  FakeTray,
  FakeWebContentsView,
  type FakeMenuItem,
  ipcMain,
  powerMonitor,
  protocol,
  resetFakeElectron,
  session,
} from './fake-electron';
import { confFactory, removeDir, tempDir, testCore } from './test-core';

vi.mock('electron', () => import('./fake-electron'));

const repoRoot = join(import.meta.dirname, '..', '..');
let work: string;
let dataDir: string;
let rendererDir: string;
const started: RunningApp[] = [];
const extraCores: Core[] = [];

const flush = () => new Promise((resolve) => setImmediate(resolve));

/** Waits (a little) for an asynchronous shutdown step. */
async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

async function launch(overrides: Partial<StartOptions> = {}): Promise<RunningApp | null> {
  const running = startApp({
    paths: {
      appRoot: repoRoot,
      preload: '/app/out/preload/index.cjs',
      renderer: rendererDir,
      resources: join(repoRoot, 'resources'),
    },
    settingsFactory: confFactory,
    env: { NETWELL_DATA_DIR: dataDir },
    platform: 'linux',
    log: () => undefined,
    ...overrides,
  });
  app.becomeReady();
  const result = await running;
  if (result) started.push(result);
  await flush();
  return result;
}

const mainWindow = (running: RunningApp) => running.mainWindow() as unknown as FakeBrowserWindow;

/** Calls the core through IPC from the main window's page, as the renderer does. */
async function call(running: RunningApp, name: string, input?: unknown): Promise<unknown> {
  const contents = mainWindow(running).webContents;
  return ipcMain.invoke(
    channelOf(name as never),
    { sender: contents, senderFrame: contents.mainFrame },
    input,
  );
}

/** Quits the way the tray's "Quit Netwell" does, and waits for the core to close. */
async function quitFromTray(): Promise<void> {
  FakeTray.all[0]?.choose('quit');
  await waitFor(() => fake.exitCode !== null);
}

beforeEach(async () => {
  resetFakeElectron();
  work = await tempDir();
  dataDir = join(work, 'data');
  rendererDir = join(work, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Netwell</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(work, 'secret.txt'), 'do not serve');
});

afterEach(async () => {
  try {
    for (const running of started.splice(0)) await running.core.close();
    for (const core of extraCores.splice(0)) await core.close();
  } finally {
    await removeDir(work);
  }
});

describe('starting', () => {
  it('prepares the app before it is ready: scheme, sandbox, name, data folder', async () => {
    const running = await launch();
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.sandboxEnabled).toBe(true);
    // Replies from the core are not held back until the frame after a key press.
    expect(fake.switches).toEqual([['disable-features', 'DeferRendererTasksAfterInput']]);
    expect(app.getName()).toBe('Netwell');
    expect(running?.dataDir).toBe(dataDir);
    expect(app.getPath('userData')).toBe(dataDir);
    expect(fake.appUserModelId).toBeNull();
  });

  it('sets the AppUserModelId on Windows (notifications need it)', async () => {
    await launch({ platform: 'win32' });
    expect(fake.appUserModelId).toBe('app.netwell');
  });

  it('uses the per-user folder when packaged, ignoring NETWELL_DATA_DIR unless NETWELL_TEST=1', async () => {
    app.isPackaged = true;
    app.setPath('appData', join(work, 'appData'));
    const running = await launch({ env: { NETWELL_DATA_DIR: join(work, 'elsewhere') } });
    expect(running?.dataDir).toBe(join(work, 'appData', 'Netwell'));
    expect(app.getPath('userData')).toBe(join(work, 'appData', 'Netwell'));
    await quitFromTray();
    started.splice(0);

    resetFakeElectron();
    app.isPackaged = true;
    const test = await launch({ env: { NETWELL_DATA_DIR: dataDir, NETWELL_TEST: '1' } });
    expect(test?.dataDir).toBe(dataDir);
  });

  it('opens one window on our own page, and the tray', async () => {
    const running = await launch();
    expect(FakeBrowserWindow.all).toHaveLength(1);
    const window = mainWindow(running as RunningApp);
    expect(window.webContents.getURL()).toBe('app://netwell/index.html');
    expect(window.isVisible()).toBe(true);
    expect(FakeTray.all).toHaveLength(1);
    expect(running?.state.trayAvailable).toBe(true);
  });

  it('denies every permission on the default session', async () => {
    await launch();
    expect(session.defaultSession.checkPermission('media')).toBe(false);
    await expect(session.defaultSession.requestPermission('geolocation')).resolves.toBe(false);
  });

  it('registers the IPC calls, answering the window and reporting the desktop host', async () => {
    const running = (await launch()) as RunningApp;
    const window = mainWindow(running);
    const info = await ipcMain.invoke(
      channelOf('app.info'),
      { sender: window.webContents, senderFrame: window.webContents.mainFrame },
      undefined,
    );
    expect(info).toEqual({
      ok: true,
      value: {
        name: 'Netwell',
        version: '0.1.0',
        host: 'electron',
        platform: 'linux',
        dataDir,
        trayAvailable: true,
      },
    });
  });

  it('treats the tray as missing on stock GNOME', async () => {
    const running = await launch({
      env: { NETWELL_DATA_DIR: dataDir, XDG_CURRENT_DESKTOP: 'GNOME' },
    });
    expect(running?.state.trayAvailable).toBe(false);
  });
});

describe('refusing to start', () => {
  it('quits when another instance holds the single-instance lock', async () => {
    fake.singleInstanceLock = false;
    const running = await launch();
    expect(running).toBeNull();
    expect(fake.quitCount).toBe(1);
    expect(FakeBrowserWindow.all).toHaveLength(0);
  });

  it('explains a data folder in use in one sentence, without a stack trace, and exits', async () => {
    extraCores.push(await testCore(dataDir));
    const running = await launch();
    expect(running).toBeNull();
    expect(fake.errorBoxes).toHaveLength(1);
    const [box] = fake.errorBoxes;
    expect(box?.title).toBe('Netwell could not start');
    expect(box?.content).toMatch(/already using the data folder/);
    expect(box?.content).not.toMatch(/\n\s+at /);
    expect(fake.exitCode).toBe(1);
    expect(FakeBrowserWindow.all).toHaveLength(0);
  });
});

describe('the app:// protocol', () => {
  it('serves the renderer with the CSP header on every response', async () => {
    await launch();
    const index = await protocol.fetch('app://netwell/index.html');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toContain('<title>Netwell</title>');

    const script = await protocol.fetch('app://netwell/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');

    const missing = await protocol.fetch('app://netwell/assets/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('falls back to index.html for client-side routes', async () => {
    await launch();
    const route = await protocol.fetch('app://netwell/contacts');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Netwell</title>');
  });

  it.each([
    'app://netwell/../secret.txt',
    'app://netwell/%2e%2e/secret.txt',
    'app://netwell/assets/..%2f..%2fsecret.txt',
    'app://netwell/..%5csecret.txt',
    'app://other/index.html',
  ])('serves nothing outside the renderer folder: %s', async (url) => {
    await launch();
    const response = await protocol.fetch(url);
    expect(await response.text()).not.toContain('do not serve');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses methods other than GET and HEAD', async () => {
    await launch();
    const response = await protocol.fetch('app://netwell/index.html', {
      method: 'POST',
      body: 'x',
    });
    expect(response.status).toBe(405);
  });
});

describe('running', () => {
  it('focuses the existing window when a second instance starts', async () => {
    const running = (await launch()) as RunningApp;
    const window = mainWindow(running);
    window.close(); // hidden to the tray
    expect(window.isVisible()).toBe(false);
    app.emit('second-instance', {}, [], '/');
    expect(window.isVisible()).toBe(true);
    expect(window.isFocused()).toBe(true);
  });

  it('rebuilds the tray when the core says it changed, and only then', async () => {
    const running = (await launch()) as RunningApp;
    const tray = FakeTray.all[0];
    const initial = running.core.tray.current();
    expect(tray?.tooltip).toBe(initial.tooltip);
    expect(tray?.menuBuilds).toBe(1);
    running.core.bus.emit('tray.changed', structuredClone(initial));
    expect(tray?.menuBuilds).toBe(1);
    const upcoming = {
      ...initial,
      icon: 'upcoming' as const,
      tooltip: 'Netwell: Networking window at 14:00',
    };
    running.core.bus.emit('tray.changed', upcoming);
    expect(tray?.menuBuilds).toBe(2);
    expect(tray?.tooltip).toBe('Netwell: Networking window at 14:00');
    expect(tray?.image.path).toMatch(/tray-upcoming\.png$/);
  });

  it('shows the window at the notification route when a notification is clicked', async () => {
    const running = (await launch()) as RunningApp;
    const window = mainWindow(running);
    window.close();
    running.core.notifications.raise({
      kind: 'followup',
      title: 'Follow up',
      body: 'Ana',
      route: 'contacts',
    });
    const [notification] = FakeNotification.all;
    notification?.click();
    expect(window.isVisible()).toBe(true);
    expect(window.webContents.sent).toContainEqual({
      channel: channelOf('app.navigate'),
      args: [{ route: 'contacts' }],
    });
  });

  it('recomputes the schedule state when the machine sleeps, wakes, locks or unlocks', async () => {
    const running = (await launch()) as RunningApp;
    const recompute = vi.spyOn(running.core.boundaries.status, 'recompute');
    powerMonitor.emit('resume');
    powerMonitor.emit('unlock-screen');
    expect(recompute).toHaveBeenCalledTimes(2);
    powerMonitor.emit('suspend');
    powerMonitor.emit('lock-screen');
    expect(recompute).toHaveBeenCalledTimes(4);
  });

  it('recomputes when the clock or the time zone changed, found on focus or the slow check', async () => {
    const machine = {
      wall: Date.parse('2025-03-03T09:00:00.000Z'),
      monotonic: 1000,
      zone: 'Europe/Lisbon',
    };
    const clockReadings: ClockReadings = {
      wallMs: () => machine.wall,
      monotonicMs: () => machine.monotonic,
      timeZone: () => machine.zone,
    };
    const checks: (() => void)[] = [];
    const running = (await launch({
      clockReadings,
      every: (_ms, fn) => {
        checks.push(fn);
        return () => undefined;
      },
    })) as RunningApp;
    const recompute = vi.spyOn(running.core.boundaries.status, 'recompute');
    const window = mainWindow(running);
    window.focus();
    checks[0]?.();
    expect(recompute).not.toHaveBeenCalled();
    machine.zone = 'America/New_York';
    checks[0]?.();
    expect(recompute).toHaveBeenCalledTimes(1);
    window.blur();
    machine.wall -= 3_600_000;
    window.focus();
    expect(recompute).toHaveBeenCalledTimes(2);
  });

  it('runs tray actions through the core: "Start a window now" opens the workspace', async () => {
    const running = (await launch()) as RunningApp;
    const window = mainWindow(running);
    window.close();
    const startNow = vi.spyOn(running.core.boundaries.windows, 'startNow');
    FakeTray.all[0]?.choose('start-now');
    await waitFor(() => window.isVisible());
    expect(startNow).toHaveBeenCalledTimes(1);
    expect(window.webContents.sent).toContainEqual({
      channel: channelOf('app.navigate'),
      args: [{ route: 'workspace' }],
    });
  });

  it('opens links from the core only through the guarded door', async () => {
    const running = (await launch()) as RunningApp;
    const window = mainWindow(running);
    const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    await ipcMain.invoke(channelOf('app.openExternal'), event, {
      url: 'https://www.linkedin.com/in/ana',
    });
    const refused = await ipcMain.invoke(channelOf('app.openExternal'), event, {
      url: 'file:///etc/passwd',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(fake.openedExternally).toEqual(['https://www.linkedin.com/in/ana']);
  });
});

describe('starting at login', () => {
  it('stays in the tray when started with --hidden, until the user asks for the window', async () => {
    const running = (await launch({ argv: ['/opt/Netwell/netwell', '--hidden'] })) as RunningApp;
    const window = mainWindow(running);
    expect(running.startedHidden).toBe(true);
    expect(window.webContents.getURL()).toBe('app://netwell/index.html');
    expect(window.isVisible()).toBe(false);
    FakeTray.all[0]?.emit('click');
    expect(window.isVisible()).toBe(true);
  });

  it('starts minimised when there is no tray', async () => {
    const running = (await launch({
      argv: ['/opt/Netwell/netwell', '--hidden'],
      env: { NETWELL_DATA_DIR: dataDir, XDG_CURRENT_DESKTOP: 'GNOME' },
    })) as RunningApp;
    expect(mainWindow(running).isMinimized()).toBe(true);
  });

  it('recognises a macOS login start, which carries no arguments', async () => {
    fake.wasOpenedAtLogin = true;
    const running = (await launch({
      platform: 'darwin',
      argv: ['/Applications/Netwell.app'],
    })) as RunningApp;
    expect(running.startedHidden).toBe(true);
    expect(mainWindow(running).isVisible()).toBe(false);
  });

  it('shows the window on a normal start, and for a second start unless that is a login start', async () => {
    const running = (await launch({ argv: ['/opt/Netwell/netwell'] })) as RunningApp;
    const window = mainWindow(running);
    expect(running.startedHidden).toBe(false);
    expect(window.isVisible()).toBe(true);
    window.close();
    app.emit('second-instance', {}, ['/opt/Netwell/netwell', '--hidden'], '/');
    expect(window.isVisible()).toBe(false);
    app.emit('second-instance', {}, ['/opt/Netwell/netwell'], '/');
    expect(window.isVisible()).toBe(true);
  });

  it('writes and removes the autostart entry when the setting changes', async () => {
    const configHome = join(work, 'config');
    const running = (await launch({
      env: { NETWELL_DATA_DIR: dataDir, XDG_CONFIG_HOME: configHome },
      execPath: '/opt/Netwell/netwell',
    })) as RunningApp;
    const file = join(configHome, 'autostart', 'netwell.desktop');
    expect(await call(running, 'settings.update', { startAtLogin: true })).toMatchObject({
      ok: true,
    });
    // Unpackaged: electron is told where the app is.
    expect(readFileSync(file, 'utf8')).toContain(
      'Exec=/opt/Netwell/netwell /work/netwell --hidden\n',
    );
    expect(await call(running, 'settings.update', { startAtLogin: false })).toMatchObject({
      ok: true,
    });
    expect(existsSync(file)).toBe(false);
  });

  it('explains in one sentence when the entry cannot be written', async () => {
    const notAFolder = join(work, 'config-file');
    await writeFile(notAFolder, '');
    const running = (await launch({
      env: { NETWELL_DATA_DIR: dataDir, XDG_CONFIG_HOME: notAFolder },
    })) as RunningApp;
    const result = await call(running, 'settings.update', { startAtLogin: true });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'unavailable',
        message: expect.stringMatching(/^Netwell could not add itself/),
      },
    });
  });

  it('refreshes the entry of a packaged app at each start (an AppImage may have moved)', async () => {
    const configHome = join(work, 'config');
    const file = join(configHome, 'autostart', 'netwell.desktop');
    const perUser = join(work, 'appData', 'Netwell');
    const first = (await launch({ env: { NETWELL_DATA_DIR: perUser } })) as RunningApp;
    first.core.settings.set({ ...first.core.settings.get(), startAtLogin: true });
    await quitFromTray();
    started.splice(0);
    expect(existsSync(file)).toBe(false); // unpackaged runs never touch it on their own

    resetFakeElectron();
    app.isPackaged = true;
    app.setPath('appData', join(work, 'appData'));
    await launch({
      env: { XDG_CONFIG_HOME: configHome, APPIMAGE: '/home/ana/Netwell-0.2.0.AppImage' },
    });
    expect(readFileSync(file, 'utf8')).toContain(
      'Exec=/home/ana/Netwell-0.2.0.AppImage --hidden\n',
    );
  });

  it('leaves the entry alone in packaged test runs (NETWELL_TEST=1)', async () => {
    const configHome = join(work, 'config');
    const seeded = (await launch()) as RunningApp;
    seeded.core.settings.set({ ...seeded.core.settings.get(), startAtLogin: true });
    await quitFromTray();
    started.splice(0);

    resetFakeElectron();
    app.isPackaged = true;
    await launch({
      env: { NETWELL_DATA_DIR: dataDir, NETWELL_TEST: '1', XDG_CONFIG_HOME: configHome },
    });
    expect(existsSync(join(configHome, 'autostart', 'netwell.desktop'))).toBe(false);
  });
});

describe('the application menu', () => {
  const roles = (items: readonly FakeMenuItem[]): string[] =>
    items.flatMap((item) => [
      ...(item.role ? [item.role] : []),
      ...(item.submenu instanceof FakeMenu ? roles(item.submenu.items) : []),
    ]);

  it('has no developer tools when packaged', async () => {
    app.isPackaged = true;
    app.setPath('appData', join(work, 'appData'));
    await launch({ env: { NETWELL_DATA_DIR: dataDir, NETWELL_TEST: '1' } });
    const menu = fake.applicationMenu as FakeMenu;
    expect(roles(menu.items)).toContain('editMenu');
    expect(roles(menu.items)).not.toContain('viewMenu');
    expect(roles(menu.items)).not.toContain('toggleDevTools');
  });

  it('keeps them in development', async () => {
    await launch();
    expect(roles((fake.applicationMenu as FakeMenu).items)).toContain('viewMenu');
  });
});

describe('the workspace', () => {
  const site = { id: 'linkedin', name: 'LinkedIn', url: 'https://www.linkedin.com/feed/' };
  const bounds = { x: 240, y: 64, width: 900, height: 700 };

  async function launchWithSite() {
    const clock = new ManualClock('2025-03-03T09:00:00.000Z');
    const running = (await launch({ clock })) as RunningApp;
    expect(await call(running, 'settings.update', { sites: [site] })).toMatchObject({ ok: true });
    return { running, clock, window: mainWindow(running) };
  }

  it('is locked outside a window: requests refused, show refused by the core', async () => {
    const { running, window } = await launchWithSite();
    const siteSession = session.fromPartition('persist:site-linkedin');
    await expect(siteSession.request('https://www.linkedin.com/feed/')).resolves.toBe('cancelled');
    const refused = await call(running, 'workspace.show', { siteId: 'linkedin', bounds });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(window.contentView.children).toEqual([]);
  });

  it('embeds the site in the window while a window is open, and locks it when the window ends', async () => {
    const { running, clock, window } = await launchWithSite();
    expect(await call(running, 'boundaries.startNow', { minutes: 30 })).toMatchObject({ ok: true });
    await expect(
      session.fromPartition('persist:site-linkedin').request('https://www.linkedin.com/feed/'),
    ).resolves.toBe('allowed');
    const shown = await call(running, 'workspace.show', { siteId: 'linkedin', bounds });
    expect(shown).toEqual({ ok: true, value: { embedded: true } });
    const [view] = FakeWebContentsView.all;
    expect(window.contentView.children).toEqual([view]);
    expect(view?.options.webPreferences?.partition).toBe('persist:site-linkedin');
    expect(view?.getBounds()).toEqual(bounds);

    expect(await call(running, 'workspace.hide')).toEqual({ ok: true, value: null });
    expect(window.contentView.children).toEqual([]);
    await call(running, 'workspace.show', { siteId: 'linkedin', bounds });

    clock.advance(31 * 60_000);
    expect(running.core.boundaries.status.get().access.open).toBe(false);
    expect(window.contentView.children).toEqual([]);
    expect(view?.webContents.isDestroyed()).toBe(true);
    await expect(
      session.fromPartition('persist:site-linkedin').request('https://www.linkedin.com/feed/'),
    ).resolves.toBe('cancelled');
  });

  it('tells the core when the site has the focus', async () => {
    const { running, window } = await launchWithSite();
    await call(running, 'boundaries.startNow', { minutes: 30 });
    const focus = vi.spyOn(running.core.boundaries.status, 'setWorkspaceFocus');
    window.focus();
    await call(running, 'workspace.show', { siteId: 'linkedin', bounds });
    expect(focus).toHaveBeenLastCalledWith(true);
    window.blur();
    expect(focus).toHaveBeenLastCalledWith(false);
    window.focus();
    expect(focus).toHaveBeenLastCalledWith(true);
    powerMonitor.emit('lock-screen');
    expect(focus).toHaveBeenLastCalledWith(false);
    powerMonitor.emit('unlock-screen');
    expect(focus).toHaveBeenLastCalledWith(true);
  });

  it('closes the view of a site removed in settings', async () => {
    const { running } = await launchWithSite();
    await call(running, 'boundaries.startNow', { minutes: 30 });
    await call(running, 'workspace.show', { siteId: 'linkedin', bounds });
    await call(running, 'settings.update', { sites: [] });
    expect(FakeWebContentsView.all[0]?.webContents.isDestroyed()).toBe(true);
    expect(running.workspace.liveSites()).toEqual([]);
  });

  it('closes the site views when quitting', async () => {
    const { running } = await launchWithSite();
    await call(running, 'boundaries.startNow', { minutes: 30 });
    await call(running, 'workspace.show', { siteId: 'linkedin', bounds });
    await quitFromTray();
    started.splice(0);
    expect(FakeWebContentsView.all[0]?.webContents.isDestroyed()).toBe(true);
  });
});

describe('quitting', () => {
  it('quits from the tray: closes the window, then the core, releasing the data folder', async () => {
    const running = (await launch()) as RunningApp;
    const window = mainWindow(running);
    await quitFromTray();
    started.splice(0); // already closed
    expect(window.isDestroyed()).toBe(true);
    expect(fake.exitCode).toBe(0);
    expect(FakeTray.all[0]?.isDestroyed()).toBe(true);
    expect(ipcMain.handlers.size).toBe(0);
    // The lock is free again: another core can open the folder.
    extraCores.push(await testCore(dataDir));
  });

  it('remembers the window bounds for the next start', async () => {
    const running = (await launch()) as RunningApp;
    mainWindow(running).setBounds({ x: 120, y: 90, width: 1000, height: 700 });
    await quitFromTray();
    started.splice(0);

    resetFakeElectron();
    const again = (await launch()) as RunningApp;
    expect(mainWindow(again).options).toMatchObject({ x: 120, y: 90, width: 1000, height: 700 });
    expect(again.core.settings.get().window).toEqual({
      x: 120,
      y: 90,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('quits when the window is gone and there is no tray to come back from', async () => {
    const running = (await launch({
      env: { NETWELL_DATA_DIR: dataDir, XDG_CURRENT_DESKTOP: 'GNOME' },
    })) as RunningApp;
    mainWindow(running).destroy();
    await waitFor(() => fake.exitCode !== null);
    started.splice(0);
    expect(fake.exitCode).toBe(0);
  });
});
