/**
 * A faithful stand-in for the parts of `electron` that the main process and preload use, for
 * `vi.mock('electron', () => import('./fake-electron'))`. It keeps Electron's behaviour where our
 * code depends on it: events are EventEmitters, `preventDefault()` on `close`/`will-navigate`/
 * `will-quit` cancels the action, `ipcMain.handle` refuses a second handler for a channel,
 * `app.quit()` runs before-quit -> close every window -> will-quit -> quit, every new
 * BrowserWindow and WebContentsView announces its webContents through `web-contents-created`
 * (synchronously, from the constructor, as Electron does), `session.fromPartition` throws before
 * the app is ready and returns one session per partition, a session's `onBeforeRequest` listener
 * (one per session; null removes it) decides every request its web contents make, `loadURL`
 * included, and a view belongs to at most one parent.
 * Call `resetFakeElectron()` in beforeEach.
 */
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Never a real user's folder: tests that care set their own with app.setPath. */
const FAKE_APP_DATA = join(tmpdir(), 'netwell-fake-electron', 'appData');

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent<T extends object>(extra?: T): FakeEvent & T {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
    ...extra,
  };
  return event as FakeEvent & T;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

// ---------------------------------------------------------------- state every fake shares

export const fake = {
  singleInstanceLock: true,
  notificationsSupported: true,
  trayThrows: false,
  displays: [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] as {
    id: number;
    workArea: Rect;
  }[],
  openedExternally: [] as string[],
  errorBoxes: [] as { title: string; content: string }[],
  privilegedSchemes: [] as unknown[],
  exitCode: null as number | null,
  quitCount: 0,
  sandboxEnabled: false,
  switches: [] as [string, string][],
  appUserModelId: null as string | null,
  applicationMenu: undefined as unknown,
  exposed: new Map<string, unknown>(),
  nextFrameToken: 1,
  /** The last app.setLoginItemSettings call (macOS/Windows login items). */
  loginItemSettings: null as Record<string, unknown> | null,
  /** What app.getLoginItemSettings() reports for `wasOpenedAtLogin` (macOS). */
  wasOpenedAtLogin: false,
};

// ---------------------------------------------------------------- app

class FakeApp extends EventEmitter {
  isPackaged = false;
  name = 'Electron';
  readonly paths = new Map<string, string>([
    ['appData', FAKE_APP_DATA],
    ['userData', join(FAKE_APP_DATA, 'Electron')],
  ]);
  private ready = false;
  private readyResolvers: (() => void)[] = [];

  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.name = 'Electron';
    this.appPath = '/work/netwell';
    this.paths.clear();
    this.paths.set('appData', FAKE_APP_DATA);
    this.paths.set('userData', join(FAKE_APP_DATA, 'Electron'));
    this.ready = false;
    this.readyResolvers = [];
  }

  getPath(name: string): string {
    const path = this.paths.get(name);
    if (!path) throw new Error(`Failed to get '${name}' path`);
    return path;
  }
  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }
  getName(): string {
    return this.name;
  }
  setName(name: string): void {
    this.name = name;
  }
  getVersion(): string {
    return '45.5.0';
  }
  /** Where an unpackaged app was started from (`electron <path>`). */
  appPath = '/work/netwell';
  getAppPath(): string {
    return this.appPath;
  }
  setLoginItemSettings(settings: Record<string, unknown>): void {
    fake.loginItemSettings = { ...settings };
  }
  getLoginItemSettings(): { openAtLogin: boolean; wasOpenedAtLogin: boolean } {
    return {
      openAtLogin: fake.loginItemSettings?.['openAtLogin'] === true,
      wasOpenedAtLogin: fake.wasOpenedAtLogin,
    };
  }
  setAppUserModelId(id: string): void {
    fake.appUserModelId = id;
  }
  commandLine = {
    appendSwitch(name: string, value?: string): void {
      fake.switches.push([name, value ?? '']);
    },
  };
  enableSandbox(): void {
    if (this.ready) throw new Error('app.enableSandbox() can only be called before app is ready');
    fake.sandboxEnabled = true;
  }
  requestSingleInstanceLock(): boolean {
    return fake.singleInstanceLock;
  }
  isReady(): boolean {
    return this.ready;
  }
  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.readyResolvers.push(resolve));
  }
  /** Test helper: the moment Electron finishes starting. */
  becomeReady(): void {
    this.ready = true;
    this.emit('ready', fakeEvent(), {});
    for (const resolve of this.readyResolvers.splice(0)) resolve();
  }
  /** Mirrors Electron's quit sequence; any preventDefault along the way cancels it. */
  quit(): void {
    fake.quitCount += 1;
    const beforeQuit = fakeEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    for (const window of [...FakeBrowserWindow.all]) {
      window.close();
      if (!window.isDestroyed()) return;
    }
    const willQuit = fakeEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.emit('quit', fakeEvent(), 0);
    fake.exitCode ??= 0;
  }
  exit(code = 0): void {
    fake.exitCode = code;
  }
}

export const app = new FakeApp();

// ---------------------------------------------------------------- session

export interface FakeRequestDetails {
  url: string;
  method: string;
  resourceType: string;
  webContentsId?: number;
}
type BeforeRequestListener = (
  details: FakeRequestDetails,
  callback: (response: { cancel?: boolean; redirectURL?: string }) => void,
) => void;

class FakeWebRequest {
  beforeRequest: BeforeRequestListener | null = null;
  /** Like Electron: one listener per event; a new one replaces it, null removes it. */
  onBeforeRequest(
    filterOrListener: BeforeRequestListener | null | { urls: string[] },
    maybeListener?: BeforeRequestListener | null,
  ): void {
    this.beforeRequest =
      typeof filterOrListener === 'function' || filterOrListener === null
        ? filterOrListener
        : (maybeListener ?? null);
  }
}

export class FakeSession {
  permissionRequestHandler: ((...args: unknown[]) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null;
  webRequest = new FakeWebRequest();
  userAgent =
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Netwell/0.1.0 Chrome/140.0.7339.41 Electron/45.5.0 Safari/537.36';
  storageCleared = 0;
  constructor(readonly partition = '') {}
  reset(): void {
    this.permissionRequestHandler = null;
    this.permissionCheckHandler = null;
    this.devicePermissionHandler = null;
    this.webRequest = new FakeWebRequest();
    this.storageCleared = 0;
  }
  setPermissionRequestHandler(handler: ((...args: unknown[]) => void) | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: ((...args: unknown[]) => boolean) | null): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: ((...args: unknown[]) => boolean) | null): void {
    this.devicePermissionHandler = handler;
  }
  getUserAgent(): string {
    return this.userAgent;
  }
  setUserAgent(userAgent: string): void {
    this.userAgent = userAgent;
  }
  clearStorageData(): Promise<void> {
    this.storageCleared += 1;
    return Promise.resolve();
  }
  clearCache(): Promise<void> {
    return Promise.resolve();
  }
  /** Test helper: what a page asking for `permission` would be told. */
  requestPermission(permission: string): Promise<boolean> {
    return new Promise((resolve) => {
      if (!this.permissionRequestHandler) return resolve(true); // Electron's default: allow
      this.permissionRequestHandler(null, permission, resolve, {});
    });
  }
  checkPermission(permission: string): boolean {
    return this.permissionCheckHandler
      ? this.permissionCheckHandler(null, permission, '', {})
      : true;
  }
  checkDevicePermission(deviceType: string): boolean {
    return this.devicePermissionHandler ? this.devicePermissionHandler({ deviceType }) : true;
  }
  /**
   * Test helper: a request made in this session (by a page, or ses.fetch) passes the
   * onBeforeRequest listener, if any. Resolves to 'cancelled' (net::ERR_BLOCKED_BY_CLIENT),
   * 'allowed', or the redirect URL.
   */
  request(
    url: string,
    details: Partial<FakeRequestDetails> = {},
  ): Promise<'allowed' | 'cancelled' | { redirectURL: string }> {
    const listener = this.webRequest.beforeRequest;
    if (!listener) return Promise.resolve('allowed');
    return new Promise((resolve) => {
      listener({ url, method: 'GET', resourceType: 'mainFrame', ...details }, (response) => {
        if (response.cancel) resolve('cancelled');
        else if (response.redirectURL) resolve({ redirectURL: response.redirectURL });
        else resolve('allowed');
      });
    });
  }
}

const defaultSession = new FakeSession();
const partitions = new Map<string, FakeSession>();

export const session = {
  defaultSession,
  /** Like Electron: one session per partition, and only once the app is ready. */
  fromPartition(partition: string): FakeSession {
    if (!app.isReady()) throw new Error('Session can only be received when app is ready');
    if (partition === '') return defaultSession;
    let found = partitions.get(partition);
    if (!found) {
      found = new FakeSession(partition);
      partitions.set(partition, found);
    }
    return found;
  },
  /** Test helper: the partitions created so far. */
  partitions(): string[] {
    return [...partitions.keys()];
  },
};

// ---------------------------------------------------------------- web contents and frames

export class FakeFrame {
  url = '';
  parent: FakeFrame | null = null;
  readonly frameToken = `frame-${fake.nextFrameToken++}`;
  constructor(readonly processId: number) {}
}

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  /** Like the OS: one web contents at a time has the keyboard; focusing another blurs it. */
  static keyboardFocus: FakeWebContents | null = null;
  readonly id = nextWebContentsId++;
  readonly mainFrame = new FakeFrame(100 + this.id);
  readonly sent: { channel: string; args: unknown[] }[] = [];
  /** Every URL passed to loadURL, in order. */
  readonly loaded: string[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  zoomFactor = 1;
  crashed = false;
  private destroyed = false;
  private focused = false;

  constructor(readonly session: FakeSession = defaultSession) {
    super();
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    // Electron serialises with the structured clone algorithm: functions would throw.
    this.sent.push({ channel, args: args.map((arg) => structuredClone(arg)) });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  /** Goes through the session's onBeforeRequest listener, as a real page load does. */
  async loadURL(url: string): Promise<void> {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.loaded.push(url);
    const outcome = await this.session.request(url, { webContentsId: this.id });
    if (outcome === 'cancelled') {
      throw Object.assign(new Error(`ERR_BLOCKED_BY_CLIENT (-20) loading '${url}'`), {
        code: 'ERR_BLOCKED_BY_CLIENT',
        errno: -20,
      });
    }
    this.mainFrame.url = typeof outcome === 'object' ? outcome.redirectURL : url;
  }
  getZoomFactor(): number {
    return this.zoomFactor;
  }
  setZoomFactor(factor: number): void {
    this.zoomFactor = factor;
  }
  isCrashed(): boolean {
    return this.crashed;
  }
  /** Keyboard focus moves into this page (out of the one that had it). */
  focus(): void {
    if (this.focused || this.destroyed) return;
    FakeWebContents.keyboardFocus?.blur();
    FakeWebContents.keyboardFocus = this;
    this.focused = true;
    this.emit('focus');
  }
  isFocused(): boolean {
    return this.focused;
  }
  /** Test helper: keyboard focus leaves this page. */
  blur(): void {
    if (!this.focused) return;
    this.focused = false;
    if (FakeWebContents.keyboardFocus === this) FakeWebContents.keyboardFocus = null;
    this.emit('blur');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.focused = false;
    if (FakeWebContents.keyboardFocus === this) FakeWebContents.keyboardFocus = null;
    this.emit('destroyed');
  }
  /** Like closing a tab: what a WebContentsView's owner must call, or the page lives on. */
  close(): void {
    this.destroy();
  }

  /** Test helper: the page (or a click) starts a navigation; true if it was allowed. */
  navigate(url: string): boolean {
    const event = fakeEvent({ url, isMainFrame: true });
    this.emit('will-navigate', event, url);
    if (event.defaultPrevented) return false;
    this.mainFrame.url = url;
    return true;
  }
  /** Test helper: the server redirects a navigation; true if it was allowed. */
  redirect(url: string): boolean {
    const event = fakeEvent({ url, isMainFrame: true });
    this.emit('will-redirect', event, url);
    return !event.defaultPrevented;
  }
  /** Test helper: window.open(url) or a target=_blank link. Electron allows it without a handler. */
  openWindow(url: string): 'allow' | 'deny' {
    return this.windowOpenHandler?.({ url }).action ?? 'allow';
  }
  /** Test helper: a <webview> is about to attach; true if it was allowed. */
  attachWebview(src: string): boolean {
    const event = fakeEvent();
    this.emit('will-attach-webview', event, {}, { src });
    return !event.defaultPrevented;
  }
  /** Test helper: a subframe of this page (for sender checks). */
  createSubframe(url: string): FakeFrame {
    const frame = new FakeFrame(this.mainFrame.processId);
    frame.url = url;
    frame.parent = this.mainFrame;
    return frame;
  }
}

// ---------------------------------------------------------------- views

export class FakeView extends EventEmitter {
  readonly children: FakeView[] = [];
  parent: FakeView | null = null;
  private bounds: Rect = { x: 0, y: 0, width: 0, height: 0 };
  private visible = true;

  /** Like Electron: a view has one parent; adding it again moves it to the top. */
  addChildView(view: FakeView): void {
    view.parent?.removeChildView(view);
    this.children.push(view);
    view.parent = this;
  }
  removeChildView(view: FakeView): void {
    const index = this.children.indexOf(view);
    if (index === -1) return;
    this.children.splice(index, 1);
    view.parent = null;
  }
  setBounds(bounds: Rect): void {
    this.bounds = { ...bounds };
    this.emit('bounds-changed');
  }
  getBounds(): Rect {
    return { ...this.bounds };
  }
  setVisible(visible: boolean): void {
    this.visible = visible;
  }
  getVisible(): boolean {
    return this.visible;
  }
}
export { FakeView as View };

export class FakeWebContentsView extends FakeView {
  static all: FakeWebContentsView[] = [];
  readonly webContents: FakeWebContents;

  constructor(
    readonly options: { webPreferences?: Record<string, unknown> & { partition?: string } } = {},
  ) {
    super();
    const partition = options.webPreferences?.partition;
    this.webContents = new FakeWebContents(
      partition ? session.fromPartition(partition) : defaultSession,
    );
    FakeWebContentsView.all.push(this);
    app.emit('web-contents-created', fakeEvent(), this.webContents);
  }
}
export { FakeWebContentsView as WebContentsView };

// ---------------------------------------------------------------- windows

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return [...FakeBrowserWindow.all];
  }

  readonly webContents = new FakeWebContents();
  /** In Electron the window's own page is a view too; the fake keeps just the container. */
  readonly contentView = new FakeView();
  private bounds: Rect;
  private normalBounds: Rect;
  private visible: boolean;
  private maximized = false;
  private minimized = false;
  private focused = false;
  private destroyed = false;

  constructor(
    readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> } = {},
  ) {
    super();
    const area = fake.displays[0]?.workArea ?? { x: 0, y: 0, width: 800, height: 600 };
    const width = Number(options['width'] ?? 800);
    const height = Number(options['height'] ?? 600);
    this.bounds = {
      x: Number(options['x'] ?? area.x + Math.round((area.width - width) / 2)),
      y: Number(options['y'] ?? area.y + Math.round((area.height - height) / 2)),
      width,
      height,
    };
    this.normalBounds = { ...this.bounds };
    this.visible = options['show'] !== false;
    FakeBrowserWindow.all.push(this);
    app.emit('web-contents-created', fakeEvent(), this.webContents);
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url).then(() => {
      this.emit('ready-to-show');
    });
  }
  show(): void {
    this.visible = true;
    this.minimized = false;
    this.emit('show');
  }
  hide(): void {
    this.visible = false;
    this.focused = false;
    this.emit('hide');
  }
  /** Shows the window without focusing it. */
  showInactive(): void {
    this.visible = true;
    this.emit('show');
  }
  focus(): void {
    if (this.focused) return;
    this.focused = true;
    this.emit('focus');
    app.emit('browser-window-focus', fakeEvent(), this);
  }
  /** Test helper: another app takes the focus. */
  blur(): void {
    if (!this.focused) return;
    this.focused = false;
    this.emit('blur');
    app.emit('browser-window-blur', fakeEvent(), this);
  }
  isFocused(): boolean {
    return this.focused;
  }
  isVisible(): boolean {
    return this.visible;
  }
  /** Like Electron: minimising a window that was never shown shows it, minimised. */
  minimize(): void {
    this.minimized = true;
    this.visible = true;
    this.emit('minimize');
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
    this.emit('restore');
  }
  maximize(): void {
    if (!this.maximized) this.normalBounds = { ...this.bounds };
    this.maximized = true;
    const area = fake.displays[0]?.workArea ?? this.bounds;
    this.bounds = { ...area };
    this.visible = true;
    this.emit('maximize');
  }
  unmaximize(): void {
    if (!this.maximized) return;
    this.maximized = false;
    this.bounds = { ...this.normalBounds };
    this.emit('unmaximize');
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getBounds(): Rect {
    return { ...this.bounds };
  }
  getNormalBounds(): Rect {
    return this.maximized || this.minimized ? { ...this.normalBounds } : { ...this.bounds };
  }
  setBounds(bounds: Partial<Rect>): void {
    this.bounds = { ...this.bounds, ...bounds };
    if (!this.maximized) this.normalBounds = { ...this.bounds };
    this.emit('resize');
    this.emit('move');
  }
  /** Like the user clicking the close button: `close` may be prevented; otherwise the window goes. */
  close(): void {
    if (this.destroyed) return;
    const event = fakeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    FakeBrowserWindow.all = FakeBrowserWindow.all.filter((w) => w !== this);
    this.webContents.destroy();
    this.emit('closed');
    if (FakeBrowserWindow.all.length === 0) app.emit('window-all-closed');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}
export { FakeBrowserWindow as BrowserWindow };

// ---------------------------------------------------------------- power

class FakePowerMonitor extends EventEmitter {
  idleSeconds = 0;
  getSystemIdleTime(): number {
    return this.idleSeconds;
  }
  reset(): void {
    this.removeAllListeners();
    this.idleSeconds = 0;
  }
}

export const powerMonitor = new FakePowerMonitor();

// ---------------------------------------------------------------- screen, dialog, shell

export const screen = {
  getAllDisplays: () => fake.displays.map((d) => ({ ...d, bounds: d.workArea })),
  getPrimaryDisplay: () => {
    const first = fake.displays[0];
    if (!first) throw new Error('no display');
    return { ...first, bounds: first.workArea };
  },
};

export const dialog = {
  showErrorBox(title: string, content: string): void {
    fake.errorBoxes.push({ title, content });
  },
};

export const shell = {
  openExternal(url: string): Promise<void> {
    fake.openedExternally.push(url);
    return Promise.resolve();
  },
};

// ---------------------------------------------------------------- ipc

export interface FakeInvokeEvent {
  sender: FakeWebContents;
  senderFrame: FakeFrame | null;
}

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, (event: FakeInvokeEvent, ...args: unknown[]) => unknown>();
  reset(): void {
    this.removeAllListeners();
    this.handlers.clear();
  }
  handle(channel: string, listener: (event: FakeInvokeEvent, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Test helper: what `ipcRenderer.invoke(channel, ...args)` from `event`'s frame would get. */
  async invoke(channel: string, event: FakeInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    // Arguments and results cross IPC by structured clone.
    const result = await handler(event, ...args.map((arg) => structuredClone(arg)));
    return structuredClone(result);
  }
}

export const ipcMain = new FakeIpcMain();

/** The preload's side. `invoke` answers with `respond`, which tests set. */
class FakeIpcRenderer extends EventEmitter {
  readonly invoked: { channel: string; args: unknown[] }[] = [];
  respond: (channel: string, ...args: unknown[]) => unknown = () => ({ ok: true, value: null });
  reset(): void {
    this.removeAllListeners();
    this.invoked.length = 0;
    this.respond = () => ({ ok: true, value: null });
  }
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args });
    return Promise.resolve(this.respond(channel, ...args));
  }
  /** Test helper: main sends `payload` on `channel` (Electron passes the IPC event first). */
  deliver(channel: string, payload: unknown): void {
    this.emit(channel, { sender: this, senderId: 0, ports: [] }, payload);
  }
}

export const ipcRenderer = new FakeIpcRenderer();

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    if (fake.exposed.has(key))
      throw new Error(`Cannot bind an API on top of an existing property: ${key}`);
    fake.exposed.set(key, api);
  },
};

// ---------------------------------------------------------------- protocol

class FakeProtocol {
  readonly handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  reset(): void {
    this.handlers.clear();
  }
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    if (app.isReady())
      throw new Error('registerSchemesAsPrivileged must be called before app is ready');
    fake.privilegedSchemes.push(...schemes);
  }
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.handlers.set(scheme, handler);
  }
  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }
  /** Test helper: what the renderer gets for `url`. */
  async fetch(url: string, init?: RequestInit): Promise<Response> {
    const scheme = url.slice(0, url.indexOf(':'));
    const handler = this.handlers.get(scheme);
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME ${scheme}`);
    return handler(new Request(url, init));
  }
}

export const protocol = new FakeProtocol();

// ---------------------------------------------------------------- images, tray, menu

export class FakeNativeImage {
  private template = false;
  constructor(readonly path: string) {}
  setTemplateImage(value: boolean): void {
    this.template = value;
  }
  isTemplateImage(): boolean {
    return this.template;
  }
  isEmpty(): boolean {
    return this.path === '';
  }
}

export const nativeImage = {
  createFromPath: (path: string) => new FakeNativeImage(path),
  createEmpty: () => new FakeNativeImage(''),
};

export interface FakeMenuItem {
  id?: string;
  label?: string;
  type?: string;
  role?: string;
  enabled?: boolean;
  accelerator?: string;
  click?: (...args: unknown[]) => void;
  submenu?: FakeMenuItem[] | FakeMenu;
}

export class FakeMenu {
  constructor(readonly items: FakeMenuItem[]) {}
  static buildFromTemplate(template: FakeMenuItem[]): FakeMenu {
    return new FakeMenu(
      template.map((item) => ({
        type: item.submenu ? 'submenu' : 'normal',
        enabled: true,
        ...item,
        ...(Array.isArray(item.submenu)
          ? { submenu: FakeMenu.buildFromTemplate(item.submenu) }
          : {}),
      })),
    );
  }
  static setApplicationMenu(menu: FakeMenu | null): void {
    fake.applicationMenu = menu;
  }
}
export { FakeMenu as Menu };

export class FakeTray extends EventEmitter {
  static all: FakeTray[] = [];
  image: FakeNativeImage;
  tooltip = '';
  title = '';
  menu: FakeMenu | null = null;
  menuBuilds = 0;
  imageChanges = 0;
  private destroyed = false;

  constructor(image: FakeNativeImage) {
    super();
    if (fake.trayThrows) throw new Error('Failed to create tray');
    this.image = image;
    FakeTray.all.push(this);
  }
  setImage(image: FakeNativeImage): void {
    this.image = image;
    this.imageChanges += 1;
  }
  setToolTip(tooltip: string): void {
    this.tooltip = tooltip;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setContextMenu(menu: FakeMenu | null): void {
    this.menu = menu;
    this.menuBuilds += 1;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Test helper: choose the menu item with this id. */
  choose(id: string): void {
    const item = this.menu?.items.find((i) => i.id === id);
    if (!item?.click) throw new Error(`No clickable tray item ${id}`);
    if (item.enabled === false) throw new Error(`Tray item ${id} is disabled`);
    item.click();
  }
}
export { FakeTray as Tray };

// ---------------------------------------------------------------- notifications

export class FakeNotification extends EventEmitter {
  static all: FakeNotification[] = [];
  static isSupported(): boolean {
    return fake.notificationsSupported;
  }
  shown = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeNotification.all.push(this);
  }
  show(): void {
    this.shown = true;
    this.emit('show', fakeEvent());
  }
  close(): void {
    this.emit('close', fakeEvent());
  }
  /** Test helper: the user clicks the notification. */
  click(): void {
    this.emit('click', fakeEvent());
  }
}
export { FakeNotification as Notification };

// ---------------------------------------------------------------- reset and default export

/** Fresh fakes for each test. */
export function resetFakeElectron(): void {
  Object.assign(fake, {
    singleInstanceLock: true,
    notificationsSupported: true,
    trayThrows: false,
    displays: [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    openedExternally: [],
    errorBoxes: [],
    privilegedSchemes: [],
    exitCode: null,
    quitCount: 0,
    sandboxEnabled: false,
    switches: [],
    appUserModelId: null,
    applicationMenu: undefined,
    exposed: new Map(),
    loginItemSettings: null,
    wasOpenedAtLogin: false,
  });
  for (const window of FakeBrowserWindow.all) window.removeAllListeners();
  FakeBrowserWindow.all = [];
  FakeWebContentsView.all = [];
  partitions.clear();
  FakeWebContents.keyboardFocus = null;
  FakeTray.all = [];
  FakeNotification.all = [];
  app.reset();
  safeStorage.available = true;
  safeStorage.backend = 'gnome_libsecret';
  session.defaultSession.reset();
  ipcMain.reset();
  ipcRenderer.reset();
  protocol.reset();
  powerMonitor.reset();
}

/** Reversible "encryption", so tests can see that what is written is not the secret itself. */
export const safeStorage = {
  available: true,
  backend: 'gnome_libsecret' as string,
  isEncryptionAvailable: () => safeStorage.available,
  getSelectedStorageBackend: () => safeStorage.backend,
  encryptString: (text: string) => Buffer.from(`sealed:${Buffer.from(text).toString('hex')}`),
  decryptString: (sealed: Buffer) => {
    const text = sealed.toString();
    if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext');
    return Buffer.from(text.slice(7), 'hex').toString();
  },
};

const electron = {
  app,
  safeStorage,
  session,
  ipcMain,
  ipcRenderer,
  protocol,
  BrowserWindow: FakeBrowserWindow,
  View: FakeView,
  WebContentsView: FakeWebContentsView,
  Menu: FakeMenu,
  Tray: FakeTray,
  Notification: FakeNotification,
  nativeImage,
  powerMonitor,
  screen,
  dialog,
  shell,
  contextBridge,
};
export default electron;
