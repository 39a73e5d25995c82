import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TimerHandle } from '../../electron/core/clock';
import { ManualClock } from '../fixtures/manual-clock';
import { boundariesHarness } from '../fixtures/boundaries-harness';

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
    const { bus, notifications, close } = await boundariesHarness({
      dir,
      clock,
      mode: 'firm',
      windows: [
        { id: 'a', days: [1], start: '12:00', end: '12:45' },
        { id: 'b', days: [1], start: '18:00', end: '18:30' },
      ],
    });
    let trayChanges = 0;
    let events = 0;
    bus.subscribe((name) => {
      if (name === 'tray.changed') trayChanges++;
      if (name === 'boundaries.changed') events++;
    });
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
    await close();
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
