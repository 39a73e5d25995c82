import type { WebPreferences } from 'electron';

/**
 * The security switches every Netwell web contents starts with: the main window and each workspace
 * site view (Electron security checklist items 2-4, 6, 8-11). They are written out once, as
 * literals, so a review sees every switch in one place and the two factories cannot drift apart.
 */
const HARDENED = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: true,
} as const satisfies WebPreferences;

/**
 * What a factory may add to the hardened switches: the main window's preload, a site's partition.
 * Only these, so a caller cannot turn a switch off by passing it.
 */
export type WebPreferencesExtras = Pick<WebPreferences, 'preload' | 'partition'>;

/** The hardened switches plus the caller's extras; the switches are spread last, so they win. */
export function hardenedWebPreferences(extras: WebPreferencesExtras = {}): WebPreferences {
  return { ...extras, ...HARDENED };
}
