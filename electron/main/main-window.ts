import { BrowserWindow, screen } from 'electron';
import type { SettingsStore } from '../core/settings/settings-store';
import { hardenedWebPreferences } from './hardened-web-preferences';
import { boundsToSave, MIN_HEIGHT, MIN_WIDTH, placeWindow } from './window-bounds';

export interface MainWindowOptions {
  /** out/preload/index.cjs */
  preloadPath: string;
  /** app://netwell/index.html, or electron-vite's dev server in development. */
  url: string;
  /** The window icon on Linux (Windows and macOS take it from the executable). */
  iconPath?: string;
  platform: NodeJS.Platform;
  settings: SettingsStore;
  /** True once the user (or the OS) asked to quit: closing then really closes. */
  quitting(): boolean;
  /** Without a visible tray, closing minimises instead of hiding, so the window can be found. */
  trayAvailable(): boolean;
  /**
   * Started by the OS at login: stay in the tray (the window is created and loaded, but not shown),
   * or, with no tray to come back from, start minimised.
   */
  startHidden?: boolean;
  log(error: unknown): void;
}

const SAVE_DELAY_MS = 500;

/**
 * The one window factory. Its webPreferences are the hardened ones (hardened-web-preferences.ts,
 * shared with the workspace's site views) plus the preload.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const placement = placeWindow(
    options.settings.get().window,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );

  const window = new BrowserWindow({
    width: placement.width,
    height: placement.height,
    ...(placement.x !== undefined && placement.y !== undefined
      ? { x: placement.x, y: placement.y }
      : { center: true }),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Netwell',
    show: false,
    ...(options.platform === 'linux' && options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: hardenedWebPreferences({ preload: options.preloadPath }),
  });

  if (!options.startHidden) {
    window.once('ready-to-show', () => {
      if (placement.maximized) window.maximize();
      window.show();
    });
  } else if (options.trayAvailable()) {
    // Shown later from the tray: restore the maximised state then.
    window.once('show', () => {
      if (placement.maximized) window.maximize();
    });
  } else {
    // Electron shows a never-shown window minimised (on the taskbar, without stealing focus).
    window.once('ready-to-show', () => window.minimize());
  }

  rememberBounds(window, options);

  window.on('close', (event) => {
    if (options.quitting()) return;
    // Netwell keeps running for its reminders; quitting is in the tray menu.
    event.preventDefault();
    if (options.trayAvailable()) window.hide();
    else window.minimize();
  });

  window.loadURL(options.url).catch(options.log);
  return window;
}

/** Saves size, position and maximised state to settings: soon after each change, and on close. */
function rememberBounds(window: BrowserWindow, options: MainWindowOptions): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed()) return;
    try {
      const bounds = boundsToSave(window.getNormalBounds(), window.isMaximized());
      const settings = options.settings.get();
      const saved = settings.window;
      if (saved && JSON.stringify(saved) === JSON.stringify(bounds)) return;
      options.settings.set({ ...settings, window: bounds });
    } catch (error) {
      options.log(error);
    }
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', save);
  window.on('unmaximize', save);
  window.on('close', save);
  window.on('closed', () => clearTimeout(timer));
}
