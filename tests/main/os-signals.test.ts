import { beforeEach, describe, expect, it, vi } from 'vitest';
import { idleSeconds, systemTimeZone, watchPowerEvents } from '../../electron/main/os-signals';
import { powerMonitor, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => {
  resetFakeElectron();
});

describe('OS signals', () => {
  it.each([
    ['linux', 'x11', 42],
    ['linux', 'wayland', null],
    ['darwin', undefined, 42],
    ['win32', undefined, 42],
  ] as const)('idle time on %s (%s) is %s', (platform, session, expected) => {
    powerMonitor.idleSeconds = 42;
    expect(idleSeconds({ XDG_SESSION_TYPE: session }, platform)).toBe(expected);
  });

  it('reads the time zone fresh', () => {
    expect(systemTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('reports wake and lock changes until unwatched', () => {
    const seen: number[] = [];
    const unwatch = watchPowerEvents(() => seen.push(1));
    powerMonitor.emit('resume');
    powerMonitor.emit('lock-screen');
    powerMonitor.emit('unlock-screen');
    powerMonitor.emit('suspend'); // nothing to recompute until we wake
    expect(seen).toHaveLength(3);
    unwatch();
    powerMonitor.emit('resume');
    expect(seen).toHaveLength(3);
  });
});
