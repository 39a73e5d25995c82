import type { BoundaryStatus } from '../../shared/boundaries';
import type { Session } from '../../shared/wellbeing';
import type { StatusService } from '../boundaries/status-service';
import type { UnlockService } from '../boundaries/unlock-service';
import type { UsageMeter } from '../boundaries/usage-meter';
import type { Clock } from '../clock';
import { Emitter } from '../emitter';
import type { EventBus } from '../event-bus';
import type { Store } from '../store/open-store';
import type { CheckInPrompts } from './check-in-prompts';
import {
  addActivity,
  advance,
  mergeSession,
  phaseOf,
  sessionIdOf,
  type OpenSession,
} from './session-tracker';
import { KEEP, wellbeingChanged } from './wellbeing-records';

export interface SessionRecorderDeps {
  clock: Clock;
  store: Store;
  bus: EventBus;
  /** Workspace time and every status the boundaries send out, followed from construction. */
  usage: Pick<UsageMeter, 'onActivity'>;
  status: Pick<StatusService, 'onRefreshed'>;
  unlocks: Pick<UnlockService, 'lastReason'>;
  prompts: Pick<CheckInPrompts, 'sessionEnded' | 'askLeftOver'>;
  log: (error: unknown) => void;
}

/** One look at the boundaries, after the session was advanced (the weekly review follows these). */
export interface SessionStep {
  now: number;
  /** The session this look ended, perhaps not written yet. */
  closed: Session | null;
}

/**
 * Watches the boundaries (every refresh and every minute of workspace time), keeps the running
 * session in memory and stores it when it ends, then has its check-in asked.
 */
export class SessionRecorder {
  private open: OpenSession | null = null;
  private lastSampleAt: number | null = null;
  private swept = false;
  private writes: Promise<unknown> = Promise.resolve();
  private readonly steps = new Emitter<SessionStep>();
  /** After every look, once the session was advanced, stored and its check-in asked. */
  readonly onStep = this.steps.event;

  constructor(private readonly deps: SessionRecorderDeps) {
    deps.usage.onActivity(({ activeMs, at }) => this.activity(activeMs, at));
    deps.status.onRefreshed(({ status, at }) => this.refreshed(status, at));
  }

  /** Workspace time of the session still running (0 when none is). */
  runningMs(): number {
    return this.open?.activeMs ?? 0;
  }

  /** On quit: the running session is stored as it stands (a restart adds to it). */
  flush(): Promise<unknown> {
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
    if (!this.swept) {
      this.swept = true;
      this.deps.prompts.askLeftOver(now, this.open ? sessionIdOf(this.open) : null);
    }
    this.steps.fire({ now, closed: step.closed });
  }

  /**
   * The one place a session ends, whatever ended it (the window's end, a day off, a new schedule,
   * a budget, an unlock running out, sleep): it is stored, and its check-in asked once.
   */
  private record(session: Session, endNoticeKey: string): void {
    void this.store(session)
      .then(() => wellbeingChanged(this.deps.bus))
      .catch(this.deps.log);
    this.deps.prompts.sessionEnded(session, endNoticeKey);
  }

  private store(session: Session): Promise<unknown> {
    const write = this.deps.store.update((d) => {
      const existing = d.sessions.find((s) => s.id === session.id);
      const merged = mergeSession(existing, session);
      d.sessions = [...d.sessions.filter((s) => s.id !== session.id), merged].slice(-KEEP);
    });
    this.writes = this.writes.then(() => write).catch(() => undefined);
    return write;
  }
}
