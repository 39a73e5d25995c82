import type { BoundaryStatus } from '../../shared/boundaries';
import type { ReconnectItem } from '../../shared/crm/crm-views';
import type { ScheduleStateInput } from '../../shared/schedule';
import type {
  CheckIn,
  Guidance,
  GuidanceAction,
  GuidanceId,
  Insights,
  InsightsRange,
  PendingCheckIn,
  Session,
  WeeklyReview,
  Wins,
} from '../../shared/wellbeing';
import { SocialPlatformSchema } from '../../shared/crm/crm-common';
import type { ScheduleService } from '../boundaries/schedule-service';
import type { SiteBreaks } from '../boundaries/site-breaks';
import type { StatusService } from '../boundaries/status-service';
import type { UnlockService } from '../boundaries/unlock-service';
import type { UsageMeter } from '../boundaries/usage-meter';
import { weekKey } from '../boundaries/usage-ledger';
import type { Clock, TimerHandle } from '../clock';
import { UserError } from '../errors';
import type { EventBus } from '../event-bus';
import type { NotificationLedger } from '../notifications/notification-ledger';
import type { SettingsStore } from '../settings/settings-store';
import type { Store } from '../store/open-store';
import { prefillWins } from './check-in-prefill';
import { guidance } from './guidance-rules';
import { computeInsights } from './insights';
import { insightsCsv } from './insights-csv';
import {
  addActivity,
  advance,
  mergeSession,
  phaseOf,
  sessionIdOf,
  type OpenSession,
} from './session-tracker';
import { shortenWindows } from './shorten-windows';
import { reviewAt, weeklyReview } from './weekly-review';

/** What the wellbeing service asks of the rest of the core (kept narrow for the tests). */
export interface WellbeingDeps {
  clock: Clock;
  store: Store;
  settings: SettingsStore;
  bus: EventBus;
  timeZone: () => string;
  /** Workspace time and every status the boundaries send out, followed from construction. */
  usage: Pick<UsageMeter, 'onActivity'>;
  status: Pick<StatusService, 'onRefreshed'>;
  /** Check-in and review notices; whether "window closed" or "unlock ended" was shown. */
  ledger: Pick<NotificationLedger, 'raiseOnce' | 'wasShown' | 'markNotified'>;
  unlocks: Pick<UnlockService, 'lastReason'>;
  reconnect: () => ReconnectItem[];
  /** The one-click actions guidance offers, carried out by the boundaries. */
  schedule: Pick<ScheduleService, 'save' | 'takeDaysOff'>;
  breaks: Pick<SiteBreaks, 'takePlatformBreak'>;
  log: (error: unknown) => void;
  newId?: () => string;
}

const checkInKey = (sessionId: string) => `check-in:${sessionId}`;

/** A pending check-in is offered for this long after its session; then it quietly lapses. */
const CHECK_IN_OFFER_MS = 24 * 3_600_000;
/** Stored sessions and check-ins: about two years. */
const KEEP = 2000;

/**
 * Sessions, check-ins, insights, guidance and the weekly review. Watches the boundaries (every
 * refresh and every minute of workspace time), keeps the running session in memory and stores it
 * when it ends, then offers one check-in for it.
 */
export class WellbeingService {
  private open: OpenSession | null = null;
  private lastSampleAt: number | null = null;
  private readonly newId: () => string;

  constructor(private readonly deps: WellbeingDeps) {
    this.newId = deps.newId ?? (() => globalThis.crypto.randomUUID());
    deps.usage.onActivity(({ activeMs, at }) => this.activity(activeMs, at));
    deps.status.onRefreshed(({ status, at }) => this.refreshed(status, at));
  }

  // --- Observing the boundaries ---------------------------------------------------------------

  /** Every sample of workspace time (0 too), taken at `at`, for the span since the previous one. */
  private activity(activeMs: number, at: Date): void {
    const now = at.getTime();
    this.open = addActivity(this.open, activeMs, now, this.lastSampleAt ?? now);
    this.lastSampleAt = now;
  }

  /** After every refresh, with the status it produced (also after sleep, resume, a clock change). */
  private refreshed(status: BoundaryStatus, at: Date): void {
    const now = at.getTime();
    const phase = phaseOf(status);
    const reason = phase?.kind === 'unlock' ? this.deps.unlocks.lastReason() : '';
    const step = advance(this.open, phase, now, reason);
    this.open = step.open;
    if (step.closed) this.record(step.closed, step.closedNoticeKey ?? '');
    if (!this.swept) this.askLeftOver(now);
    this.maybeWeeklyReview(now, step.closed);
    this.armReview(now);
  }

  private scheduleInput(): ScheduleStateInput {
    return { ...this.deps.settings.get().schedule, timeZone: this.deps.timeZone() };
  }

  private reviewTimer: TimerHandle | null = null;
  private reviewTimerAt = 0;

  /**
   * The review's moment may fall when nothing else happens (the week's last window was taken off):
   * a timer of its own makes sure it is looked at then.
   */
  private armReview(now: number): void {
    const at = reviewAt(
      this.scheduleInput(),
      new Date(now),
      this.deps.settings.get().wellbeing.reviewTime,
    )?.getTime();
    if (at === this.reviewTimerAt && this.reviewTimer) return;
    if (this.reviewTimer) this.deps.clock.clearTimeout(this.reviewTimer);
    this.reviewTimer = null;
    this.reviewTimerAt = 0;
    if (at === undefined || at <= now) return;
    this.reviewTimerAt = at;
    const handle = this.deps.clock.setTimeout(() => {
      if (this.reviewTimer?.id !== handle.id) return;
      this.reviewTimer = null;
      this.reviewTimerAt = 0;
      this.maybeWeeklyReview(this.deps.clock.now().getTime(), null);
    }, at - now);
    this.reviewTimer = handle;
  }

  private swept = false;

  /**
   * On the first look after a start: a session stored at quit (the app closed mid-session) and not
   * asked about since is asked about now, once. The one still running is asked about at its end.
   */
  private askLeftOver(now: number): void {
    this.swept = true;
    const running = this.open ? sessionIdOf(this.open) : null;
    for (const s of this.deps.store.read().sessions) {
      if (s.checkIn !== 'pending' || s.id === running) continue;
      if (now - Date.parse(s.end) > CHECK_IN_OFFER_MS) continue;
      this.askCheckIn(s);
    }
  }

  /** On quit: the running session is stored as it stands (a restart adds to it). */
  flush(): Promise<unknown> {
    if (this.reviewTimer) this.deps.clock.clearTimeout(this.reviewTimer);
    this.reviewTimer = null;
    if (this.open) {
      const { closed } = advance(this.open, null, this.deps.clock.now().getTime());
      this.open = null;
      if (closed) void this.store(closed).catch(this.deps.log);
    }
    return this.writes;
  }

  /** Resolves when every session write started so far has finished (for quitting and tests). */
  settled(): Promise<unknown> {
    return this.writes;
  }

  private writes: Promise<unknown> = Promise.resolve();

  private store(session: Session): Promise<unknown> {
    const write = this.deps.store.update((d) => {
      const existing = d.sessions.find((s) => s.id === session.id);
      const merged = mergeSession(existing, session);
      d.sessions = [...d.sessions.filter((s) => s.id !== session.id), merged].slice(-KEEP);
    });
    this.writes = this.writes.then(() => write).catch(() => undefined);
    return write;
  }

  /**
   * The one place a session ends, whatever ended it (the window's end, a day off, a new schedule,
   * a budget, an unlock running out, sleep): it is stored, and its check-in asked once.
   */
  private record(session: Session, endNoticeKey: string): void {
    void this.store(session)
      .then(() => this.deps.bus.emit('wellbeing.changed', {}))
      .catch(this.deps.log);
    // The "window closed" / "unlock ended" notice already invites the check-in: a second prompt
    // at the same moment would nag. Without it (turned off, slept through, a budget), ask here.
    const kind = endNoticeKey.startsWith('unlock-expired:') ? 'unlock-expired' : 'window-closed';
    if (endNoticeKey && this.deps.ledger.wasShown(endNoticeKey, kind)) {
      this.deps.ledger.markNotified(checkInKey(session.id));
      return;
    }
    this.askCheckIn(session);
  }

  /** The check-in notification, at most once per session (its key is kept across restarts). */
  private askCheckIn(session: Session): void {
    this.deps.ledger.raiseOnce({
      kind: 'check-in',
      key: checkInKey(session.id),
      title: 'How did that feel?',
      body:
        session.kind === 'unlock'
          ? 'A ten-second check-in after that unlock: energy, and whether it was worth it.'
          : 'A ten-second check-in about your last networking session.',
      route: 'today',
    });
  }

  private maybeWeeklyReview(now: number, justClosed: Session | null): void {
    const at = reviewAt(
      this.scheduleInput(),
      new Date(now),
      this.deps.settings.get().wellbeing.reviewTime,
    );
    // Only at its moment (or within the window's minute ticks after it), never hours later.
    if (!at || now < at.getTime() || now - at.getTime() > 15 * 60_000) return;
    const week = weekKey(new Date(now), this.deps.timeZone());
    const d = this.deps.store.read();
    // The session that just ended may not be written yet: it counts too.
    const networked =
      (this.open?.activeMs ?? 0) > 0 ||
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

  // --- Check-ins ------------------------------------------------------------------------------

  pendingCheckIn(): PendingCheckIn | null {
    const now = this.deps.clock.now().getTime();
    const d = this.deps.store.read();
    const session = d.sessions
      .filter((s) => s.checkIn === 'pending' && now - Date.parse(s.end) <= CHECK_IN_OFFER_MS)
      .at(-1);
    if (!session) return null;
    return { session, prefill: prefillWins(d, session.start, session.end) };
  }

  async checkIn(input: {
    sessionId: string;
    energy: number;
    chore: boolean;
    wins: Wins;
    note: string;
  }): Promise<CheckIn> {
    const found = this.deps.store.read().sessions.find((s) => s.id === input.sessionId);
    if (!found) throw new UserError('not_found', 'That session is no longer recorded.');
    const checkIn: CheckIn = {
      id: this.newId(),
      at: this.deps.clock.now().toISOString(),
      ...input,
    };
    await this.deps.store.update((d) => {
      // One check-in per session: answering again replaces the earlier answer.
      d.checkIns = [...d.checkIns.filter((c) => c.sessionId !== input.sessionId), checkIn].slice(
        -KEEP,
      );
      const s = d.sessions.find((x) => x.id === input.sessionId);
      if (s) s.checkIn = 'done';
    });
    this.deps.bus.emit('wellbeing.changed', {});
    return checkIn;
  }

  async skipCheckIn(sessionId: string): Promise<void> {
    await this.deps.store.update((d) => {
      const s = d.sessions.find((x) => x.id === sessionId);
      if (s && s.checkIn === 'pending') s.checkIn = 'skipped';
    });
    this.deps.bus.emit('wellbeing.changed', {});
  }

  // --- Insights, guidance, review -------------------------------------------------------------

  insights(range: InsightsRange): Insights {
    const d = this.deps.store.read();
    const { dailyBudgetMin, weeklyBudgetMin } = this.deps.settings.get().boundaries;
    return computeInsights({
      range,
      now: this.deps.clock.now(),
      timeZone: this.deps.timeZone(),
      usage: d.boundaries.usage,
      sessions: d.sessions,
      checkIns: d.checkIns,
      interactions: d.interactions,
      meetings: d.meetings,
      invitations: d.invitations,
      dailyBudgetMin,
      weeklyBudgetMin,
    });
  }

  exportCsv(range: InsightsRange): { fileName: string; csv: string } {
    const insights = this.insights(range);
    return { fileName: `netwell-insights-${insights.to}-${range}.csv`, csv: insightsCsv(insights) };
  }

  guidance(): Guidance[] {
    const d = this.deps.store.read();
    const settings = this.deps.settings.get();
    return guidance({
      now: this.deps.clock.now(),
      timeZone: this.deps.timeZone(),
      checkIns: d.checkIns,
      usage: d.boundaries.usage,
      dailyBudgetMin: settings.boundaries.dailyBudgetMin,
      interactions: d.interactions,
      meetings: d.meetings,
      reportLog: d.reportLog,
      settings: settings.wellbeing,
    });
  }

  dismissGuidance(id: GuidanceId): Guidance[] {
    const settings = this.deps.settings.get();
    const dismissed = [...new Set([...settings.wellbeing.dismissedGuidance, id])];
    this.deps.settings.set({
      ...settings,
      wellbeing: { ...settings.wellbeing, dismissedGuidance: dismissed },
    });
    return this.guidance();
  }

  /** Carries out one of a suggestion's actions; returns what happened, in words. */
  async actOnGuidance(
    id: GuidanceId,
    type: GuidanceAction['type'],
  ): Promise<{ message: string; route?: 'meetings' }> {
    const found = this.guidance().find((g) => g.id === id);
    const action = found?.actions.find((a) => a.type === type);
    if (!found || !action)
      throw new UserError('not_found', 'That suggestion no longer applies. Nothing was changed.');
    let result: { message: string; route?: 'meetings' };
    switch (action.type) {
      case 'shorten-windows': {
        const doc = this.deps.settings.get().schedule;
        const windows = shortenWindows(doc.schedule.windows, action.percent);
        this.deps.schedule.save({ ...doc, schedule: { ...doc.schedule, windows } });
        result = { message: `Your weekly windows are now ${action.percent}% shorter.` };
        break;
      }
      case 'day-off':
        this.deps.schedule.takeDaysOff(1, 'a rest day');
        result = { message: 'Today is a day off. Enjoy it.' };
        break;
      case 'propose-coffee':
        result = { message: 'Pick someone to meet for a coffee.', route: 'meetings' };
        break;
      case 'platform-break':
        await this.deps.breaks.takePlatformBreak(
          SocialPlatformSchema.parse(action.platform),
          action.days,
        );
        result = { message: `A ${action.days}-day break from ${action.platform} has started.` };
        break;
    }
    const settings = this.deps.settings.get();
    this.deps.settings.set({
      ...settings,
      wellbeing: {
        ...settings.wellbeing,
        actedOn: { ...settings.wellbeing.actedOn, [id]: this.deps.clock.now().toISOString() },
      },
    });
    this.deps.bus.emit('wellbeing.changed', {});
    return result;
  }

  weeklyReview(): WeeklyReview {
    const d = this.deps.store.read();
    const settings = this.deps.settings.get();
    return weeklyReview({
      now: this.deps.clock.now(),
      schedule: this.scheduleInput(),
      data: d,
      sessions: d.sessions,
      checkIns: d.checkIns,
      reconnect: this.deps.reconnect(),
      weeklyBudgetMin: settings.boundaries.weeklyBudgetMin,
      reviewTime: settings.wellbeing.reviewTime,
    });
  }
}
