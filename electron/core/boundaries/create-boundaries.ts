import type { BoundaryStatus } from '../../shared/boundaries';
import type { Clock } from '../clock';
import type { EventBus } from '../event-bus';
import type { NotificationLedger } from '../notifications/notification-ledger';
import type { HostPort } from '../ports';
import type { SettingsStore } from '../settings/settings-store';
import type { Store } from '../store/open-store';
import type { StoreWrites } from '../store/store-writes';
import type { TrayPresenter } from '../tray/tray-presenter';
import { ReminderDigest, type Reminder } from './reminder-digest';
import { ScheduleService } from './schedule-service';
import { ScheduleTracker } from './schedule-tracker';
import { SiteBreaks } from './site-breaks';
import { StatusService } from './status-service';
import { UnlockService } from './unlock-service';
import { UsageMeter } from './usage-meter';
import { WindowActions } from './window-actions';
import { WorkspaceService } from './workspace-service';

export interface BoundariesOptions {
  clock: Clock;
  settings: SettingsStore;
  store: Store;
  writes: StoreWrites;
  bus: EventBus;
  tray: TrayPresenter;
  ledger: NotificationLedger;
  timeZone: () => string;
  host: Pick<HostPort, 'idleSeconds' | 'workspace'>;
  /** Due follow-ups and unanswered invitations, for the digest when a window opens. */
  reminders: () => Reminder[];
}

/** The networking windows at work, one service per job; handlers call the one they need. */
export interface Boundaries {
  readonly tracker: ScheduleTracker;
  readonly usage: UsageMeter;
  readonly digest: ReminderDigest;
  readonly status: StatusService;
  readonly windows: WindowActions;
  readonly schedule: ScheduleService;
  readonly unlocks: UnlockService;
  readonly breaks: SiteBreaks;
  readonly workspace: WorkspaceService;
  /** Starts the schedule's timer and sends out the first status. */
  start(): void;
  /** Stops the timers, saves the last workspace time; resolves once every write has landed. */
  dispose(): Promise<unknown>;
  /** After the data was replaced (a restore): drop what was read from the old data, recompute. */
  reload(): BoundaryStatus;
}

/**
 * Builds the boundaries' services in dependency order: the schedule's state first, the status
 * that follows it, then the choices that change it. Nothing is wired after construction.
 */
export function createBoundaries(options: BoundariesOptions): Boundaries {
  const { clock, settings, store, writes, bus, tray, ledger, timeZone, host } = options;
  const tracker = new ScheduleTracker({ clock, settings, store, timeZone });
  const idleSeconds = () => host.idleSeconds();
  const usage = new UsageMeter({ clock, settings, store, writes, ledger, timeZone, idleSeconds });
  const digest = new ReminderDigest({
    store,
    writes,
    ledger,
    reminders: options.reminders,
    windowOpen: () => tracker.windowOpen(),
  });
  const status = new StatusService({
    clock,
    settings,
    store,
    bus,
    tray,
    ledger,
    schedule: tracker,
    usage,
    digest,
    timeZone,
    idleSeconds,
    applyWorkspaceAccess: (open, onBreak) =>
      host.workspace.applyAccess(open, settings.get().sites, onBreak),
  });
  const breaks = new SiteBreaks({
    clock,
    settings,
    writes,
    timeZone,
    status,
    hideWorkspace: () => host.workspace.hide(),
  });
  return {
    tracker,
    usage,
    digest,
    status,
    windows: new WindowActions({ clock, settings, writes, schedule: tracker, status }),
    schedule: new ScheduleService({ clock, settings, timeZone, status }),
    unlocks: new UnlockService({ clock, settings, store, writes, status }),
    breaks,
    workspace: new WorkspaceService({
      settings,
      workspace: host.workspace,
      timeZone,
      status,
      breaks,
    }),
    start: () => status.start(),
    dispose: () => {
      status.dispose();
      return writes.settled();
    },
    reload: () => {
      ledger.reload();
      usage.reload();
      return status.recompute();
    },
  };
}
