import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { NotificationCenter } from '../../electron/core/app/notification-center';
import { TrayPresenter } from '../../electron/core/app/tray-presenter';
import { BoundariesService } from '../../electron/core/boundaries/boundaries-service';
import { ManualClock, type TimerHandle } from '../../electron/core/clock';
import { EventBus } from '../../electron/core/event-bus';
import { openSettings } from '../../electron/core/settings/settings-store';
import { openStore } from '../../electron/core/store/open-store';

/** Counts every timer the service arms. */
class CountingClock extends ManualClock {
  armed = 0;
  override setTimeout(fn: () => void, ms: number): TimerHandle {
    this.armed++;
    return super.setTimeout(fn, ms);
  }
}

/**
 * The whole boundaries service (scheduler, tray, notifications, lock) over one simulated weekday
 * with two windows and nobody at the workspace: how many timers it arms, how many tray rebuilds
 * and notifications that costs. Outside windows only the scheduler's boundary timer exists; inside
 * a window the tooltip's countdown adds one timer per minute.
 */
export async function runBoundariesBench(): Promise<Record<string, Record<string, number>>> {
  const dir = mkdtempSync(join(tmpdir(), 'netwell-bench-b-'));
  try {
    const clock = new CountingClock('2026-03-02T00:00:00Z');
    const bus = new EventBus();
    const store = await openStore({ dataDir: dir, clock });
    const settings = openSettings(
      dir,
      (o) => new Conf<Record<string, unknown>>({ ...o, projectName: 'nw-bench' }),
      clock,
      () => {},
    );
    settings.set({
      ...settings.get(),
      schedule: {
        version: 1,
        schedule: {
          timeZone: 'UTC',
          reminderLeadMin: 5,
          closingMin: 5,
          windows: [
            { id: 'a', days: [1], start: '12:00', end: '12:45' },
            { id: 'b', days: [1], start: '18:00', end: '18:30' },
          ],
        },
        exceptions: { daysOff: [], extraWindows: [] },
      },
    });
    let trayChanges = 0;
    let events = 0;
    bus.subscribe((name) => {
      if (name === 'tray.changed') trayChanges++;
      if (name === 'boundaries.changed') events++;
    });
    const notifications = new NotificationCenter(clock, bus);
    const tray = new TrayPresenter(bus, {
      state: 'off',
      statusLine: '',
      mode: 'firm',
      snoozedUntil: null,
      current: undefined,
      minutesLeft: null,
      access: {
        open: false,
        reason: 'outside-window',
        message: '',
        canUnlock: false,
        unlocksLeftToday: 0,
        unlockedUntil: null,
      },
    });
    const service = new BoundariesService({
      clock,
      settings,
      store,
      bus,
      notifications,
      tray,
      log: () => {},
      host: { systemTimeZone: () => 'UTC', idleSeconds: () => 0, applyWorkspaceAccess: () => {} },
    });
    service.start();
    clock.armed = 0;
    let maxPending = 0;
    // Walk the day minute by minute, watching how many timers are pending.
    for (let minute = 0; minute < 24 * 60; minute++) {
      clock.advance(60_000);
      maxPending = Math.max(maxPending, clock.pendingTimers());
    }
    // Boundaries of the two windows: upcoming, open, closing, end (x2).
    const boundaries = 8;
    const windowMinutes = 45 + 5 + 30 + 5; // countdown minutes (upcoming lead + window)
    await service.dispose();
    await store.close();
    return {
      boundaries_day: {
        schedule_boundaries_count: boundaries,
        timers_armed_count: clock.armed,
        countdown_minutes_count: windowMinutes,
        timers_outside_countdown_count: clock.armed - windowMinutes,
        max_pending_timers_count: maxPending,
        tray_rebuilds_count: trayChanges,
        status_events_count: events,
        notifications_count: notifications.list().length,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
