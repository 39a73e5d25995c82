import { BREAK_RESET_MINUTES, IDLE_AFTER_SECONDS } from '../../shared/boundaries';

export interface ActivitySample {
  /** Active milliseconds to add since the previous sample. */
  activeMs: number;
  /** Milliseconds of continuous use so far (reset by a pause of BREAK_RESET_MINUTES). */
  continuousMs: number;
}

/**
 * Counts workspace time: it runs while the workspace is focused and the user is not idle. The host
 * tells it about focus changes and samples it (on each change and once a minute while focused);
 * idle time comes from the OS (powerMonitor), or is unknown (null, on Wayland), in which case
 * focused time counts in full. Pure arithmetic over the instants it is given.
 */
export class UsageTracker {
  private focused = false;
  private lastAt: number | null = null;
  private continuousMs = 0;
  private awaySince: number | null = null;

  /**
   * `maxGapMs`: the host samples at least this often while focused, so a longer gap means the
   * machine slept (or the process was suspended): that stretch is not counted as use.
   */
  constructor(
    private readonly idleSeconds: () => number | null,
    private readonly maxGapMs = Infinity,
  ) {}

  isFocused(): boolean {
    return this.focused;
  }

  /** Accrues time up to `now`, then records the new focus state. */
  setFocused(focused: boolean, now: number): ActivitySample {
    const sample = this.sample(now);
    if (focused !== this.focused) {
      this.focused = focused;
      this.awaySince = focused ? null : now;
    }
    return sample;
  }

  sample(now: number): ActivitySample {
    const elapsed = this.lastAt === null ? 0 : Math.max(0, now - this.lastAt);
    this.lastAt = now;
    if (!this.focused) {
      if (this.awaySince !== null && now - this.awaySince >= BREAK_RESET_MINUTES * 60_000)
        this.continuousMs = 0;
      return { activeMs: 0, continuousMs: this.continuousMs };
    }
    if (elapsed > this.maxGapMs) return { activeMs: 0, continuousMs: this.continuousMs };
    const idle = this.idleSeconds();
    let activeMs = elapsed;
    if (idle !== null && idle >= IDLE_AFTER_SECONDS) {
      // The last `idle` seconds had no input: only the part before them counts.
      activeMs = Math.max(0, elapsed - idle * 1000);
      if (idle >= BREAK_RESET_MINUTES * 60) this.continuousMs = 0;
    }
    this.continuousMs += activeMs;
    return { activeMs, continuousMs: this.continuousMs };
  }

  /** After a break suggestion, start counting the next stretch afresh. */
  resetContinuous(): void {
    this.continuousMs = 0;
  }
}
