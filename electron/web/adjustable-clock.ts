import { MAX_DELAY_MS, type Clock, type TimerHandle } from '../core/clock';

interface AdjustableTimer {
  id: number;
  dueAt: number;
  fn: () => void;
}

/**
 * Real time that tests can move: now() is the system time plus an offset, and `set`/`advance`
 * shift the offset and fire every timer that falls due on the way, in order. Used by the web host's
 * --test-controls; timers also fire as real time passes, like the system clock's.
 */
export class AdjustableClock implements Clock {
  private offset = 0;
  private nextId = 1;
  private timers: AdjustableTimer[] = [];
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
