import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelOf } from '../../electron/shared/api';
import { CONTENT_SECURITY_POLICY } from '../../electron/shared/csp';
import type { Core } from '../../electron/core/app/create-core';
import { startApp, type RunningApp, type StartOptions } from '../../electron/main/start-app';
import {
  app,
  fake,
  FakeBrowserWindow,
  FakeNotification,
  FakeTray,
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

  it('recomputes the schedule state when the machine wakes or the screen unlocks', async () => {
    const running = (await launch()) as RunningApp;
    const recompute = vi.spyOn(running.core.boundaries, 'recompute');
    powerMonitor.emit('resume');
    powerMonitor.emit('unlock-screen');
    expect(recompute).toHaveBeenCalledTimes(2);
  });

  it('runs tray actions through the core: "Start a window now" opens the workspace', async () => {
    const running = (await launch()) as RunningApp;
    const window = mainWindow(running);
    window.close();
    const startNow = vi.spyOn(running.core.boundaries, 'startNow');
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
