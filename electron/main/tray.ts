import { join } from 'node:path';
import {
  Menu,
  nativeImage,
  Tray,
  type MenuItemConstructorOptions,
  type NativeImage,
} from 'electron';
import { ChangeGate } from '../core/change-gate';
import type { TrayItem, TrayModel } from '../shared/app-model';
import { trayIconFile } from './tray-support';

export interface AppTrayOptions {
  /** resources/tray: tray-<icon>.png (+ @2x) and the macOS trayTemplate.png (+ @2x). */
  iconDir: string;
  platform: NodeJS.Platform;
  /** A menu action was chosen: activateTrayItem(id, host, core.boundaries). */
  onAction(id: string): void | Promise<void>;
  /** A left click on the icon (Windows, some Linux panels): show the window. */
  onClick(): void;
  log(error: unknown): void;
}

export interface AppTray {
  /** False when no Tray could be created. */
  readonly available: boolean;
  /** Rebuilds icon, tooltip and menu, but only if the model differs from the one shown. */
  update(model: TrayModel): void;
  destroy(): void;
}

function menuItem(item: TrayItem, onAction: (id: string) => void): MenuItemConstructorOptions {
  switch (item.kind) {
    case 'separator':
      return { type: 'separator' };
    case 'status':
      return { id: item.id, label: item.label, enabled: false };
    case 'action':
      return {
        id: item.id,
        label: item.label,
        enabled: item.enabled,
        click: () => onAction(item.id),
      };
  }
}

/** Turns TrayModels (from the core's TrayPresenter) into the OS tray icon and its menu. */
export function createAppTray(initial: TrayModel, options: AppTrayOptions): AppTray {
  const { platform } = options;
  const imageFor = (model: TrayModel): NativeImage => {
    // createFromPath picks up the @2x file next to it for high-DPI displays.
    const image = nativeImage.createFromPath(
      join(options.iconDir, trayIconFile(model.icon, platform)),
    );
    if (platform === 'darwin') image.setTemplateImage(true);
    return image;
  };

  let tray: Tray | null;
  try {
    tray = new Tray(imageFor(initial));
  } catch (error) {
    options.log(error);
    tray = null;
  }
  if (tray && platform !== 'darwin') tray.on('click', () => options.onClick());

  const shown = new ChangeGate<TrayModel>();
  let shownIcon = initial.icon;
  const safeAction = (id: string) => {
    try {
      Promise.resolve(options.onAction(id)).catch(options.log);
    } catch (error) {
      options.log(error);
    }
  };

  const update = (model: TrayModel): void => {
    if (!tray || tray.isDestroyed()) return;
    if (!shown.changed(model)) return;
    if (model.icon !== shownIcon) {
      shownIcon = model.icon;
      tray.setImage(imageFor(model));
    }
    tray.setToolTip(model.tooltip);
    if (platform === 'darwin') tray.setTitle(model.title);
    tray.setContextMenu(
      Menu.buildFromTemplate(model.items.map((item) => menuItem(item, safeAction))),
    );
  };
  update(initial);

  return {
    available: tray !== null,
    update,
    destroy() {
      if (tray && !tray.isDestroyed()) tray.destroy();
      tray = null;
    },
  };
}
