import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appMenuTemplate, installAppMenu } from '../../electron/main/app-menu';
import { fake, FakeMenu, resetFakeElectron, type FakeMenuItem } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => {
  resetFakeElectron();
});

/** Every role in the menu, submenus included. */
function roles(items: readonly FakeMenuItem[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
    ...(item.submenu instanceof FakeMenu ? roles(item.submenu.items) : []),
  ]);
}

const template = (platform: NodeJS.Platform, packaged: boolean) =>
  appMenuTemplate({ platform, packaged }) as FakeMenuItem[];

describe('the application menu', () => {
  it.each(['win32', 'linux', 'darwin'] as const)(
    'has no reload and no developer tools when packaged (%s)',
    (platform) => {
      const packaged = roles(template(platform, true));
      expect(packaged).toContain('editMenu');
      expect(packaged).not.toContain('viewMenu');
      expect(packaged).not.toContain('toggleDevTools');
      expect(packaged).not.toContain('reload');
      expect(packaged).not.toContain('forceReload');
      expect(packaged).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
    },
  );

  it('keeps the macOS app and Window menus, and File > Quit elsewhere', () => {
    expect(roles(template('darwin', true))).toEqual(
      expect.arrayContaining(['appMenu', 'editMenu', 'windowMenu']),
    );
    expect(roles(template('darwin', true))).not.toContain('fileMenu');
    expect(roles(template('linux', true))).toContain('fileMenu');
    expect(roles(template('linux', true))).not.toContain('appMenu');
    expect(roles(template('win32', true))).not.toContain('windowMenu');
  });

  it('offers the developer tools (the View menu) only when unpackaged', () => {
    expect(roles(template('linux', false))).toContain('viewMenu');
    expect(roles(template('darwin', false))).toEqual(
      expect.arrayContaining(['appMenu', 'editMenu', 'viewMenu', 'windowMenu']),
    );
  });

  it('replaces the default menu', () => {
    installAppMenu({ platform: 'linux', packaged: true });
    const menu = fake.applicationMenu as FakeMenu;
    expect(menu).toBeInstanceOf(FakeMenu);
    expect(roles(menu.items)).not.toContain('toggleDevTools');
    expect(roles(menu.items)).toContain('editMenu');
  });
});
