import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface AppMenuInput {
  platform: NodeJS.Platform;
  /** app.isPackaged: a packaged build has no reload and no developer tools. */
  packaged: boolean;
}

/**
 * Pure: the application menu. Electron's default menu carries Reload and Toggle Developer Tools;
 * a packaged Netwell keeps only what a user needs: the macOS app menu (About, Hide, Quit) or, on
 * Windows and Linux, File > Quit (the only way out when no tray icon is shown), Edit (so copy,
 * paste, undo and select-all work in text fields), zoom and full screen, and the macOS Window menu. Unpackaged runs get the full View menu, developer tools included.
 */
export function appMenuTemplate({
  platform,
  packaged,
}: AppMenuInput): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const view: MenuItemConstructorOptions = packaged
    ? {
        label: 'View',
        submenu: [
          { role: 'resetZoom' },
          { role: 'zoomIn' },
          { role: 'zoomOut' },
          { type: 'separator' },
          { role: 'togglefullscreen' },
        ],
      }
    : { role: 'viewMenu' };
  return [
    mac ? { role: 'appMenu' } : { role: 'fileMenu' },
    { role: 'editMenu' },
    view,
    ...(mac ? [{ role: 'windowMenu' } as const] : []),
  ];
}

/** Replaces Electron's default menu. Call once the app is ready. */
export function installAppMenu(input: AppMenuInput): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(input)));
}
