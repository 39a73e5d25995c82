import { describe, expect, it } from 'vitest';
import { AdjustableClock } from '../../../electron/web/adjustable-clock';
import { ManualClock } from '../../fixtures/manual-clock';

describe('ManualClock', () => {
  it('fires due timers in order, each seeing its own due time', () => {
    const clock = new ManualClock('2026-01-01T00:00:00Z');
    const seen: string[] = [];
    clock.setTimeout(() => seen.push(`b@${clock.now().toISOString()}`), 2000);
    clock.setTimeout(() => seen.push(`a@${clock.now().toISOString()}`), 1000);
    const cancelled = clock.setTimeout(() => seen.push('never'), 1500);
    clock.clearTimeout(cancelled);
    clock.advance(5000);
    expect(seen).toEqual(['a@2026-01-01T00:00:01.000Z', 'b@2026-01-01T00:00:02.000Z']);
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:05.000Z');
    expect(clock.pendingTimers()).toBe(0);
  });

  it('after a sleep, late timers fire at the wake-up time', () => {
    const clock = new ManualClock('2026-01-01T00:00:00Z');
    let firedAt = '';
    clock.setTimeout(() => (firedAt = clock.now().toISOString()), 60_000);
    clock.sleepUntil('2026-01-01T08:00:00Z');
    expect(firedAt).toBe('2026-01-01T08:00:00.000Z');
  });
});

describe('AdjustableClock', () => {
  it('moves with set/advance and fires timers on the way', () => {
    let real = Date.parse('2026-01-01T00:00:00Z');
    const clock = new AdjustableClock(() => real);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push(clock.now().toISOString()), 10 * 60_000);
    clock.advance(5 * 60_000);
    expect(fired).toEqual([]);
    clock.set('2026-01-01T01:00:00Z');
    expect(fired).toEqual(['2026-01-01T00:10:00.000Z']);
    expect(clock.now().toISOString()).toBe('2026-01-01T01:00:00.000Z');
    real += 1000;
    expect(clock.now().toISOString()).toBe('2026-01-01T01:00:01.000Z');
    clock.dispose();
  });
});
