import { app } from 'electron';
import type { Route } from '../shared/app-model';
import type { HostPort, SecretsPort, WorkspacePort } from '../core/ports';
import { UserError } from '../core/errors';
import { openCalendarFile } from './open-calendar-file';
import { openExternalSafely } from './open-external';
import { idleSeconds, systemTimeZone } from './os-signals';

/** The shell's own state, shared by the window, the tray and the host. */
export interface ShellState {
  /** Set when a quit starts, so closing the window closes it instead of hiding it. */
  quitting: boolean;
  trayAvailable: boolean;
}

export interface ElectronHostOptions {
  version: string;
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  state: ShellState;
  showWindow(route?: Route): void;
  /** The site views (workspace/workspace.ts). */
  workspace: WorkspacePort;
  /** Login items or the XDG autostart entry (autostart.ts). */
  setStartAtLogin(enabled: boolean): void;
  /** The sync password's keeper (keychain-secrets.ts). */
  secrets: SecretsPort;
}

/** What the core may ask of the Electron shell (the web host has its own HostPort). */
export function createElectronHost({
  version,
  platform,
  env,
  state,
  showWindow,
  workspace,
  setStartAtLogin,
  secrets,
}: ElectronHostOptions): HostPort {
  return {
    kind: 'electron',
    version,
    platform,
    trayAvailable: () => state.trayAvailable,
    async openExternal(url) {
      if (!(await openExternalSafely(url))) {
        throw new UserError(
          'forbidden',
          'Netwell only opens https:// web pages and mailto: links.',
        );
      }
    },
    showWindow,
    openCalendarFile: (fileName, text) => openCalendarFile(fileName, text),
    quit() {
      state.quitting = true;
      app.quit();
    },
    systemTimeZone,
    idleSeconds: () => idleSeconds(env, platform),
    workspace,
    secrets,
    setStartAtLogin(enabled) {
      try {
        setStartAtLogin(enabled);
      } catch (error) {
        const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
        throw new UserError(
          'unavailable',
          `Netwell could not ${enabled ? 'add itself to' : 'remove itself from'} the programs that start when you log in. ${detail}`.trim(),
        );
      }
    },
  };
}
