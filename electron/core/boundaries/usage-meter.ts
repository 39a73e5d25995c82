import type { Clock } from '../clock';
import { Emitter } from '../emitter';
import type { NotificationLedger } from '../notifications/notification-ledger';
import { formatLocalDate, localDayNum } from '../schedule/zoned-time';
import type { SettingsStore } from '../settings/settings-store';
import type { BoundaryData } from '../store/data-schema';
import type { Store } from '../store/open-store';
import type { StoreWrites } from '../store/store-writes';
import { addUsage, usageTotals } from './usage-ledger';
import { UsageTracker } from './usage-tracker';

/** Unsaved workspace time is written once it reaches this much. */
const FLUSH_AFTER_MIN = 1;

/** A sample of workspace time (0 too), taken at `at`, for the span since the previous one. */
export interface ActivitySample {
  activeMs: number;
  at: Date;
}

/**
 * Workspace time: samples the tracker, keeps the minutes per day (ahead of the store, whose writes
 * are asynchronous), writes them once a minute has gathered, and suggests a break after a long
 * stretch. Every sample goes out on `onActivity` (the wellbeing sessions count it too).
 */
export class UsageMeter {
  private readonly tracker: UsageTracker;
  private pendingMs = 0;
  private usage: BoundaryData['usage'];
  private readonly activity = new Emitter<ActivitySample>();
  readonly onActivity = this.activity.event;

  constructor(
    private readonly deps: {
      clock: Clock;
      settings: Pick<SettingsStore, 'get'>;
      store: Store;
      writes: StoreWrites;
      ledger: NotificationLedger;
      timeZone: () => string;
      idleSeconds: () => number | null;
    },
  ) {
    // Sampled every minute while focused: a gap over 3 minutes was sleep, not use.
    this.tracker = new UsageTracker(() => deps.idleSeconds(), 3 * 60_000);
    this.usage = deps.store.read().boundaries.usage;
  }

  /** After the data was replaced (a restore). */
  reload(): void {
    this.usage = this.deps.store.read().boundaries.usage;
  }

  /** True while workspace time is being counted. */
  isCounting(): boolean {
    return this.tracker.isFocused();
  }

  /** Minutes used today and this week, unsaved time included. */
  totals(now: Date, timeZone: string): { todayMin: number; weekMin: number } {
    return usageTotals(this.usage, now, timeZone, this.pendingMs / 60_000);
  }

  /** The workspace gained or lost focus; false when it already was so (nothing to do). */
  setFocused(focused: boolean): boolean {
    if (focused === this.tracker.isFocused()) return false;
    this.add(this.tracker.setFocused(focused, this.now().getTime()).activeMs);
    this.flush(true);
    return true;
  }

  /** Counts the time since the last sample, and suggests a break after a long stretch. */
  accrue(): void {
    const sample = this.tracker.sample(this.now().getTime());
    this.add(sample.activeMs);
    const breakAfter = this.deps.settings.get().boundaries.breakAfterMin;
    if (breakAfter !== null && sample.continuousMs >= breakAfter * 60_000) {
      this.tracker.resetContinuous();
      this.deps.ledger.raiseOnce({
        kind: 'break-suggested',
        key: `break:${this.now().toISOString()}`,
        title: 'Time for a short break?',
        body: `You have been networking for ${breakAfter} minutes straight. Stretch, get some water, look out of the window.`,
        route: 'workspace',
      });
    }
  }

  /** Writes the unsaved minutes once there is a minute of them (any amount when `force`). */
  flush(force = false): void {
    if (this.pendingMs <= 0 || (!force && this.pendingMs < FLUSH_AFTER_MIN * 60_000)) return;
    const minutes = this.pendingMs / 60_000;
    this.pendingMs = 0;
    const day = formatLocalDate(localDayNum(this.deps.timeZone(), this.now().getTime()));
    const usage = addUsage(this.usage, day, minutes);
    this.usage = usage;
    void this.deps.writes.update((d) => {
      d.boundaries.usage = usage;
    });
  }

  private add(ms: number): void {
    this.pendingMs += ms;
    this.activity.fire({ activeMs: ms, at: this.now() });
  }

  private now(): Date {
    return this.deps.clock.now();
  }
}
