import type { BoundaryStatus } from '../../shared/boundaries';
import { ChangeGate } from '../change-gate';
import type { Clock } from '../clock';
import { Emitter } from '../emitter';
import type { EventBus } from '../event-bus';
import type { NotificationLedger } from '../notifications/notification-ledger';
import { localDayNum } from '../schedule/zoned-time';
import type { SettingsStore } from '../settings/settings-store';
import type { Store } from '../store/open-store';
import type { TrayPresenter } from '../tray/tray-presenter';
import { boundaryStatus } from './boundary-status';
import { budgetNotices } from './budget-notices';
import { MinuteTicker } from './minute-ticker';
import { transitionNotifications } from './notification-rules';
import type { ReminderDigest } from './reminder-digest';
import type { ScheduleTracker, Transition } from './schedule-tracker';
import { trayInput } from './tray-input';
import { UnlockExpiry } from './unlock-expiry';
import type { UsageMeter } from './usage-meter';
import { WorkspaceLock } from './workspace-lock';

/** A status as it was sent out, and when (the wellbeing sessions follow every one). */
export interface Refreshed {
  status: BoundaryStatus;
  at: Date;
}

export interface StatusDeps {
  clock: Clock;
  settings: Pick<SettingsStore, 'get'>;
  store: Store;
  bus: EventBus;
  tray: TrayPresenter;
  ledger: NotificationLedger;
  schedule: ScheduleTracker;
  usage: UsageMeter;
  digest: ReminderDigest;
  timeZone: () => string;
  idleSeconds: () => number | null;
  /** Opens or closes the networking sites; those on a break stay closed. */
  applyWorkspaceAccess: (open: boolean, onBreak: readonly string[]) => void;
}

/**
 * The boundaries' status and the one place it goes out (`refresh`): the `boundaries.changed`
 * event, the tray, the workspace's lock, the notices a change raises, and `onRefreshed`.
 * Refreshes on every schedule transition, every minute something counts down, and when asked.
 */
export class StatusService {
  private last: BoundaryStatus | null = null;
  /** The local day `last` was computed on. */
  private lastDay = -1;
  /** `boundaries.changed` goes out when the status changes, counting usage in whole minutes. */
  private readonly announced = new ChangeGate<BoundaryStatus>((status) =>
    JSON.stringify({
      ...status,
      usage: {
        ...status.usage,
        todayMin: Math.floor(status.usage.todayMin),
        weekMin: Math.floor(status.usage.weekMin),
      },
    }),
  );
  private readonly lock: WorkspaceLock;
  private readonly unlockExpiry = new UnlockExpiry();
  private readonly ticker: MinuteTicker;
  private readonly refreshes = new Emitter<Refreshed>();
  readonly onRefreshed = this.refreshes.event;

  constructor(private readonly deps: StatusDeps) {
    this.lock = new WorkspaceLock(deps.applyWorkspaceAccess);
    this.ticker = new MinuteTicker(deps.clock, () => this.tick());
    deps.schedule.onTransition((transition) => this.onTransition(transition));
  }

  start(): void {
    this.deps.schedule.start();
    this.refresh();
  }

  dispose(): void {
    this.deps.schedule.dispose();
    this.ticker.dispose();
    this.deps.usage.accrue();
    this.deps.usage.flush(true);
  }

  get(): BoundaryStatus {
    if (!this.last) return this.compute();
    // Minutes are counted per local day, and off-hours nothing may fire between one day and the
    // next: a status from before midnight is recomputed (and sent out) when asked after it.
    if (this.lastDay !== this.localToday()) this.refresh();
    return this.last;
  }

  /** After sleep/resume, lock/unlock, a clock or time-zone change, or a settings change. */
  recompute(): BoundaryStatus {
    this.deps.schedule.recompute();
    this.refresh();
    return this.get();
  }

  /** The workspace gained or lost focus (Electron: the site view; web host: test controls). */
  setWorkspaceFocus(focused: boolean): void {
    if (this.deps.usage.setFocused(focused)) this.refresh();
  }

  /** The one place state changes go out: renderer event, tray, workspace lock, notices. */
  refresh(): BoundaryStatus {
    this.lastDay = this.localToday();
    const status = this.compute();
    this.raiseBudgetNotices(status);
    this.publish(status);
    this.lock.follow(status);
    this.raiseUnlockExpired(status);
    this.refreshes.fire({ status, at: this.now() });
    this.ticker.arm(status, this.deps.usage.isCounting());
    return status;
  }

  private compute(): BoundaryStatus {
    const now = this.now();
    const timeZone = this.deps.timeZone();
    const { dailyBudgetMin, weeklyBudgetMin, mode } = this.deps.settings.get().boundaries;
    return boundaryStatus({
      result: this.deps.schedule.current(),
      now,
      timeZone,
      mode,
      dailyBudgetMin,
      weeklyBudgetMin,
      ...this.deps.usage.totals(now, timeZone),
      data: this.deps.store.read().boundaries,
      idleDetection: this.deps.idleSeconds() !== null,
    });
  }

  private raiseBudgetNotices(status: BoundaryStatus): void {
    for (const notice of budgetNotices(status, this.now())) this.deps.ledger.raiseOnce(notice);
  }

  private publish(status: BoundaryStatus): void {
    this.last = status;
    if (this.announced.changed(status)) this.deps.bus.emit('boundaries.changed', status);
    this.deps.tray.update(trayInput(status, this.now()));
  }

  private raiseUnlockExpired(status: BoundaryStatus): void {
    const notice = this.unlockExpiry.check(
      status,
      () => this.deps.store.read().boundaries.unlocks.at(-1)?.until ?? this.now().toISOString(),
    );
    if (notice) this.deps.ledger.raiseOnce(notice);
  }

  /** A window began or ended: its notices, the held reminders when one opens, then the status. */
  private onTransition({ result, previous, info }: Transition): void {
    const now = this.now();
    const overtimeUntil = this.deps.store.read().boundaries.runtime.overtimeUntil;
    const previousEnd =
      previous.state === 'overtime' && overtimeUntil
        ? Date.parse(overtimeUntil)
        : (previous.current?.end.getTime() ?? 0);
    const closedEarly = info.cause === 'recompute' && previousEnd > now.getTime();
    // The window's session already ended if a budget (not the window) kept the workspace locked:
    // its check-in was asked then, so no second "window closed, how did it feel?".
    const openByWindow =
      this.last === null ||
      this.last.access.reason === 'window' ||
      this.last.access.reason === 'gentle';
    for (const planned of transitionNotifications(
      previous,
      result,
      info,
      now,
      this.deps.timeZone(),
      this.deps.settings.get().notifications,
      closedEarly,
    )) {
      if (planned.kind === 'window-closed' && !openByWindow) continue;
      this.deps.ledger.raiseOnce(planned);
    }
    if (result.state === 'open' || result.state === 'closing') this.deps.digest.deliver();
    this.refresh();
  }

  /** Time since the last look: count it, write a minute's worth, look again. */
  private tick(): void {
    this.deps.usage.accrue();
    this.deps.usage.flush();
    this.refresh();
  }

  private localToday(): number {
    return localDayNum(this.deps.timeZone(), this.now().getTime());
  }

  private now(): Date {
    return this.deps.clock.now();
  }
}
