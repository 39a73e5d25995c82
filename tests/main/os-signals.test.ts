import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createClockWatch, type ClockReadings } from '../../electron/main/clock-watch';
import {
  CLOCK_CHECK_INTERVAL_MS,
  idleSeconds,
  refreshTimeZone,
  systemTimeZone,
  watchSystemSignals,
} from '../../electron/main/os-signals';
import { app, FakeBrowserWindow, powerMonitor, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => {
  resetFakeElectron();
});

/** Clocks and a zone the test moves by hand. */
function manualReadings() {
  const machine = { wall: 1_750_000_000_000, monotonic: 5_000, zone: 'Europe/Lisbon' };
  const readings: ClockReadings = {
    wallMs: () => machine.wall,
    monotonicMs: () => machine.monotonic,
    timeZone: () => machine.zone,
  };
  /** Time passes normally: both clocks move together. */
  const pass = (ms: number) => {
    machine.wall += ms;
    machine.monotonic += ms;
  };
  return { machine, readings, pass };
}

describe('idle time and time zone', () => {
  it.each([
    ['linux', 'x11', 42],
    ['linux', 'wayland', null],
    ['darwin', undefined, 42],
    ['win32', undefined, 42],
  ] as const)('idle time on %s (%s) is %s', (platform, session, expected) => {
    powerMonitor.idleSeconds = 42;
    expect(idleSeconds({ XDG_SESSION_TYPE: session }, platform)).toBe(expected);
  });

  it('reads the zone V8 detected', () => {
    expect(systemTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('refreshes the zone without changing TZ: a pinned zone stays, an unset one stays unset', () => {
    const pinned: NodeJS.ProcessEnv = { TZ: 'Asia/Tokyo' };
    refreshTimeZone(pinned);
    expect(pinned).toEqual({ TZ: 'Asia/Tokyo' });
    const unset: NodeJS.ProcessEnv = {};
    refreshTimeZone(unset);
    expect(unset).toEqual({}); // never the string "undefined"
    expect('TZ' in unset).toBe(false);
  });

  it('makes V8 look at the zone again through process.env (Node re-detects on a TZ write)', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Tokyo';
      expect(systemTimeZone()).toBe('Asia/Tokyo');
      refreshTimeZone(process.env);
      expect(process.env.TZ).toBe('Asia/Tokyo');
      expect(systemTimeZone()).toBe('Asia/Tokyo');
      expect(new Date(0).getTimezoneOffset()).toBe(-540);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('the clock watch', () => {
  it('reports nothing while time passes normally', () => {
    const { readings, pass } = manualReadings();
    const watch = createClockWatch(readings);
    pass(3_600_000);
    expect(watch.poll()).toEqual({ clock: false, zone: false });
  });

  it('ignores NTP-sized corrections and reports a jump of more than a minute', () => {
    const { machine, readings } = manualReadings();
    const watch = createClockWatch(readings);
    machine.wall += 30_000;
    expect(watch.poll()).toEqual({ clock: false, zone: false });
    machine.wall -= 2 * 3_600_000; // the user set the clock back two hours
    expect(watch.poll()).toEqual({ clock: true, zone: false });
    expect(watch.poll()).toEqual({ clock: false, zone: false }); // a new baseline
  });

  it('reports a time-zone change once', () => {
    const { machine, readings } = manualReadings();
    const watch = createClockWatch(readings);
    machine.zone = 'America/New_York';
    expect(watch.poll()).toEqual({ clock: false, zone: true });
    expect(watch.poll()).toEqual({ clock: false, zone: false });
  });
});

describe('watchSystemSignals', () => {
  function setUp() {
    const clocks = manualReadings();
    const calls: string[] = [];
    const checks: { ms: number; fn: () => void; stopped: boolean }[] = [];
    const unwatch = watchSystemSignals({
      clockWatch: createClockWatch(clocks.readings),
      recompute: () => calls.push('recompute'),
      away: () => calls.push('away'),
      back: () => calls.push('back'),
      every: (ms, fn) => {
        const check = { ms, fn, stopped: false };
        checks.push(check);
        return () => {
          check.stopped = true;
        };
      },
    });
    return { ...clocks, calls, checks, unwatch };
  }

  it('stops workspace time and recomputes on sleep and the lock screen', () => {
    const { calls } = setUp();
    powerMonitor.emit('suspend');
    powerMonitor.emit('lock-screen');
    expect(calls).toEqual(['away', 'recompute', 'away', 'recompute']);
  });

  it('recomputes once on wake and unlock, then reads focus again', () => {
    const { calls, machine, pass } = setUp();
    machine.wall += 8 * 3_600_000; // asleep all night: the monotonic clock stood still
    powerMonitor.emit('resume');
    expect(calls).toEqual(['recompute', 'back']);
    calls.length = 0;
    pass(60_000);
    new FakeBrowserWindow().focus(); // the wake-up reading is the new baseline
    expect(calls).toEqual([]);
    powerMonitor.emit('unlock-screen');
    expect(calls).toEqual(['recompute', 'back']);
  });

  it('recomputes when a window gains focus after the clock or the zone changed, and only then', () => {
    const { calls, machine, pass } = setUp();
    const window = new FakeBrowserWindow();
    window.focus();
    expect(calls).toEqual([]);
    window.blur();
    pass(600_000);
    machine.wall += 3_600_000; // the clock was set an hour ahead
    window.focus();
    expect(calls).toEqual(['recompute']);
    window.blur();
    machine.zone = 'Asia/Tokyo'; // flew to Tokyo
    window.focus();
    expect(calls).toEqual(['recompute', 'recompute']);
  });

  it('checks every five minutes, recomputing only on a change', () => {
    const { calls, checks, machine, pass } = setUp();
    expect(checks.map((c) => c.ms)).toEqual([CLOCK_CHECK_INTERVAL_MS]);
    expect(CLOCK_CHECK_INTERVAL_MS).toBe(300_000);
    const check = checks[0];
    pass(CLOCK_CHECK_INTERVAL_MS);
    check?.fn();
    expect(calls).toEqual([]);
    machine.zone = 'America/Sao_Paulo'; // the OS set the zone by location after a wake
    pass(CLOCK_CHECK_INTERVAL_MS);
    check?.fn();
    expect(calls).toEqual(['recompute']);
  });

  it('stops listening when unwatched', () => {
    const { calls, checks, unwatch } = setUp();
    unwatch();
    powerMonitor.emit('resume');
    powerMonitor.emit('suspend');
    expect(app.listenerCount('browser-window-focus')).toBe(0);
    expect(checks[0]?.stopped).toBe(true);
    expect(calls).toEqual([]);
  });
});
