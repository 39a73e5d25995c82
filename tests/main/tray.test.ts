import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrayModel } from '../../electron/shared/app-model';
import { createAppTray, type AppTrayOptions } from '../../electron/main/tray';
import { trayIconFile, trayLikelyShown } from '../../electron/main/tray-support';
import { fake, FakeTray, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

/** A tray model as the core's buildTrayModel makes them (kept literal: the core's inputs evolve). */
const model = (
  statusLine = 'No networking window scheduled',
  icon: TrayModel['icon'] = 'off',
): TrayModel => ({
  icon,
  tooltip: `Netwell: ${statusLine}`,
  title: '',
  items: [
    { id: 'status', label: statusLine, kind: 'status', enabled: false },
    { id: 'sep-1', label: '', kind: 'separator', enabled: false },
    { id: 'open', label: 'Open Netwell', kind: 'action', enabled: true },
    { id: 'start-now', label: 'Start a window now', kind: 'action', enabled: false },
    { id: 'sep-2', label: '', kind: 'separator', enabled: false },
    { id: 'quit', label: 'Quit Netwell', kind: 'action', enabled: true },
  ],
});

function make(initial: TrayModel, overrides: Partial<AppTrayOptions> = {}) {
  const actions: string[] = [];
  const clicks: number[] = [];
  const tray = createAppTray(initial, {
    iconDir: '/app/resources/tray',
    platform: 'linux',
    onAction: (id) => {
      actions.push(id);
    },
    onClick: () => {
      clicks.push(1);
    },
    log: () => undefined,
    ...overrides,
  });
  return { tray, actions, clicks, os: FakeTray.all[0] };
}

beforeEach(() => {
  resetFakeElectron();
});

describe('the tray', () => {
  it('takes its tooltip, icon and menu from the model', () => {
    const { os, actions } = make(model('Networking window open until 10:30', 'open'));
    expect(os?.tooltip).toBe('Netwell: Networking window open until 10:30');
    expect(os?.image.path).toBe('/app/resources/tray/tray-open.png');
    const items = os?.menu?.items ?? [];
    expect(items.map((i) => [i.type, i.label ?? '', i.enabled])).toEqual([
      ['normal', 'Networking window open until 10:30', false],
      ['separator', '', true],
      ['normal', 'Open Netwell', true],
      ['normal', 'Start a window now', false],
      ['separator', '', true],
      ['normal', 'Quit Netwell', true],
    ]);
    expect(() => os?.choose('start-now')).toThrow(/disabled/);
    expect(items[0]?.click).toBeUndefined();
    os?.choose('open');
    os?.choose('quit');
    expect(actions).toEqual(['open', 'quit']);
  });

  it('rebuilds only when the model changes', () => {
    const { tray, os } = make(model());
    expect(os?.menuBuilds).toBe(1);
    tray.update(model());
    tray.update(structuredClone(model()));
    expect(os?.menuBuilds).toBe(1);
    expect(os?.imageChanges).toBe(0);

    tray.update(model('Networking window at 14:00', 'off'));
    expect(os?.menuBuilds).toBe(2);
    expect(os?.imageChanges).toBe(0); // same icon: no new image

    tray.update(model('Networking window at 14:00', 'upcoming'));
    expect(os?.menuBuilds).toBe(3);
    expect(os?.imageChanges).toBe(1);
    expect(os?.image.path).toBe('/app/resources/tray/tray-upcoming.png');
  });

  it('uses the template image and the title on macOS', () => {
    const { os } = make(
      { ...model('Open until 10:30', 'open'), title: '10:30' },
      { platform: 'darwin' },
    );
    expect(os?.image.path).toBe('/app/resources/tray/trayTemplate.png');
    expect(os?.image.isTemplateImage()).toBe(true);
    expect(os?.title).toBe('10:30');
    expect(os?.listenerCount('click')).toBe(0); // macOS opens the menu on click
  });

  it('shows the window on a left click (Windows, Linux)', () => {
    const { os, clicks } = make(model());
    os?.emit('click');
    expect(clicks).toEqual([1]);
  });

  it('keeps working if an action throws', () => {
    const errors: unknown[] = [];
    const { os } = make(model(), {
      onAction: () => {
        throw new Error('boom');
      },
      log: (e) => errors.push(e),
    });
    expect(() => os?.choose('open')).not.toThrow();
    expect(errors).toHaveLength(1);
  });

  it('logs an action that fails later (tray actions may be asynchronous)', async () => {
    const errors: unknown[] = [];
    const { os } = make(model(), {
      onAction: () => Promise.reject(new Error('later')),
      log: (e) => errors.push(e),
    });
    os?.choose('open');
    await new Promise((resolve) => setImmediate(resolve));
    expect(errors).toEqual([new Error('later')]);
  });

  it('reports itself unavailable when no tray can be created', () => {
    fake.trayThrows = true;
    const { tray } = make(model());
    expect(tray.available).toBe(false);
    expect(() => tray.update(model('changed'))).not.toThrow();
    expect(() => tray.destroy()).not.toThrow();
  });

  it('is destroyed once and then ignores updates', () => {
    const { tray, os } = make(model());
    tray.destroy();
    expect(os?.isDestroyed()).toBe(true);
    tray.update(model('later'));
    expect(os?.menuBuilds).toBe(1);
  });
});

describe('tray support', () => {
  it.each([
    ['linux', 'GNOME', false],
    ['linux', 'GNOME-Classic:GNOME', false],
    ['linux', 'ubuntu:GNOME', true],
    ['linux', 'pop:GNOME', true],
    ['linux', 'KDE', true],
    ['linux', 'XFCE', true],
    ['linux', undefined, true],
    ['win32', 'GNOME', true],
    ['darwin', undefined, true],
  ] as const)('%s with XDG_CURRENT_DESKTOP=%s shows a tray: %s', (platform, desktop, shown) => {
    expect(trayLikelyShown(platform, { XDG_CURRENT_DESKTOP: desktop })).toBe(shown);
  });

  it('names one icon per state, and the template on macOS', () => {
    expect(trayIconFile('paused', 'win32')).toBe('tray-paused.png');
    expect(trayIconFile('paused', 'darwin')).toBe('trayTemplate.png');
  });
});
