import {
  MAX_UNLOCKS_PER_DAY,
  UNLOCK_MINUTES,
  type BoundaryStatus,
  type NotificationKind,
  type WindowInfo,
} from '../../shared/boundaries';
import type {
  ExtraWindow,
  ScheduleRuntime,
  ScheduleSettings,
  ScheduleState,
  ScheduleStateInput,
  WindowOccurrence,
} from '../../shared/schedule';
import type { NotificationCenter } from '../notifications/notification-center';
import type { TrayInput } from '../tray/tray-model';
import type { TrayPresenter } from '../tray/tray-presenter';
import { ChangeGate } from '../change-gate';
import type { Clock, TimerHandle } from '../clock';
import { UserError } from '../errors';
import type { EventBus } from '../event-bus';
import { takeDaysOff } from '../schedule/days-off';
import { resolveTimeZone } from '../schedule/resolve-time-zone';
import { continueOvertime, snoozeReminders, startWindowNow } from '../schedule/runtime-actions';
import { createScheduler, type Scheduler, type TransitionInfo } from '../schedule/scheduler';
import { validateScheduleSettings } from '../schedule/validate-schedule';
import { formatLocalDate, localDayNum } from '../schedule/zoned-time';
import type { SettingsStore } from '../settings/settings-store';
import type { BoundaryData } from '../store/data-schema';
import type { Store } from '../store/open-store';
import { minutesUntil } from './format-time';
import { transitionNotifications, type PlannedNotification } from './notification-rules';
import { startNowOffer } from './start-now-offer';
import { hasCountdown, lockedStatusLine, statusLine } from './status-line';
import { addUsage, usageTotals, weekKey } from './usage-ledger';
import { UsageTracker } from './usage-tracker';
import { workspaceAccess } from './workspace-access';

/** What the host tells the boundaries about the machine, and does for them. */
export interface BoundaryHostPort {
  systemTimeZone(): string;
  /** Seconds since the last keyboard or mouse input; null where the OS cannot tell (Wayland). */
  idleSeconds(): number | null;
  /**
   * Open or close the networking sites (Electron refuses their requests while closed); the sites
   * on a break stay closed whatever `open` says.
   */
  applyWorkspaceAccess(open: boolean, onBreak: readonly string[]): void;
}

/** Who else wants to know what the boundaries see (the wellbeing sessions). */
export interface BoundariesObserver {
  /** Every sample of workspace time (0 too), taken at `at`, for the span since the previous one. */
  activity(activeMs: number, at: Date): void;
  /** After every refresh, with the status it produced (also after sleep, resume, a clock change). */
  refreshed(status: BoundaryStatus, at: Date): void;
}

export interface BoundariesDeps {
  clock: Clock;
  settings: SettingsStore;
  store: Store;
  bus: EventBus;
  notifications: NotificationCenter;
  tray: TrayPresenter;
  host: BoundaryHostPort;
  log: (error: unknown) => void;
}

const KEEP_NOTIFIED = 300;
const KEEP_UNLOCK_DAYS = 90;
/** Unsaved workspace time is written once it reaches this much. */
const FLUSH_AFTER_MIN = 1;

/** The weekly budget's notice says what the lock mode does, no more: firm still allows unlocks. */
export function weeklyBudgetBody(mode: BoundaryStatus['mode'], minutes: number): string {
  switch (mode) {
    case 'gentle':
      return `${minutes} minutes this week. Gentle mode: nothing is locked.`;
    case 'firm':
      return `${minutes} minutes this week. Your windows stay locked until next week; you can still unlock the workspace for ${UNLOCK_MINUTES} minutes by writing down why, up to ${MAX_UNLOCKS_PER_DAY} times a day.`;
    case 'strict':
      return `${minutes} minutes this week. The workspace stays locked until next week.`;
  }
}

const info = (w: WindowOccurrence | undefined): WindowInfo | undefined =>
  w && {
    start: w.start.toISOString(),
    end: w.end.toISOString(),
    source: w.source,
    ...(w.label ? { label: w.label } : {}),
  };

/**
 * The networking windows at work: keeps the schedule state with one timer (the Scheduler), turns
 * transitions into notifications, the tray model and the workspace's lock, counts workspace time
 * against the budgets, and carries out the user's on-the-fly choices. All state changes go out from
 * `refresh`, one place, as the `boundaries.changed` event, the tray model and the host's lock.
 */
export class BoundariesService {
  private scheduler: Scheduler | null = null;
  private readonly tracker: UsageTracker;
  private ticker: TimerHandle | null = null;
  private pendingMs = 0;
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
  private lastAccessOpen: boolean | null = null;
  private notified: Set<string>;
  /** Minutes per day, ahead of the store (writes are asynchronous; this is the truth in memory). */
  private usage: BoundaryData['usage'];
  private writes: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: BoundariesDeps) {
    // Sampled every minute while focused: a gap over 3 minutes was sleep, not use.
    this.tracker = new UsageTracker(() => deps.host.idleSeconds(), 3 * 60_000);
    this.notified = new Set(deps.store.read().boundaries.notified);
    this.usage = deps.store.read().boundaries.usage;
  }

  start(): void {
    this.scheduler = createScheduler({
      clock: this.deps.clock,
      getInput: () => this.input(),
      listener: (result, previous, transition) => this.onTransition(result, previous, transition),
    });
    this.refresh();
  }

  dispose(): Promise<unknown> {
    this.scheduler?.dispose();
    this.scheduler = null;
    if (this.ticker) this.deps.clock.clearTimeout(this.ticker);
    this.ticker = null;
    this.accrue();
    this.flushUsage(true);
    return this.writes;
  }

  status(): BoundaryStatus {
    if (!this.last) return this.computeStatus(this.current());
    // Minutes are counted per local day, and off-hours nothing may fire between one day and the
    // next: a status from before midnight is recomputed (and sent out) when asked after it.
    if (this.lastDay !== this.localToday()) this.refresh();
    return this.last;
  }

  private localToday(): number {
    return localDayNum(this.timeZone(), this.now().getTime());
  }

  /** After sleep/resume, lock/unlock, a clock or time-zone change, or a settings change. */
  recompute(): BoundaryStatus {
    this.scheduler?.recompute();
    this.refresh();
    return this.status();
  }

  /** After the data was replaced (a restore): drop what was read from the old data, recompute. */
  reloadFromStore(): BoundaryStatus {
    this.notified = new Set(this.deps.store.read().boundaries.notified);
    this.usage = this.deps.store.read().boundaries.usage;
    return this.recompute();
  }

  timeZone(): string {
    const zone = this.deps.settings.get().schedule.schedule.timeZone;
    return resolveTimeZone(zone, this.deps.host.systemTimeZone());
  }

  // --- The user's choices -------------------------------------------------------------------

  saveSchedule(input: unknown): ScheduleSettings {
    const result = validateScheduleSettings(input);
    if (!result.ok) {
      const first = result.errors[0] ?? 'The schedule is not valid.';
      throw new UserError(
        'invalid_input',
        result.errors.length > 1 ? `${first} (and ${result.errors.length - 1} more)` : first,
        result.errors.map((message) => ({ path: '', message })),
      );
    }
    this.deps.settings.set({ ...this.deps.settings.get(), schedule: result.value });
    this.recompute();
    return result.value;
  }

  async startNow(minutes: number): Promise<BoundaryStatus> {
    if (this.deps.settings.get().boundaries.mode === 'strict') {
      throw new UserError(
        'forbidden',
        'Strict mode: the next window opens as scheduled. Change the mode in Settings.',
      );
    }
    // The same rule the tray and the lock screen follow: never a window that would stay locked.
    const offer = this.recompute().startNow;
    if (!offer.enabled) {
      throw new UserError('forbidden', offer.reason ?? 'A window cannot be started now.');
    }
    return this.setRuntime(startWindowNow(this.now(), minutes));
  }

  async continueOvertime(minutes: number): Promise<BoundaryStatus> {
    const { state } = this.current();
    if (
      this.deps.settings.get().boundaries.mode === 'strict' &&
      state !== 'closing' &&
      state !== 'open'
    ) {
      throw new UserError(
        'forbidden',
        'Strict mode: overtime can only be chosen before the window ends.',
      );
    }
    return this.setRuntime(continueOvertime(this.now(), minutes));
  }

  async snooze(minutes: number): Promise<BoundaryStatus> {
    return this.setRuntime(snoozeReminders(this.now(), minutes));
  }

  takeDaysOff(days: number, reason?: string): BoundaryStatus {
    const dayOff = takeDaysOff(this.now(), this.timeZone(), days, reason);
    const settings = this.deps.settings.get();
    const daysOff = [
      ...settings.schedule.exceptions.daysOff.filter((d) => d.id !== dayOff.id),
      dayOff,
    ];
    this.saveSchedule({
      ...settings.schedule,
      exceptions: { ...settings.schedule.exceptions, daysOff },
    });
    return this.status();
  }

  addExtraWindow(window: Omit<ExtraWindow, 'id'>): BoundaryStatus {
    const settings = this.deps.settings.get();
    const id = `extra-${Date.parse(window.start).toString(36)}`;
    const extraWindows = [
      ...settings.schedule.exceptions.extraWindows.filter((w) => w.id !== id),
      { ...window, id },
    ];
    this.saveSchedule({
      ...settings.schedule,
      exceptions: { ...settings.schedule.exceptions, extraWindows },
    });
    return this.status();
  }

  removeException(id: string): BoundaryStatus {
    const settings = this.deps.settings.get();
    const { daysOff, extraWindows } = settings.schedule.exceptions;
    if (!daysOff.some((d) => d.id === id) && !extraWindows.some((w) => w.id === id)) {
      throw new UserError('not_found', 'That exception no longer exists.');
    }
    this.saveSchedule({
      ...settings.schedule,
      exceptions: {
        daysOff: daysOff.filter((d) => d.id !== id),
        extraWindows: extraWindows.filter((w) => w.id !== id),
      },
    });
    return this.status();
  }

  async unlock(reason: string): Promise<BoundaryStatus> {
    const access = this.status().access;
    const mode = this.deps.settings.get().boundaries.mode;
    if (access.open) return this.status();
    if (mode === 'strict') {
      throw new UserError(
        'forbidden',
        'Strict mode: the workspace stays locked until your next window.',
      );
    }
    if (!access.canUnlock) {
      throw new UserError(
        'forbidden',
        `You have used today's ${access.unlocksLeftToday === 0 ? 'unlocks' : 'unlock'}. The workspace opens at your next window.`,
      );
    }
    const now = this.now();
    const cutoff = now.getTime() - KEEP_UNLOCK_DAYS * 86_400_000;
    const unlock = {
      at: now.toISOString(),
      until: new Date(now.getTime() + UNLOCK_MINUTES * 60_000).toISOString(),
      reason,
    };
    await this.persist((d) => {
      d.boundaries.unlocks = [
        ...d.boundaries.unlocks.filter((u) => Date.parse(u.at) >= cutoff),
        unlock,
      ];
    });
    this.refresh();
    return this.status();
  }

  /**
   * A reminder from the CRM (a due follow-up): held until a window is open, then delivered with the
   * others as one digest. Never off-hours. Returns false when it was already held or delivered.
   */
  async holdForWindow(item: { key: string; text: string }): Promise<boolean> {
    const key = `held:${item.key}`;
    if (this.notified.has(key) || this.deps.store.read().boundaries.held.some((h) => h.key === key))
      return false;
    await this.persist((d) => {
      d.boundaries.held = [...d.boundaries.held, { key, text: item.text }];
    });
    const { state } = this.current();
    if (state === 'open' || state === 'closing') this.deliverDigest();
    return true;
  }

  /**
   * A real-world appointment (a meeting in 30 minutes): the one kind of notice that may arrive
   * outside networking windows, because it is the real world.
   */
  notifyAppointment(item: { key: string; title: string; body: string }): void {
    this.raiseOnce({
      kind: 'meeting-soon',
      key: `appointment:${item.key}`,
      title: item.title,
      body: item.body,
      route: 'meetings',
    });
  }

  /** The wellbeing service watches sessions through this; one observer. */
  setObserver(observer: BoundariesObserver): void {
    this.observer = observer;
  }

  private observer: BoundariesObserver | null = null;

  /** True once a notification with this key was raised and shown (also across restarts). */
  wasShown(key: string, kind: NotificationKind): boolean {
    return this.notified.has(key) && this.deps.settings.get().notifications[kind];
  }

  /** Remembers that what `key` would say was already said another way (never raised later). */
  markNotified(key: string): void {
    if (this.notified.has(key)) return;
    this.notified.add(key);
    const keys = [...this.notified].slice(-KEEP_NOTIFIED);
    void this.persist((d) => {
      d.boundaries.notified = keys;
    });
  }

  /** The reason given for the latest unlock (for the session record). */
  lastUnlockReason(): string {
    return this.deps.store.read().boundaries.unlocks.at(-1)?.reason ?? '';
  }

  /**
   * A notification raised at most once for its key (kept across restarts with the others), and
   * only when the user has that kind turned on.
   */
  notifyOnce(planned: PlannedNotification): void {
    this.raiseOnce(planned);
  }

  /** Where due reminders come from (the CRM's follow-ups); asked when a window opens. */
  setReminderSource(source: () => Array<{ key: string; text: string }>): void {
    this.reminderSource = source;
  }

  private reminderSource: () => Array<{ key: string; text: string }> = () => [];

  /** Locks these sites until `until`, whatever the windows say. */
  async takeSiteBreak(siteIds: string[], until: string): Promise<BoundaryStatus> {
    await this.persist((d) => {
      const kept = d.boundaries.siteBreaks.filter((b) => !siteIds.includes(b.siteId));
      d.boundaries.siteBreaks = [...kept, ...siteIds.map((siteId) => ({ siteId, until }))];
    });
    return this.recompute();
  }

  async endSiteBreak(siteIds: string[]): Promise<BoundaryStatus> {
    await this.persist((d) => {
      d.boundaries.siteBreaks = d.boundaries.siteBreaks.filter((b) => !siteIds.includes(b.siteId));
    });
    return this.recompute();
  }

  /** The ids of the sites on a break now. */
  sitesOnBreak(): string[] {
    return this.status().siteBreaks.map((b) => b.siteId);
  }

  /** Null when the site may be shown now, else why not. */
  siteBreakFor(siteId: string): string | null {
    const found = this.status().siteBreaks.find((b) => b.siteId === siteId);
    return found?.until ?? null;
  }

  /** The workspace gained or lost focus (Electron: the site view; web host: test controls). */
  setWorkspaceFocus(focused: boolean): void {
    if (focused === this.tracker.isFocused()) return;
    this.addActive(this.tracker.setFocused(focused, this.now().getTime()).activeMs);
    this.flushUsage(true);
    this.refresh();
  }

  // --- Internals ------------------------------------------------------------------------------

  private now(): Date {
    return this.deps.clock.now();
  }

  private current(): ScheduleState {
    return (
      this.scheduler?.current() ??
      this.scheduler?.recompute() ?? { state: 'off', nextBoundary: null }
    );
  }

  private input(): ScheduleStateInput {
    const { schedule, exceptions } = this.deps.settings.get().schedule;
    return {
      schedule,
      exceptions,
      timeZone: this.timeZone(),
      runtime: this.deps.store.read().boundaries.runtime,
    };
  }

  private async setRuntime(patch: Partial<ScheduleRuntime>): Promise<BoundaryStatus> {
    await this.persist((d) => {
      d.boundaries.runtime = { ...d.boundaries.runtime, ...patch };
    });
    return this.recompute();
  }

  private persist(change: Parameters<Store['update']>[0]): Promise<unknown> {
    const write = this.deps.store.update(change);
    this.writes = this.writes.then(() => write).catch((error: unknown) => this.deps.log(error));
    return write;
  }

  private onTransition(
    result: ScheduleState,
    previous: ScheduleState,
    transition: TransitionInfo,
  ): void {
    const prefs = this.deps.settings.get().notifications;
    const now = this.now();
    const overtimeUntil = this.deps.store.read().boundaries.runtime.overtimeUntil;
    const previousEnd =
      previous.state === 'overtime' && overtimeUntil
        ? Date.parse(overtimeUntil)
        : (previous.current?.end.getTime() ?? 0);
    const closedEarly = transition.cause === 'recompute' && previousEnd > now.getTime();
    // The window's session already ended if a budget (not the window) kept the workspace locked:
    // its check-in was asked then, so no second "window closed, how did it feel?".
    const openByWindow =
      this.last === null ||
      this.last.access.reason === 'window' ||
      this.last.access.reason === 'gentle';
    for (const planned of transitionNotifications(
      previous,
      result,
      transition,
      now,
      this.timeZone(),
      prefs,
      closedEarly,
    )) {
      if (planned.kind === 'window-closed' && !openByWindow) continue;
      this.raiseOnce(planned);
    }
    if (result.state === 'open' || result.state === 'closing') this.deliverDigest();
    this.refresh();
  }

  /** Everything held for the window, as one notification. */
  private deliverDigest(): void {
    const stored = this.deps.store.read().boundaries.held;
    const due = this.reminderSource()
      .map((r) => ({ key: `held:${r.key}`, text: r.text }))
      .filter((r) => !this.notified.has(r.key) && !stored.some((h) => h.key === r.key));
    const held = [...stored, ...due];
    if (held.length === 0) return;
    const shown = held.slice(0, 3).map((h) => h.text);
    const more = held.length > 3 ? `, and ${held.length - 3} more` : '';
    for (const h of held) this.notified.add(h.key);
    const keys = [...this.notified].slice(-KEEP_NOTIFIED);
    void this.persist((d) => {
      d.boundaries.held = d.boundaries.held.filter((h) => !held.some((x) => x.key === h.key));
      d.boundaries.notified = keys;
    });
    if (!this.deps.settings.get().notifications['follow-up-digest']) return;
    this.deps.notifications.raise({
      kind: 'follow-up-digest',
      title:
        held.length === 1
          ? 'One follow-up for this window'
          : `${held.length} follow-ups for this window`,
      body: `${shown.join('; ')}${more}.`,
      route: 'today',
    });
  }

  private raiseOnce(planned: Omit<PlannedNotification, 'kind'> & { kind: NotificationKind }): void {
    if (this.notified.has(planned.key)) return;
    this.notified.add(planned.key);
    const keys = [...this.notified].slice(-KEEP_NOTIFIED);
    void this.persist((d) => {
      d.boundaries.notified = keys;
    });
    if (!this.deps.settings.get().notifications[planned.kind]) return;
    this.deps.notifications.raise({
      kind: planned.kind,
      title: planned.title,
      body: planned.body,
      route: planned.route,
    });
  }

  private addActive(ms: number): void {
    this.pendingMs += ms;
    this.observer?.activity(ms, this.now());
  }

  private accrue(): void {
    const sample = this.tracker.sample(this.now().getTime());
    this.addActive(sample.activeMs);
    const breakAfter = this.deps.settings.get().boundaries.breakAfterMin;
    if (breakAfter !== null && sample.continuousMs >= breakAfter * 60_000) {
      this.tracker.resetContinuous();
      this.raiseOnce({
        kind: 'break-suggested',
        key: `break:${this.now().toISOString()}`,
        title: 'Time for a short break?',
        body: `You have been networking for ${breakAfter} minutes straight. Stretch, get some water, look out of the window.`,
        route: 'workspace',
      });
    }
  }

  private flushUsage(force = false): void {
    if (this.pendingMs <= 0 || (!force && this.pendingMs < FLUSH_AFTER_MIN * 60_000)) return;
    const minutes = this.pendingMs / 60_000;
    this.pendingMs = 0;
    const day = formatLocalDate(localDayNum(this.timeZone(), this.now().getTime()));
    const usage = addUsage(this.usage, day, minutes);
    this.usage = usage;
    void this.persist((d) => {
      d.boundaries.usage = usage;
    });
  }

  private computeStatus(result: ScheduleState): BoundaryStatus {
    const now = this.now();
    const timeZone = this.timeZone();
    const settings = this.deps.settings.get();
    const data = this.deps.store.read().boundaries;
    const { todayMin, weekMin } = usageTotals(this.usage, now, timeZone, this.pendingMs / 60_000);
    const { dailyBudgetMin, weeklyBudgetMin, mode } = settings.boundaries;
    const overtimeUntil =
      data.runtime.overtimeUntil && Date.parse(data.runtime.overtimeUntil) > now.getTime()
        ? data.runtime.overtimeUntil
        : null;
    const snoozedUntil =
      data.runtime.snoozeRemindersUntil &&
      Date.parse(data.runtime.snoozeRemindersUntil) > now.getTime()
        ? data.runtime.snoozeRemindersUntil
        : null;
    const access = workspaceAccess({
      result,
      mode,
      unlocks: data.unlocks,
      now,
      timeZone,
      todayMin,
      weekMin,
      dailyBudgetMin,
      weeklyBudgetMin,
    });
    const current = info(result.current);
    const next = info(result.next);
    const usage = { todayMin, weekMin, dailyBudgetMin, weeklyBudgetMin };
    return {
      state: result.state,
      ...(current ? { current } : {}),
      ...(next ? { next } : {}),
      timeZone,
      // Never "Open, 30 min left" while a budget keeps the workspace locked.
      statusLine:
        lockedStatusLine(result, access) ??
        statusLine(result, now, timeZone, overtimeUntil ? new Date(overtimeUntil) : null),
      mode,
      access,
      usage,
      startNow: startNowOffer({ state: result.state, mode, usage }),
      snoozedUntil,
      overtimeUntil,
      idleDetection: this.deps.host.idleSeconds() !== null,
      siteBreaks: data.siteBreaks.filter((b) => Date.parse(b.until) > now.getTime()),
    };
  }

  /** The one place state changes go out: renderer event, tray, workspace lock, budget notices. */
  private refresh(): void {
    this.lastDay = this.localToday();
    const result = this.current();
    const status = this.computeStatus(result);
    this.checkBudgets(status);
    this.last = status;
    if (this.announced.changed(status)) this.deps.bus.emit('boundaries.changed', status);
    this.deps.tray.update(this.trayInput(status));
    const onBreak = status.siteBreaks.map((b) => b.siteId).sort();
    const breaksKey = onBreak.join('\n');
    if (status.access.open !== this.lastAccessOpen || breaksKey !== this.lastBreaksKey) {
      this.lastBreaksKey = breaksKey;
      this.deps.host.applyWorkspaceAccess(status.access.open, onBreak);
    }
    if (status.access.open !== this.lastAccessOpen) {
      const wasOpenByUnlock = this.lastAccessOpen === true && this.lastReason === 'unlocked';
      this.lastAccessOpen = status.access.open;
      if (wasOpenByUnlock && !status.access.open) {
        const until =
          this.deps.store.read().boundaries.unlocks.at(-1)?.until ?? this.now().toISOString();
        this.raiseOnce({
          kind: 'unlock-expired',
          key: `unlock-expired:${until}`,
          title: 'Unlock ended',
          body: 'The workspace is locked again. See you at your next window. A ten-second check-in is waiting on Today.',
          route: 'workspace',
        });
      }
    }
    this.lastReason = status.access.reason;
    this.observer?.refreshed(status, this.now());
    this.armTicker(status);
  }

  private lastReason: BoundaryStatus['access']['reason'] | null = null;
  private lastBreaksKey = '';

  private checkBudgets(status: BoundaryStatus): void {
    const { todayMin, weekMin, dailyBudgetMin, weeklyBudgetMin } = status.usage;
    const now = this.now();
    const locks = status.mode !== 'gentle';
    if (dailyBudgetMin !== null && todayMin >= dailyBudgetMin) {
      this.raiseOnce({
        kind: 'budget-reached',
        key: `budget-daily:${formatLocalDate(localDayNum(status.timeZone, now.getTime()))}`,
        title: "Today's networking budget is used",
        body: locks
          ? `${dailyBudgetMin} minutes today. The workspace is locking: time to step away.`
          : `${dailyBudgetMin} minutes today. Gentle mode: nothing is locked, but it might be time to step away.`,
        route: 'workspace',
      });
    }
    if (weeklyBudgetMin !== null && weekMin >= weeklyBudgetMin) {
      this.raiseOnce({
        kind: 'budget-reached',
        key: `budget-weekly:${weekKey(now, status.timeZone)}`,
        title: "This week's networking budget is used",
        body: weeklyBudgetBody(status.mode, weeklyBudgetMin),
        route: 'workspace',
      });
    }
  }

  private trayInput(status: BoundaryStatus): TrayInput {
    const now = this.now();
    const end =
      status.state === 'overtime' && status.overtimeUntil
        ? new Date(status.overtimeUntil)
        : (status.state === 'open' || status.state === 'closing') && status.current
          ? new Date(status.current.end)
          : null;
    return {
      state: status.state,
      statusLine: status.statusLine,
      mode: status.mode,
      access: status.access,
      snoozedUntil: status.snoozedUntil,
      current: status.current,
      startNow: status.startNow,
      minutesLeft: end ? minutesUntil(now, end) : null,
    };
  }

  /**
   * The minute ticker: armed only while something counts down (a window, an unlock) or workspace
   * time is being counted, so an idle day has no timer but the scheduler's.
   */
  private armTicker(status: BoundaryStatus): void {
    if (this.ticker) this.deps.clock.clearTimeout(this.ticker);
    this.ticker = null;
    const now = this.now().getTime();
    const unlockedUntil = status.access.unlockedUntil
      ? Date.parse(status.access.unlockedUntil)
      : null;
    const counting = this.tracker.isFocused();
    // A break ends at its own moment, in a window or not: the sites come back then.
    const breakEnd = Math.min(...status.siteBreaks.map((b) => Date.parse(b.until)));
    if (!hasCountdown(status.state) && unlockedUntil === null && !counting) {
      // At most a day ahead: a timer's delay has a ceiling, and resuming recomputes anyway.
      if (Number.isFinite(breakEnd)) this.armAt(Math.min(breakEnd, now + 86_400_000), now);
      return;
    }
    const nextMinute = Math.floor(now / 60_000) * 60_000 + 60_000;
    const at = Math.min(
      nextMinute,
      unlockedUntil !== null && unlockedUntil > now ? unlockedUntil : Infinity,
      breakEnd,
    );
    this.armAt(at, now);
  }

  private armAt(at: number, now: number): void {
    const handle = this.deps.clock.setTimeout(() => {
      if (this.ticker?.id !== handle.id) return;
      this.ticker = null;
      this.accrue();
      this.flushUsage();
      this.refresh();
    }, at - now);
    this.ticker = handle;
  }
}
