/**
 * The composition root's body: wires the core to the Electron shell (window, tray, notifications,
 * IPC, app:// protocol, security) and owns the app's lifecycle. index.ts only calls it; tests call it
 * with a fake `electron` and a conf-backed settings factory.
 */
import { keychainSecrets } from './keychain-secrets';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { app, dialog, session, type BrowserWindow } from 'electron';
import type { Route } from '../shared/app-model';
import { createCore, type Core } from '../core/app/create-core';
import { keepMemoryLean } from '../core/memory-release';
import { activateTrayItem } from '../core/boundaries/tray-actions';
import { systemClock, type Clock } from '../core/clock';
import { dataFolderError } from '../core/store/file-errors';
import type { ConfFactory } from '../core/settings/settings-store';
import { installAppMenu } from './app-menu';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { APP_ENTRY_URL, isTrustedPageUrl } from './app-url';
import {
  applyStartAtLogin,
  HIDDEN_ARG,
  startedAtLogin,
  type StartAtLoginContext,
} from './autostart';
import { createClockWatch, type ClockReadings } from './clock-watch';
import { resolveDataDir } from './data-dir';
import { createElectronHost, type ShellState } from './electron-host';
import { registerIpc } from './ipc';
import { createMainWindow } from './main-window';
import { showNotifications } from './notifications';
import { openExternalSafely } from './open-external';
import { systemClockReadings, watchSystemSignals, type Every } from './os-signals';
import { denyAllPermissions, guardAllWebContents } from './security';
import { createAppTray, type AppTray } from './tray';
import { trayLikelyShown } from './tray-support';
import { createWorkspace, type ElectronWorkspace } from './workspace/workspace';
import { CHROMIUM_SWITCHES } from './chromium-switches';

export const APP_USER_MODEL_ID = 'app.netwell';

export interface AppPaths {
  /** The folder holding package.json (the project root, or app.asar when packaged). */
  appRoot: string;
  /** out/preload/index.cjs */
  preload: string;
  /** out/renderer */
  renderer: string;
  /** resources/ (tray icons, the Linux window icon) */
  resources: string;
}

export interface StartOptions {
  paths: AppPaths;
  settingsFactory: ConfFactory;
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  clock?: Clock;
  log?: (error: unknown) => void;
  /** process.argv: `--hidden` means the OS started us at login. */
  argv?: readonly string[];
  /** For the autostart entry; tests point them at a temporary folder. */
  homeDir?: string;
  execPath?: string;
  /** The clock watch's readings and its periodic check (tests inject both). */
  clockReadings?: ClockReadings;
  every?: Every;
}

export interface RunningApp {
  readonly core: Core;
  readonly dataDir: string;
  readonly state: ShellState;
  readonly tray: AppTray;
  readonly workspace: ElectronWorkspace;
  /** Started by the OS at login: the window stays in the tray (or minimised). */
  readonly startedHidden: boolean;
  mainWindow(): BrowserWindow | null;
}

/** Reads the version from our package.json: app.getVersion() is Electron's own when run as `electron out/main/index.js`. */
function readVersion(appRoot: string): string | null {
  try {
    const json: unknown = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8'));
    const version = (json as { version?: unknown }).version;
    return typeof version === 'string' ? version : null;
  } catch {
    return null;
  }
}

/** A failed start is told in one readable sentence, never a stack trace; the details go to the log. */
function reportStartupFailure(
  error: unknown,
  dataDir: string,
  log: (error: unknown) => void,
): void {
  log(error);
  const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  // A read-only or full disk is said in words (the core does so too; this catches the rest).
  const worded = dataFolderError(error, dataDir);
  const message =
    worded?.message ?? `Netwell could not open its data folder ${dataDir}. ${detail}`.trim();
  dialog.showErrorBox('Netwell could not start', message);
  app.exit(1);
}

/**
 * Starts Netwell. The synchronous part (scheme, sandbox, single-instance lock, listeners) runs before
 * the app is ready, as Electron requires. Resolves to null when this process should not run: another
 * instance owns the data folder's lock, or the core could not open.
 */
export async function startApp(options: StartOptions): Promise<RunningApp | null> {
  const { paths, settingsFactory } = options;
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const log = options.log ?? ((error: unknown) => console.error(error));

  registerAppScheme();
  app.enableSandbox();
  for (const [name, value] of CHROMIUM_SWITCHES) app.commandLine.appendSwitch(name, value);
  app.setName('Netwell');
  if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

  const dataDir = resolveDataDir({
    isPackaged: app.isPackaged,
    env,
    defaultDir: join(app.getPath('appData'), 'Netwell'),
  });
  // userData holds Chromium's own files and keys the single-instance lock: one app per data folder.
  app.setPath('userData', dataDir);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }

  const devServerUrl = app.isPackaged ? undefined : env.ELECTRON_RENDERER_URL || undefined;
  const trustedUrl = (url: string) => isTrustedPageUrl(url, devServerUrl);
  guardAllWebContents({
    openExternal: openExternalSafely,
    log,
    ...(devServerUrl ? { devServerUrl } : {}),
  });

  const state: ShellState = { quitting: false, trayAvailable: false };
  let core: Core | null = null;
  let window: BrowserWindow | null = null;
  // Set once the app is ready (macOS reports a login start only then); cleared by the first showing.
  let hideFirstWindow = false;

  const ensureWindow = (): BrowserWindow | null => {
    if (window && !window.isDestroyed()) return window;
    if (!core) return null;
    const created = createMainWindow({
      preloadPath: paths.preload,
      url: devServerUrl ?? APP_ENTRY_URL,
      iconPath: join(paths.resources, 'icons', '256x256.png'),
      platform,
      settings: core.settings,
      quitting: () => state.quitting,
      trayAvailable: () => state.trayAvailable,
      startHidden: hideFirstWindow,
      log,
    });
    hideFirstWindow = false;
    created.on('closed', () => {
      if (window === created) window = null;
    });
    window = created;
    return created;
  };

  const showWindow = (route?: Route): void => {
    hideFirstWindow = false;
    const shown = ensureWindow();
    if (!shown) return;
    if (shown.isMinimized()) shown.restore();
    shown.show();
    shown.focus();
    if (route) core?.bus.emit('app.navigate', { route });
  };

  // A second start shows the window, unless it is the OS's login start of an app already running.
  app.on('second-instance', (_event, argv) => {
    if (!argv.includes(HIDDEN_ARG)) showWindow();
  });
  app.on('activate', () => showWindow());
  app.on('before-quit', () => {
    state.quitting = true;
  });

  await app.whenReady();
  denyAllPermissions(session.defaultSession);
  serveAppProtocol(paths.renderer);
  installAppMenu({ platform, packaged: app.isPackaged });
  const startedHidden = startedAtLogin(options.argv ?? process.argv, platform);
  hideFirstWindow = startedHidden;

  const workspace = createWorkspace({
    mainWindow: () => (window && !window.isDestroyed() ? window : null),
    onFocusChange: (focused) => core?.boundaries.status.setWorkspaceFocus(focused),
    log,
  });
  const loginContext: StartAtLoginContext = {
    platform,
    env,
    homeDir: options.homeDir ?? homedir(),
    execPath: options.execPath ?? process.execPath,
    appPath: app.isPackaged ? null : app.getAppPath(),
  };
  const host = createElectronHost({
    version: readVersion(paths.appRoot) ?? app.getVersion(),
    platform,
    env,
    state,
    showWindow,
    workspace,
    setStartAtLogin: (enabled) => applyStartAtLogin(enabled, loginContext),
    secrets: keychainSecrets(dataDir, platform),
  });
  try {
    core = await createCore({
      dataDir,
      clock: options.clock ?? systemClock(),
      settingsFactory,
      host,
      log,
    });
  } catch (error) {
    reportStartupFailure(error, dataDir, log);
    return null;
  }
  const running = core;
  const memory = keepMemoryLean();

  const tray = createAppTray(running.tray.current(), {
    iconDir: join(paths.resources, 'tray'),
    platform,
    onAction: (id) => activateTrayItem(id, host, running.boundaries),
    onClick: () => showWindow(),
    log,
  });
  state.trayAvailable = tray.available && trayLikelyShown(platform, env);
  running.bus.on('tray.changed', (model) => tray.update(model));

  const notifications = showNotifications(running.bus, {
    onClick: (intent) => showWindow(intent.route),
    ...(platform === 'linux' ? { iconPath: join(paths.resources, 'icons', '256x256.png') } : {}),
  });
  const unwatchSignals = watchSystemSignals({
    clockWatch: createClockWatch(options.clockReadings ?? systemClockReadings()),
    recompute: () => running.boundaries.status.recompute(),
    away: () => workspace.pauseFocus(),
    back: () => workspace.syncFocus(),
    ...(options.every ? { every: options.every } : {}),
  });
  // A packaged app that starts at login rewrites its entry at each start: an AppImage that was
  // moved or renamed (updates often do) would otherwise leave a dead one behind.
  if (app.isPackaged && env.NETWELL_TEST !== '1' && running.settings.get().startAtLogin) {
    try {
      applyStartAtLogin(true, loginContext);
    } catch (error) {
      log(error);
    }
  }
  const unregisterIpc = registerIpc({
    handlers: running.handlers,
    bus: running.bus,
    mainWindow: () => (window && !window.isDestroyed() ? window : null),
    trustedUrl,
    log,
  });

  // The window only really closes while quitting; if it is gone otherwise, the tray keeps the app
  // alive for reminders, and without a tray there is nothing left to use.
  app.on('window-all-closed', () => {
    if (!state.trayAvailable) app.quit();
  });

  // Quitting waits for the core to flush and release the data folder's lock.
  let closing: Promise<void> | null = null;
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closing ??= (async () => {
      unregisterIpc();
      unwatchSignals();
      memory.stop();
      workspace.dispose();
      notifications.dispose();
      tray.destroy();
      await running.close().catch(log);
      closed = true;
      app.quit();
    })();
  });

  ensureWindow();
  // While the window loads its page: the first questions it asks then find their indexes built.
  setImmediate(() => running.prepare());
  return {
    core: running,
    dataDir,
    state,
    tray,
    workspace,
    startedHidden,
    mainWindow: () => window,
  };
}
