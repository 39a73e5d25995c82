import { describe, expect, test } from 'vitest';
import type { Clock } from '../../../electron/core/clock';
import { ManualClock } from '../../fixtures/manual-clock';
import type { ScheduleState, ScheduleStateInput } from '../../../electron/shared/schedule';
import { runScheduleBench } from '../../bench/schedule-bench';
import type { TransitionInfo } from '../../../electron/core/schedule/scheduler';
import { createScheduler } from '../../../electron/core/schedule/scheduler';
import { makeInput, win } from './helpers';

interface Seen {
  at: string;
  from: ScheduleState['state'];
  to: ScheduleState['state'];
  late: boolean;
  cause: TransitionInfo['cause'];
}

/** Monday 2025-06-02 in London (BST): lunch 12:00–12:45 = 11:00Z–11:45Z, evening 18:30–19:15. */
function setup(start: string, input?: ScheduleStateInput) {
  const clock = new ManualClock(start);
  let current =
    input ??
    makeInput('Europe/London', [
      win('lunch', '12:00', '12:45', [1, 2, 3, 4, 5]),
      win('evening', '18:30', '19:15', [1]),
    ]);
  const seen: Seen[] = [];
  const scheduler = createScheduler({
    clock,
    getInput: () => current,
    listener: (result, previous, info) => {
      seen.push({
        at: clock.now().toISOString(),
        from: previous.state,
        to: result.state,
        late: info.late,
        cause: info.cause,
      });
    },
  });
  return {
    clock,
    scheduler,
    seen,
    setInput: (i: ScheduleStateInput) => {
      current = i;
    },
  };
}

describe('scheduler', () => {
  test('arms exactly one timer, at the next boundary, and fires there', () => {
    const { clock, scheduler, seen } = setup('2025-06-02T08:00:00Z');
    expect(scheduler.current().state).toBe('off');
    expect(clock.pendingTimers()).toBe(1);
    clock.advance(2 * 3_600_000 + 54 * 60_000 + 59_999); // 10:54:59.999Z
    expect(seen).toEqual([]);
    expect(clock.pendingTimers()).toBe(1);
    clock.advance(1);
    expect(seen).toEqual([
      { at: '2025-06-02T10:55:00.000Z', from: 'off', to: 'upcoming', late: false, cause: 'timer' },
    ]);
    expect(clock.pendingTimers()).toBe(1);
    clock.set('2025-06-02T12:00:00Z');
    expect(seen.map((s) => `${s.at} ${s.from}→${s.to}`)).toEqual([
      '2025-06-02T10:55:00.000Z off→upcoming',
      '2025-06-02T11:00:00.000Z upcoming→open',
      '2025-06-02T11:40:00.000Z open→closing',
      '2025-06-02T11:45:00.000Z closing→off',
    ]);
    expect(seen.every((s) => !s.late)).toBe(true);
    expect(clock.pendingTimers()).toBe(1);
  });

  test('recompute without a change notifies nothing and keeps one timer', () => {
    const { clock, scheduler, seen } = setup('2025-06-02T08:00:00Z');
    scheduler.recompute();
    scheduler.recompute();
    expect(seen).toEqual([]);
    expect(clock.pendingTimers()).toBe(1);
  });

  test('an 8-hour sleep lands in the right state with one late transition', () => {
    // Asleep during "upcoming" at 11:58Z; wakes at 19:58Z, after the evening window (ended 18:15Z).
    const { clock, scheduler, seen } = setup('2025-06-02T10:58:00Z');
    expect(scheduler.current().state).toBe('upcoming');
    clock.sleepUntil('2025-06-02T18:58:00Z');
    expect(seen).toEqual([
      { at: '2025-06-02T18:58:00.000Z', from: 'upcoming', to: 'off', late: true, cause: 'timer' },
    ]);
    expect(scheduler.current().state).toBe('off');
    // The host also recomputes on resume: nothing more to report.
    scheduler.recompute();
    expect(seen).toHaveLength(1);
    expect(clock.pendingTimers()).toBe(1);
    expect(scheduler.current().nextBoundary?.toISOString()).toBe('2025-06-03T10:55:00.000Z');
  });

  test('waking inside a window that opened long ago is late; waking right at a change is not', () => {
    const a = setup('2025-06-02T03:00:00Z');
    a.clock.sleepUntil('2025-06-02T11:20:00Z'); // lunch opened at 11:00Z
    expect(a.seen).toEqual([
      { at: '2025-06-02T11:20:00.000Z', from: 'off', to: 'open', late: true, cause: 'timer' },
    ]);
    const b = setup('2025-06-02T03:00:00Z');
    b.clock.sleepUntil('2025-06-02T11:40:30Z'); // closing began 30 s ago
    expect(b.seen).toEqual([
      { at: '2025-06-02T11:40:30.000Z', from: 'off', to: 'closing', late: false, cause: 'timer' },
    ]);
  });

  test('recompute on resume, before the overdue timer fires', () => {
    // A clock whose time can jump without firing timers (what the host sees on resume when the
    // resume event arrives before the overdue timer callback).
    let now = Date.parse('2025-06-02T10:58:00Z');
    let nextId = 1;
    const timers = new Map<number, { due: number; fn: () => void }>();
    const clock: Clock = {
      now: () => new Date(now),
      setTimeout(fn, ms) {
        const id = nextId++;
        timers.set(id, { due: now + ms, fn });
        return { id };
      },
      clearTimeout: (h) => void timers.delete(h.id),
      pendingTimers: () => timers.size,
    };
    const fireDue = () => {
      for (const [id, t] of [...timers]) {
        if (t.due <= now && timers.delete(id)) t.fn();
      }
    };
    const seen: Array<[string, string, boolean, string]> = [];
    const scheduler = createScheduler({
      clock,
      getInput: () =>
        makeInput('Europe/London', [
          win('lunch', '12:00', '12:45', [1, 2, 3, 4, 5]),
          win('evening', '18:30', '19:15', [1]),
        ]),
      listener: (r, p, info) => seen.push([p.state, r.state, info.late, info.cause]),
    });
    expect(scheduler.current().state).toBe('upcoming');
    now = Date.parse('2025-06-02T17:40:00Z'); // 18:40 BST: the evening window opened 10 min ago
    scheduler.recompute();
    expect(seen).toEqual([['upcoming', 'open', true, 'recompute']]);
    expect(clock.pendingTimers()).toBe(1); // the overdue timer was replaced
    fireDue();
    expect(seen).toHaveLength(1);
    now = Date.parse('2025-06-02T18:10:00Z');
    fireDue();
    expect(seen).toEqual([
      ['upcoming', 'open', true, 'recompute'],
      ['open', 'closing', false, 'timer'],
    ]);
  });

  test('settings change: recompute picks up the new input', () => {
    const { clock, scheduler, seen, setInput } = setup('2025-06-02T08:00:00Z');
    setInput(makeInput('Europe/London', [win('now', '09:00', '10:00', [1])]));
    scheduler.recompute();
    expect(seen).toEqual([
      { at: '2025-06-02T08:00:00.000Z', from: 'off', to: 'open', late: false, cause: 'recompute' },
    ]);
    expect(scheduler.current().nextBoundary?.toISOString()).toBe('2025-06-02T08:55:00.000Z');
    expect(clock.pendingTimers()).toBe(1);
  });

  test('time-zone change moves the windows', () => {
    const windows = [win('lunch', '12:00', '12:45', [1])];
    const { scheduler, seen, setInput } = setup(
      '2025-06-02T11:10:00Z',
      makeInput('Europe/London', windows),
    );
    expect(scheduler.current().state).toBe('open');
    setInput(makeInput('Asia/Kolkata', windows));
    scheduler.recompute();
    expect(seen.map((s) => `${s.from}→${s.to}`)).toEqual(['open→off']);
  });

  test('nothing ahead: no timer; dispose clears the timer', () => {
    const empty = setup('2025-06-02T08:00:00Z', makeInput('Europe/London', []));
    expect(empty.scheduler.current().nextBoundary).toBeNull();
    expect(empty.clock.pendingTimers()).toBe(0);
    const { clock, scheduler, seen } = setup('2025-06-02T08:00:00Z');
    expect(clock.pendingTimers()).toBe(1);
    scheduler.dispose();
    expect(clock.pendingTimers()).toBe(0);
    clock.set('2025-06-03T08:00:00Z');
    scheduler.recompute();
    expect(seen).toEqual([]);
  });

  test('a throwing listener does not leave the scheduler without a timer', () => {
    const clock = new ManualClock('2025-06-02T10:54:00Z');
    const input = makeInput('Europe/London', [win('lunch', '12:00', '12:45', [1])]);
    createScheduler({
      clock,
      getInput: () => input,
      listener: () => {
        throw new Error('boom');
      },
    });
    expect(() => clock.advance(60_000)).toThrow('boom');
    expect(clock.pendingTimers()).toBe(1);
  });

  test('over a simulated week, one timer at a time and one firing per boundary', () => {
    const { clock, scheduler } = setup('2025-06-01T00:00:00Z');
    let boundaries = 0;
    const end = Date.parse('2025-06-08T00:00:00Z');
    for (;;) {
      const b = scheduler.current().nextBoundary;
      if (!b || b.getTime() > end) break;
      expect(clock.pendingTimers()).toBe(1);
      clock.set(b);
      expect(scheduler.current().nextBoundary!.getTime()).toBeGreaterThan(b.getTime());
      boundaries++;
    }
    // 5 lunches and 1 evening window, 4 boundaries each.
    expect(boundaries).toBe(24);
  });
});

test('runScheduleBench reports timings and one timer per boundary', () => {
  const r = runScheduleBench();
  const state = r.schedule_state!;
  const timers = r.schedule_timers!;
  expect(state.compute_p50_us).toBeGreaterThan(0);
  expect(state.compute_p95_us).toBeGreaterThanOrEqual(state.compute_p50_us!);
  expect(timers.idle_day_boundaries_count).toBeGreaterThan(0);
  expect(timers.idle_day_timers_armed_count).toBe(timers.idle_day_boundaries_count);
  expect(timers.idle_day_max_pending_timers_count).toBe(1);
  for (const group of Object.values(r)) {
    for (const v of Object.values(group)) expect(typeof v).toBe('number');
  }
});
