/**
 * Schedule benchmark: how long computeState takes, and how many timers the scheduler arms over
 * an idle simulated day (it should be one per boundary, never more). This file reads real time
 * (performance.now) to measure; the core logic it measures does not.
 */
import { performance } from 'node:perf_hooks';
import type { Clock } from '../../electron/core/clock';
import { ManualClock } from '../fixtures/manual-clock';
import type { ScheduleState, ScheduleStateInput } from '../../electron/shared/schedule';
import { computeState } from '../../electron/core/schedule/compute-state';
import { createScheduler } from '../../electron/core/schedule/scheduler';
import { mulberry32 } from './generate-dataset';

/** A typical schedule: weekday lunch and evening windows, a Saturday slot, a holiday, an extra. */
export function typicalScheduleInput(timeZone = 'Europe/London'): ScheduleStateInput {
  return {
    timeZone,
    schedule: {
      timeZone,
      reminderLeadMin: 5,
      closingMin: 5,
      windows: [
        {
          id: 'lunch',
          days: [1, 2, 3, 4, 5],
          start: '12:00',
          end: '12:45',
          label: 'LinkedIn outreach',
        },
        { id: 'evening', days: [1, 3], start: '18:30', end: '19:15', label: 'Follow-ups' },
        { id: 'late', days: [5], start: '23:30', end: '00:30', label: 'Late replies' },
        { id: 'sat', days: [6], start: '10:00', end: '11:00' },
      ],
    },
    exceptions: {
      daysOff: [
        { id: 'xmas', from: '2025-12-24', to: '2025-12-26', reason: 'holiday' },
        { id: 'bad', from: '2025-07-14', to: '2025-07-14', reason: 'bad experience' },
      ],
      extraWindows: [
        {
          id: 'meetup',
          start: '2025-09-18T17:00:00.000Z',
          end: '2025-09-18T18:00:00.000Z',
          label: 'Meetup follow-ups',
        },
      ],
    },
    runtime: {},
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Seeded (mulberry32): the same seed gives the same run. */
const random = mulberry32;

function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function benchCompute(samples: number): Record<string, number> {
  const input = typicalScheduleInput();
  const yearStart = Date.UTC(2025, 0, 1);
  const yearMs = 365 * 86_400_000;
  const next = random(42);
  const instants = Array.from({ length: samples }, () => new Date(yearStart + next() * yearMs));
  // Warm-up: JIT and the zone cache (as in the app, which runs for days).
  for (const t of instants.slice(0, 2000)) computeState(input, t);
  const timings: number[] = [];
  for (const t of instants) {
    const a = performance.now();
    computeState(input, t);
    timings.push((performance.now() - a) * 1000);
  }
  timings.sort((x, y) => x - y);
  const mean = timings.reduce((s, x) => s + x, 0) / timings.length;
  return {
    compute_p50_us: roundTo(percentile(timings, 50), 2),
    compute_p95_us: roundTo(percentile(timings, 95), 2),
    compute_p99_us: roundTo(percentile(timings, 99), 2),
    compute_mean_us: roundTo(mean, 2),
    compute_samples_count: timings.length,
  };
}

/** Runs the scheduler over one idle simulated day and counts timers armed vs boundaries. */
function benchTimers(): Record<string, number> {
  const dayStart = new Date('2025-06-02T00:00:00+01:00'); // a Monday in London (BST)
  const dayEnd = dayStart.getTime() + 86_400_000;
  const clock = new ManualClock(dayStart);
  let armed = 0;
  let maxPending = 0;
  const counting: Clock = {
    now: () => clock.now(),
    setTimeout(fn, ms) {
      armed++;
      const handle = clock.setTimeout(fn, ms);
      maxPending = Math.max(maxPending, clock.pendingTimers());
      return handle;
    },
    clearTimeout: (h) => clock.clearTimeout(h),
    pendingTimers: () => clock.pendingTimers(),
  };
  const input = typicalScheduleInput();
  const boundaries = new Set<number>();
  let transitions = 0;
  let computations = 0;
  const scheduler = createScheduler({
    clock: counting,
    getInput: () => {
      computations++;
      return input;
    },
    listener: () => {
      transitions++;
    },
  });
  const note = (s: ScheduleState): void => {
    if (s.nextBoundary) boundaries.add(s.nextBoundary.getTime());
  };
  note(scheduler.current());
  // Step from boundary to boundary, as the armed timer does, until the day is over.
  for (;;) {
    const b = scheduler.current().nextBoundary;
    if (!b || b.getTime() > dayEnd) break;
    clock.set(b);
    note(scheduler.current());
  }
  clock.set(dayEnd);
  scheduler.dispose();
  return {
    idle_day_boundaries_count: boundaries.size,
    idle_day_timers_armed_count: armed,
    idle_day_transitions_count: transitions,
    idle_day_computations_count: computations,
    idle_day_max_pending_timers_count: maxPending,
  };
}

export function runScheduleBench(): Record<string, Record<string, number>> {
  return {
    schedule_state: benchCompute(20_000),
    schedule_timers: benchTimers(),
  };
}
