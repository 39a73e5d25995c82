/**
 * Keeps the schedule state current with one timer: compute, arm a single timer for nextBoundary,
 * recompute when it fires. No polling. The host calls recompute() after anything that may have
 * moved time or changed the input (resume from sleep, unlock, clock or time-zone change, settings
 * change).
 */
import type { Clock, TimerHandle } from '../clock';
import type { ScheduleState, ScheduleStateInput, WindowOccurrence } from '../../shared/schedule';
import { computeState } from './compute-state';

/** A transition is "late" when the state it reports began more than this long ago. */
export const DEFAULT_LATE_THRESHOLD_MS = 60_000;

export interface TransitionInfo {
  /**
   * The new state/window was already in effect `lateThresholdMs` ago (the machine slept through
   * the boundary, the clock jumped, or settings put us in the middle of a window): notices
   * meant for the moment of the change ("starts in 5 minutes", "closing soon") are stale.
   */
  late: boolean;
  /** What caused the recomputation. */
  cause: 'timer' | 'recompute';
}

export type ScheduleListener = (
  result: ScheduleState,
  previous: ScheduleState,
  info: TransitionInfo,
) => void;

export interface SchedulerOptions {
  clock: Clock;
  /** Returns the current input; read on every computation. */
  getInput: () => ScheduleStateInput;
  /** Called only when the state or the current window changes (not for the first computation). */
  listener: ScheduleListener;
  lateThresholdMs?: number;
}

export interface Scheduler {
  /** Recomputes now, notifies if the state/current window changed, re-arms the timer. */
  recompute(): ScheduleState;
  /** The last computed result. */
  current(): ScheduleState;
  /** Clears the timer; later calls to recompute() do nothing but return the last result. */
  dispose(): void;
}

function sameWindow(a: WindowOccurrence | undefined, b: WindowOccurrence | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.start.getTime() === b.start.getTime() &&
    a.end.getTime() === b.end.getTime() &&
    a.label === b.label &&
    a.source === b.source &&
    a.windowId === b.windowId
  );
}

/** True if the listener should hear about the change from `a` to `b`. */
export function isTransition(a: ScheduleState, b: ScheduleState): boolean {
  return a.state !== b.state || !sameWindow(a.current, b.current);
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { clock, getInput, listener } = options;
  const lateThresholdMs = options.lateThresholdMs ?? DEFAULT_LATE_THRESHOLD_MS;
  let timer: TimerHandle | undefined;
  let disposed = false;
  let last: ScheduleState;

  const arm = (result: ScheduleState, now: Date): void => {
    if (timer) clock.clearTimeout(timer);
    timer = undefined;
    if (disposed || result.nextBoundary === null) return;
    const delay = Math.max(0, result.nextBoundary.getTime() - now.getTime());
    const handle: TimerHandle = clock.setTimeout(() => {
      if (timer?.id !== handle.id) return; // superseded
      timer = undefined;
      run('timer');
    }, delay);
    timer = handle;
  };

  const run = (cause: TransitionInfo['cause']): ScheduleState => {
    if (disposed) return last;
    const now = clock.now();
    const input = getInput();
    const result = computeState(input, now);
    const previous = last;
    last = result;
    // Arm before notifying, so a throwing listener cannot leave us without a timer.
    arm(result, now);
    if (isTransition(previous, result)) {
      const before = computeState(input, new Date(now.getTime() - lateThresholdMs));
      listener(result, previous, { late: !isTransition(before, result), cause });
    }
    return result;
  };

  const startedAt = clock.now();
  last = computeState(getInput(), startedAt);
  arm(last, startedAt);

  return {
    recompute: () => run('recompute'),
    current: () => last,
    dispose() {
      disposed = true;
      if (timer) clock.clearTimeout(timer);
      timer = undefined;
    },
  };
}
