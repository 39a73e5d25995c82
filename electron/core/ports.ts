/**
 * What the core asks of the shell it runs in. Declared here, below the composition root, so the
 * shells (electron/main, electron/web) implement them without importing the core's wiring.
 */
import type { Route } from '../shared/app-model';
import type { WorkspaceSite } from '../shared/boundaries';

/** What a host (the Electron shell or the web host) does on the core's behalf. */
export interface HostPort {
  kind: 'electron' | 'web';
  version: string;
  platform: string;
  trayAvailable(): boolean;
  openExternal(url: string): Promise<void>;
  showWindow(route?: Route): void;
  quit(): void;
  /** The OS's IANA time zone, read fresh each time (it can change while we run). */
  systemTimeZone(): string;
  /** Seconds since the last input, or null where the OS cannot tell (Wayland). */
  idleSeconds(): number | null;
  workspace: WorkspacePort;
  /** Start with the OS session (Linux: an autostart .desktop file; macOS/Windows: login items). */
  setStartAtLogin(enabled: boolean): void;
  /**
   * Opens an iCalendar file with the system's calendar app (Electron: written to a temporary
   * file, then opened). False where the host cannot open files (web host): the renderer then
   * downloads it.
   */
  openCalendarFile(fileName: string, text: string): Promise<boolean>;
  /** Where the sync password is kept (never in settings or data files). */
  secrets: SecretsPort;
}

/**
 * A small secret store: the OS keychain through Electron's safeStorage in the desktop app, this
 * run's memory in the browser host (or where the OS offers no keychain).
 */
export interface SecretsPort {
  readonly kind: 'keychain' | 'memory';
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/** The networking workspace: sites embedded in the window (Electron) or shown as links (web host). */
export interface WorkspacePort {
  /**
   * Locks or unlocks the sites; locked, Electron refuses every request in their sessions. Sites
   * whose ids are in `onBreak` stay locked while the others are open.
   */
  applyAccess(open: boolean, sites: readonly WorkspaceSite[], onBreak?: readonly string[]): void;
  /** Shows a site in the window at `bounds`; false where the host cannot embed (web host). */
  show(
    site: WorkspaceSite,
    bounds: { x: number; y: number; width: number; height: number },
  ): boolean;
  hide(): void;
}
