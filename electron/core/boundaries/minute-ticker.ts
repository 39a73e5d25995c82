import type { BoundaryStatus } from '../../shared/boundaries';
import type { Clock, TimerHandle } from '../clock';
import { hasCountdown } from './status-line';

/**
 * Pure: when the status must next be looked at, or null for never. Every minute while something
 * counts down (a window, an unlock) or workspace time is being counted; otherwise only when a site
 * break ends, so an idle day has no timer but the scheduler's.
 */
export function nextTickAt(status: BoundaryStatus, now: number, counting: boolean): number | null {
  const unlockedUntil = status.access.unlockedUntil
    ? Date.parse(status.access.unlockedUntil)
    : null;
  // A break ends at its own moment, in a window or not: the sites come back then.
  const breakEnd = Math.min(...status.siteBreaks.map((b) => Date.parse(b.until)));
  if (!hasCountdown(status.state) && unlockedUntil === null && !counting) {
    // At most a day ahead: a timer's delay has a ceiling, and resuming recomputes anyway.
    return Number.isFinite(breakEnd) ? Math.min(breakEnd, now + 86_400_000) : null;
  }
  const nextMinute = Math.floor(now / 60_000) * 60_000 + 60_000;
  return Math.min(
    nextMinute,
    unlockedUntil !== null && unlockedUntil > now ? unlockedUntil : Infinity,
    breakEnd,
  );
}

/** One timer at a time: arming again replaces the one pending. */
export class MinuteTicker {
  private timer: TimerHandle | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly onTick: () => void,
  ) {}

  arm(status: BoundaryStatus, counting: boolean): void {
    this.dispose();
    const now = this.clock.now().getTime();
    const at = nextTickAt(status, now, counting);
    if (at === null) return;
    const handle = this.clock.setTimeout(() => {
      if (this.timer?.id !== handle.id) return;
      this.timer = null;
      this.onTick();
    }, at - now);
    this.timer = handle;
  }

  dispose(): void {
    if (this.timer) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}
