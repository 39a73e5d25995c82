import type { Session } from '../../shared/wellbeing';
import { weekKey } from '../boundaries/usage-ledger';
import type { Clock, TimerHandle } from '../clock';
import type { NotificationLedger } from '../notifications/notification-ledger';
import type { SettingsStore } from '../settings/settings-store';
import type { Store } from '../store/open-store';
import { scheduleInput } from './schedule-input';
import type { SessionRecorder } from './session-recorder';
import { reviewAt } from './weekly-review';

export interface ReviewReminderDeps {
  clock: Clock;
  store: Pick<Store, 'read'>;
  settings: Pick<SettingsStore, 'get'>;
  timeZone: () => string;
  ledger: Pick<NotificationLedger, 'raiseOnce'>;
  /** Looked at after every step of the sessions; the running one counts as networking. */
  sessions: Pick<SessionRecorder, 'onStep' | 'runningMs'>;
}

/** How long after its moment the review is still raised (the window's minute ticks), not later. */
const LATE_MS = 15 * 60_000;

/**
 * The "your week in two minutes" notice: raised once a week at its moment, in a week with
 * networking. Looked at after every session step, and by a timer of its own.
 */
export class ReviewReminder {
  private timer: TimerHandle | null = null;
  private timerAt = 0;

  constructor(private readonly deps: ReviewReminderDeps) {
    deps.sessions.onStep(({ now, closed }) => {
      this.maybeRaise(now, closed);
      this.arm(now);
    });
  }

  /** On quit: the timer stops. */
  dispose(): void {
    if (this.timer) this.deps.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  /** This week's review moment as of `now` (null in a week without windows). */
  private momentOf(now: number): Date | null {
    const { settings, timeZone } = this.deps;
    return reviewAt(
      scheduleInput(settings, timeZone),
      new Date(now),
      settings.get().wellbeing.reviewTime,
    );
  }

  /**
   * The review's moment may fall when nothing else happens (the week's last window was taken off):
   * a timer of its own makes sure it is looked at then.
   */
  private arm(now: number): void {
    const at = this.momentOf(now)?.getTime();
    if (at === this.timerAt && this.timer) return;
    if (this.timer) this.deps.clock.clearTimeout(this.timer);
    this.timer = null;
    this.timerAt = 0;
    if (at === undefined || at <= now) return;
    this.timerAt = at;
    const handle = this.deps.clock.setTimeout(() => {
      if (this.timer?.id !== handle.id) return;
      this.timer = null;
      this.timerAt = 0;
      this.maybeRaise(this.deps.clock.now().getTime(), null);
    }, at - now);
    this.timer = handle;
  }

  private maybeRaise(now: number, justClosed: Session | null): void {
    const at = this.momentOf(now);
    // Only at its moment (or within the window's minute ticks after it), never hours later.
    if (!at || now < at.getTime() || now - at.getTime() > LATE_MS) return;
    const week = weekKey(new Date(now), this.deps.timeZone());
    const d = this.deps.store.read();
    // The session that just ended may not be written yet: it counts too.
    const networked =
      this.deps.sessions.runningMs() > 0 ||
      (justClosed !== null && justClosed.activeMin > 0) ||
      d.sessions.some(
        (s) =>
          (s.activeMin > 0 || s.checkIn === 'done') &&
          weekKey(new Date(s.start), this.deps.timeZone()) === week,
      );
    if (!networked) return;
    this.deps.ledger.raiseOnce({
      kind: 'weekly-review',
      key: `weekly-review:${week}`,
      title: 'Your week in two minutes',
      body: 'Time spent, wins, who to reconnect with, and next week’s windows.',
      route: 'insights',
    });
  }
}
