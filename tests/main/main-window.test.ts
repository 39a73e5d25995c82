import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SettingsStore } from '../../electron/core/settings/settings-store';
import { SettingsSchema, type Settings } from '../../electron/shared/settings';
import { createMainWindow, type MainWindowOptions } from '../../electron/main/main-window';
import { fake, resetFakeElectron, type FakeBrowserWindow } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

function memorySettings(initial: Partial<Settings> = {}): SettingsStore & { writes: number } {
  let current = SettingsSchema.parse(initial);
  const store = {
    path: '/memory/settings.json',
    writes: 0,
    get: () => current,
    set(next: Settings) {
      current = SettingsSchema.parse(next);
      store.writes += 1;
      return current;
    },
  };
  return store;
}

type MemorySettings = ReturnType<typeof memorySettings>;

function open(overrides: Partial<MainWindowOptions> & { settings?: MemorySettings } = {}) {
  const state = { quitting: false, tray: true };
  const settings = overrides.settings ?? memorySettings();
  const window = createMainWindow({
    preloadPath: '/app/out/preload/index.cjs',
    url: 'app://netwell/index.html',
    platform: 'linux',
    iconPath: '/app/resources/icons/256x256.png',
    settings,
    quitting: () => state.quitting,
    trayAvailable: () => state.tray,
    log: (error) => {
      throw error;
    },
    ...overrides,
  }) as unknown as FakeBrowserWindow;
  return { window, state, settings };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => {
  resetFakeElectron();
});

describe('the window factory', () => {
  it('creates the window with the secure preferences', () => {
    const { window } = open();
    const prefs = window.options.webPreferences ?? {};
    expect(prefs['contextIsolation']).toBe(true);
    expect(prefs['sandbox']).toBe(true);
    expect(prefs['nodeIntegration']).toBe(false);
    expect(prefs['nodeIntegrationInWorker']).toBe(false);
    expect(prefs['nodeIntegrationInSubFrames']).toBe(false);
    expect(prefs['webSecurity']).toBe(true);
    expect(prefs['allowRunningInsecureContent']).toBe(false);
    expect(prefs['experimentalFeatures']).toBe(false);
    expect(prefs['webviewTag']).toBe(false);
    expect(prefs['navigateOnDragDrop']).toBe(false);
    expect(prefs['preload']).toBe('/app/out/preload/index.cjs');
    expect(prefs['spellcheck']).toBe(true);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('loads our page and shows the window only once it is ready to paint', async () => {
    const { window } = open();
    expect(window.options['show']).toBe(false);
    expect(window.isVisible()).toBe(false);
    await flush();
    expect(window.webContents.getURL()).toBe('app://netwell/index.html');
    expect(window.isVisible()).toBe(true);
  });

  it('sets the window icon on Linux only', () => {
    expect(open().window.options['icon']).toBe('/app/resources/icons/256x256.png');
    expect(open({ platform: 'darwin' }).window.options).not.toHaveProperty('icon');
  });
});

describe('a start at login', () => {
  it('creates and loads the window but leaves it in the tray', async () => {
    const { window } = open({ startHidden: true });
    await flush();
    expect(window.webContents.getURL()).toBe('app://netwell/index.html');
    expect(window.isVisible()).toBe(false);
    expect(window.isMinimized()).toBe(false);
  });

  it('restores the maximised state when the window is first shown', async () => {
    const settings = memorySettings({
      window: { x: 100, y: 80, width: 1000, height: 700, maximized: true },
    });
    const { window } = open({ startHidden: true, settings });
    await flush();
    expect(window.isMaximized()).toBe(false);
    window.show();
    expect(window.isMaximized()).toBe(true);
  });

  it('starts minimised when there is no tray to find the window from', async () => {
    const { window } = open({ startHidden: true, trayAvailable: () => false });
    await flush();
    expect(window.isMinimized()).toBe(true);
    expect(window.isFocused()).toBe(false);
  });
});

describe('window size and position', () => {
  it('opens at a default size, centred, the first time', () => {
    const { window } = open();
    expect(window.options).toMatchObject({ width: 1200, height: 800, center: true });
    expect(window.options).not.toHaveProperty('x');
  });

  it('restores the saved bounds and maximised state', async () => {
    const settings = memorySettings({
      window: { x: 100, y: 80, width: 1000, height: 700, maximized: true },
    });
    const { window } = open({ settings });
    expect(window.options).toMatchObject({ x: 100, y: 80, width: 1000, height: 700 });
    await flush();
    expect(window.isMaximized()).toBe(true);
  });

  it('re-centres a window saved on a display that is no longer there', () => {
    const settings = memorySettings({
      window: { x: 2500, y: 100, width: 1000, height: 700, maximized: false },
    });
    const { window } = open({ settings });
    expect(window.options).toMatchObject({ width: 1000, height: 700, center: true });
    expect(window.options).not.toHaveProperty('x');
  });

  it('keeps a window on a second display that is still connected', () => {
    fake.displays.push({ id: 2, workArea: { x: 1920, y: 0, width: 2560, height: 1400 } });
    const settings = memorySettings({
      window: { x: 2500, y: 100, width: 1000, height: 700, maximized: false },
    });
    expect(open({ settings }).window.options).toMatchObject({ x: 2500, y: 100 });
  });

  it('saves the bounds shortly after a move or resize, and on close', async () => {
    vi.useFakeTimers();
    try {
      const { window, settings } = open();
      window.setBounds({ x: 40, y: 50, width: 900, height: 600 });
      expect(settings.get().window).toBeUndefined();
      vi.advanceTimersByTime(600);
      expect(settings.get().window).toEqual({
        x: 40,
        y: 50,
        width: 900,
        height: 600,
        maximized: false,
      });

      window.maximize();
      expect(settings.get().window).toEqual({
        x: 40,
        y: 50,
        width: 900,
        height: 600,
        maximized: true,
      });
      const writes = settings.writes;
      window.close(); // hides to the tray; nothing changed, so nothing is written
      expect(settings.writes).toBe(writes);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('closing the window', () => {
  it('hides it to the tray: Netwell keeps running for reminders', () => {
    const { window } = open();
    window.show();
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(window.isVisible()).toBe(false);
  });

  it('minimises it instead when there is no tray to bring it back from', () => {
    const { window, state } = open();
    state.tray = false;
    window.show();
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(window.isMinimized()).toBe(true);
  });

  it('really closes it while quitting', () => {
    const { window, state } = open();
    state.quitting = true;
    window.close();
    expect(window.isDestroyed()).toBe(true);
  });
});
