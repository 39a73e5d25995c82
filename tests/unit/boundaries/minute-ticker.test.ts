import { describe, expect, it } from 'vitest';
import { MinuteTicker, nextTickAt } from '../../../electron/core/boundaries/minute-ticker';
import { ManualClock } from '../../fixtures/manual-clock';
import { NOW, OFF_HOURS, statusOf } from './status-fixture';

const now = NOW.getTime() + 20_000; // 12:10:20

describe('nextTickAt', () => {
  it('ticks at the next whole minute while a window counts down', () => {
    expect(nextTickAt(statusOf(), now, false)).toBe(Date.parse('2026-03-02T12:11:00Z'));
  });

  it('off-hours and idle: no tick, unless a site break ends (at most a day ahead)', () => {
    expect(nextTickAt(statusOf(OFF_HOURS), now, false)).toBeNull();
    const soon = new Date(now + 5 * 60_000).toISOString();
    const later = new Date(now + 3 * 86_400_000).toISOString();
    const data = (until: string) => ({
      runtime: {},
      unlocks: [],
      siteBreaks: [{ siteId: 'x', until }],
    });
    expect(nextTickAt(statusOf({ ...OFF_HOURS, data: data(soon) }), now, false)).toBe(
      Date.parse(soon),
    );
    expect(nextTickAt(statusOf({ ...OFF_HOURS, data: data(later) }), now, false)).toBe(
      now + 86_400_000,
    );
  });

  it('off-hours, counting workspace time: every minute', () => {
    expect(nextTickAt(statusOf(OFF_HOURS), now, true)).toBe(Date.parse('2026-03-02T12:11:00Z'));
  });
});

describe('MinuteTicker', () => {
  it('keeps one timer: arming again replaces it, dispose clears it', () => {
    const clock = new ManualClock(now);
    let ticks = 0;
    const ticker = new MinuteTicker(clock, () => ticks++);
    ticker.arm(statusOf(), false);
    ticker.arm(statusOf(), false);
    expect(clock.pendingTimers()).toBe(1);
    clock.advance(40_000);
    expect(ticks).toBe(1);
    ticker.arm(statusOf(), false);
    ticker.dispose();
    expect(clock.pendingTimers()).toBe(0);
  });
});
