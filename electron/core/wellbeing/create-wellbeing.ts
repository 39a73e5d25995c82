import type { ReconnectItem } from '../../shared/crm/crm-views';
import type { ScheduleService } from '../boundaries/schedule-service';
import type { SiteBreaks } from '../boundaries/site-breaks';
import type { StatusService } from '../boundaries/status-service';
import type { UnlockService } from '../boundaries/unlock-service';
import type { UsageMeter } from '../boundaries/usage-meter';
import type { Clock } from '../clock';
import type { EventBus } from '../event-bus';
import type { NotificationLedger } from '../notifications/notification-ledger';
import type { SettingsStore } from '../settings/settings-store';
import type { Store } from '../store/open-store';
import { CheckInPrompts } from './check-in-prompts';
import { CheckInsService } from './check-ins-service';
import { GuidanceService } from './guidance-service';
import { InsightsService } from './insights-service';
import { ReviewReminder } from './review-reminder';
import { SessionRecorder } from './session-recorder';
import { WeeklyReviewService } from './weekly-review-service';

/** What the wellbeing services ask of the rest of the core (kept narrow for the tests). */
export interface WellbeingOptions {
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
  reconnect: () => readonly ReconnectItem[];
  /** The one-click actions guidance offers, carried out by the boundaries. */
  schedule: Pick<ScheduleService, 'save' | 'takeDaysOff'>;
  breaks: Pick<SiteBreaks, 'takePlatformBreak'>;
  log: (error: unknown) => void;
  newId?: () => string;
}

/** Sessions, check-ins, insights, guidance and the weekly review, one service per job. */
export interface Wellbeing {
  readonly sessions: SessionRecorder;
  readonly checkIns: CheckInsService;
  readonly insights: InsightsService;
  readonly guidance: GuidanceService;
  readonly review: WeeklyReviewService;
  /** On quit: the review's timer stops, the running session is stored; resolves once written. */
  flush(): Promise<unknown>;
  /** Resolves when every session write started so far has finished (for quitting and tests). */
  settled(): Promise<unknown>;
}

/**
 * Builds the wellbeing services. The sessions follow the boundaries from construction on (build
 * this before the boundaries start); the check-in prompts come first, as a session's end asks
 * one, and the review reminder last, as it looks after every session step.
 */
export function createWellbeing(options: WellbeingOptions): Wellbeing {
  const { clock, store, settings, bus, timeZone, ledger, log } = options;
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  const prompts = new CheckInPrompts({ store, ledger });
  const sessions = new SessionRecorder({
    clock,
    store,
    bus,
    usage: options.usage,
    status: options.status,
    unlocks: options.unlocks,
    prompts,
    log,
  });
  const reminder = new ReviewReminder({ clock, store, settings, timeZone, ledger, sessions });
  return {
    sessions,
    checkIns: new CheckInsService({ clock, store, bus, newId }),
    insights: new InsightsService({ clock, store, settings, timeZone }),
    guidance: new GuidanceService({
      clock,
      store,
      settings,
      bus,
      timeZone,
      schedule: options.schedule,
      breaks: options.breaks,
    }),
    review: new WeeklyReviewService({
      clock,
      store,
      settings,
      timeZone,
      reconnect: options.reconnect,
    }),
    flush: () => {
      reminder.dispose();
      return sessions.flush();
    },
    settled: () => sessions.settled(),
  };
}
