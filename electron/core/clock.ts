/**
 * The one source of time for the core. Production uses the system clock; tests and the web host's
 * test controls use a clock they can move, timers included. Nothing in the core calls Date.now().
 */
export interface TimerHandle {
  readonly id: number;
}

export interface Clock {
  now(): Date;
  /** Runs `fn` once when the clock reaches now + ms. */
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
  /** How many timers are armed right now (used by tests and the benchmark to prove "one timer"). */
  pendingTimers(): number;
}

/** Node's timers cap delays at 2^31-1 ms (~24.8 days); longer waits are chained. */
const MAX_DELAY_MS = 2_147_483_647;

export function systemClock(): Clock {
  let nextId = 1;
  const live = new Map<number, ReturnType<typeof globalThis.setTimeout>>();
  const arm = (id: number, fn: () => void, dueAt: number): void => {
    const delay = Math.max(0, Math.min(dueAt - Date.now(), MAX_DELAY_MS));
    live.set(
      id,
      globalThis.setTimeout(() => {
        if (Date.now() < dueAt) return arm(id, fn, dueAt);
        live.delete(id);
        fn();
      }, delay),
    );
  };
  return {
    now: () => new Date(),
    setTimeout(fn, ms) {
      const id = nextId++;
      arm(id, fn, Date.now() + ms);
      return { id };
    },
    clearTimeout(handle) {
      const t = live.get(handle.id);
      if (t !== undefined) globalThis.clearTimeout(t);
      live.delete(handle.id);
    },
    pendingTimers: () => live.size,
  };
}

interface ManualTimer {
  id: number;
  dueAt: number;
  fn: () => void;
}

/**
 * A clock that moves only when told to. `advance`/`set` fire every timer that falls due, in order,
 * at its own due time (so a callback that reads now() sees the moment it was meant for).
 */
export class ManualClock implements Clock {
  private current: number;
  private nextId = 1;
  private timers: ManualTimer[] = [];

  constructor(start: Date | string | number) {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const timer = { id: this.nextId++, dueAt: this.current + Math.max(0, ms), fn };
    this.timers.push(timer);
    return { id: timer.id };
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers = this.timers.filter((t) => t.id !== handle.id);
  }

  pendingTimers(): number {
    return this.timers.length;
  }

  advance(ms: number): void {
    this.set(this.current + ms);
  }

  /** Moves to `to`. Moving backwards (a clock change) fires nothing; callers recompute state. */
  set(to: Date | string | number): void {
    const target = new Date(to).getTime();
    for (;;) {
      const due = this.timers
        .filter((t) => t.dueAt <= target)
        .sort((a, b) => a.dueAt - b.dueAt || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.current = Math.max(this.current, due.dueAt);
      due.fn();
    }
    this.current = target;
  }

  /**
   * Jumps to `to` without firing timers on the way, as a suspended machine does: on resume the
   * timers that were due fire late, all at once. The host then recomputes state (see scheduler).
   */
  sleepUntil(to: Date | string | number): void {
    const target = new Date(to).getTime();
    this.current = target;
    this.set(target);
  }
}

/**
 * Real time that tests can move: now() is the system time plus an offset, and `set`/`advance`
 * shift the offset and fire every timer that falls due on the way, in order. Used by the web host's
 * --test-controls; timers also fire as real time passes, like the system clock's.
 */
export class AdjustableClock implements Clock {
  private offset = 0;
  private nextId = 1;
  private timers: ManualTimer[] = [];
  private wake: ReturnType<typeof globalThis.setTimeout> | undefined;
  private firing = false;

  constructor(private readonly realNow: () => number = () => Date.now()) {}

  now(): Date {
    return new Date(this.realNow() + this.offset);
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const timer = { id: this.nextId++, dueAt: this.now().getTime() + Math.max(0, ms), fn };
    this.timers.push(timer);
    this.rearm();
    return { id: timer.id };
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers = this.timers.filter((t) => t.id !== handle.id);
    this.rearm();
  }

  pendingTimers(): number {
    return this.timers.length;
  }

  advance(ms: number): void {
    this.set(this.now().getTime() + ms);
  }

  /** Moves to `to`, firing due timers in order with now() at each one's due time. Backwards fires nothing. */
  set(to: Date | string | number): void {
    const target = new Date(to).getTime();
    this.fireDue(target);
    this.offset = target - this.realNow();
    this.rearm();
  }

  /**
   * Jumps forward without firing timers on the way, as a suspended machine does: then the timers
   * that fell due fire at once, late, seeing the wake-up time.
   */
  jump(ms: number): void {
    this.offset += ms;
    this.fireDue(this.now().getTime());
    this.rearm();
  }

  dispose(): void {
    if (this.wake !== undefined) globalThis.clearTimeout(this.wake);
    this.timers = [];
  }

  private fireDue(until: number): void {
    if (this.firing) return;
    this.firing = true;
    try {
      for (;;) {
        const due = this.timers
          .filter((t) => t.dueAt <= until)
          .sort((a, b) => a.dueAt - b.dueAt || a.id - b.id)[0];
        if (!due) break;
        this.timers = this.timers.filter((t) => t !== due);
        if (due.dueAt > this.now().getTime()) this.offset = due.dueAt - this.realNow();
        due.fn();
      }
    } finally {
      this.firing = false;
    }
  }

  private rearm(): void {
    if (this.wake !== undefined) globalThis.clearTimeout(this.wake);
    this.wake = undefined;
    const next = Math.min(...this.timers.map((t) => t.dueAt));
    if (!Number.isFinite(next)) return;
    const delay = Math.max(0, Math.min(next - this.now().getTime(), MAX_DELAY_MS));
    this.wake = globalThis.setTimeout(() => {
      this.fireDue(this.now().getTime());
      this.rearm();
    }, delay);
    this.wake.unref?.();
  }
}
