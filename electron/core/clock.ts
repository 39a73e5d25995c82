/**
 * The one source of time for the core. Production uses the system clock; unit tests use
 * ManualClock (tests/fixtures/manual-clock.ts) and the web host's --test-controls use
 * AdjustableClock (electron/web/adjustable-clock.ts), clocks they can move, timers included.
 * Nothing in the core calls Date.now().
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
export const MAX_DELAY_MS = 2_147_483_647;

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
