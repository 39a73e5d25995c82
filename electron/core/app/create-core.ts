import { appHandlers } from './app-handlers';
import { boundariesHandlers } from '../boundaries/boundaries-handlers';
import { contactsHandlers } from '../contacts/contacts-handlers';
import { crmHandlers } from '../crm/crm-handlers';
import { eventsHandlers } from '../crm/events/events-handlers';
import { interchangeHandlers } from '../interchange/interchange-handlers';
import { settingsHandlers } from '../settings/settings-handlers';
import { wellbeingHandlers } from '../wellbeing/wellbeing-handlers';
import type { Clock } from '../clock';
import { BoundariesService } from '../boundaries/boundaries-service';
import { BulkEditService } from '../contacts/bulk-edit-service';
import { ContactsService } from '../contacts/contacts-service';
import { MergeService } from '../contacts/merge-service';
import { createCrm, type Crm } from '../crm/create-crm';
import { EventsService } from '../crm/events/events-service';
import { ImportService } from '../interchange/import-service';
import { UploadRegistry } from '../uploads/upload-registry';
import { platformBreak } from '../crm/safety/platform-break';
import { SocialPlatformSchema, type SocialPlatform } from '../../shared/crm/crm-common';
import type { Handlers } from '../dispatch';
import type { HostPort } from '../ports';
import { UserError } from '../errors';
import { EventBus } from '../event-bus';
import { openSettings, type ConfFactory, type SettingsStore } from '../settings/settings-store';
import { BackupService } from '../interchange/backup/backup-service';
import { ExportService } from '../interchange/export/export-service';
import { dataFolderError } from '../store/file-errors';
import { openStore, type Store } from '../store/open-store';
import { NotificationCenter } from './notification-center';
import { initialTrayInput } from './tray-model';
import { Notices } from './notices';
import { TrayPresenter } from './tray-presenter';
import { WellbeingService } from '../wellbeing/wellbeing-service';
import { onceFor } from '../store/recent-requests';

export interface CoreOptions {
  dataDir: string;
  clock: Clock;
  settingsFactory: ConfFactory;
  host: HostPort;
  log?: (error: unknown) => void;
  lockStaleMs?: number;
}

export interface Core {
  readonly handlers: Handlers;
  readonly bus: EventBus;
  readonly tray: TrayPresenter;
  readonly notifications: NotificationCenter;
  readonly notices: Notices;
  readonly settings: SettingsStore;
  readonly contacts: ContactsService;
  readonly boundaries: BoundariesService;
  readonly crm: Crm;
  readonly wellbeing: WellbeingService;
  readonly store: Store;
  close(): Promise<void>;
}

/** Composes the core: store, settings, services and the IPC handlers both hosts register. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const { dataDir, clock, host } = options;
  const bus = new EventBus();
  const notices = new Notices(clock, bus);
  const store = await openStore({
    dataDir,
    clock,
    notify: (n) => notices.add(n),
    ...(options.lockStaleMs ? { lockStaleMs: options.lockStaleMs } : {}),
  });
  // Every change reaches every window (a tray action, another tab of the web host).
  let settings: SettingsStore;
  try {
    settings = openSettings(
      dataDir,
      options.settingsFactory,
      clock,
      (n) => notices.add(n),
      (next) => bus.emit('settings.changed', next),
    );
  } catch (error) {
    // Release the data folder, and say what is wrong with it in words (a read-only settings file).
    await store.close().catch(() => undefined);
    throw dataFolderError(error, dataDir) ?? error;
  }
  const contacts = new ContactsService(store, clock, bus);
  const merges = new MergeService({ store, clock, bus });
  const bulkEdits = new BulkEditService({ store, clock, bus });
  await contacts.purgeTrash();
  const notifications = new NotificationCenter(clock, bus);
  const tray = new TrayPresenter(bus, initialTrayInput(settings.get().boundaries.mode));
  const log = options.log ?? ((error: unknown) => console.error(error));
  const boundaries = new BoundariesService({
    clock,
    settings,
    store,
    bus,
    notifications,
    tray,
    log,
    host: {
      systemTimeZone: () => host.systemTimeZone(),
      idleSeconds: () => host.idleSeconds(),
      applyWorkspaceAccess: (open, onBreak) =>
        host.workspace.applyAccess(open, settings.get().sites, onBreak),
    },
  });
  const crm = createCrm({
    store,
    clock,
    bus,
    timeZone: () => boundaries.timeZone(),
    notifyAppointment: (item) => boundaries.notifyAppointment(item),
  });
  const events = new EventsService({
    store,
    clock,
    bus,
    timeZone: () => boundaries.timeZone(),
    nudgeAfterDays: () => settings.get().invitations.nudgeAfterDays,
  });
  const imports = new ImportService(store, clock, bus);
  const uploads = new UploadRegistry(clock);
  // Due follow-ups and unanswered invitations go into the digest when a networking window opens.
  boundaries.setReminderSource(() => [...crm.followUps.dueReminders(), ...events.nudges()]);
  const scheduleInput = () => ({
    ...settings.get().schedule,
    timeZone: boundaries.timeZone(),
  });
  const takePlatformBreak = async (platform: SocialPlatform, days: number) => {
    const lock = platformBreak(
      platform,
      settings.get().sites,
      days,
      clock.now(),
      boundaries.timeZone(),
    );
    host.workspace.hide();
    await boundaries.takeSiteBreak(lock.siteIds, lock.until);
    return lock;
  };
  const wellbeing = new WellbeingService({
    clock,
    store,
    settings,
    bus,
    log,
    timeZone: () => boundaries.timeZone(),
    scheduleInput,
    notifyOnce: (n) => boundaries.notifyOnce(n),
    lastUnlockReason: () => boundaries.lastUnlockReason(),
    wasShown: (key, kind) => boundaries.wasShown(key, kind),
    markNotified: (key) => boundaries.markNotified(key),
    reconnect: () => crm.reconnect.due(),
    actions: {
      saveSchedule: (doc) => boundaries.saveSchedule(doc),
      takeDaysOff: (days, reason) => boundaries.takeDaysOff(days, reason),
      takePlatformBreak: (platform, days) =>
        takePlatformBreak(SocialPlatformSchema.parse(platform), days),
    },
  });
  // Sessions follow the boundaries from their first refresh on.
  boundaries.setObserver(wellbeing);
  boundaries.start();
  crm.start();
  const exporter = new ExportService({ store, clock });
  const backup = new BackupService({
    store,
    settings,
    clock,
    appVersion: host.version,
    onRestored: () => {
      // Everything in memory that came from the old data is read again; every window refreshes.
      boundaries.reloadFromStore();
      host.workspace.applyAccess(
        boundaries.status().access.open,
        settings.get().sites,
        boundaries.sitesOnBreak(),
      );
      crm.reload();
      bus.emit('contacts.changed', { ids: [] });
    },
  });
  const site = (id: string) => {
    const found = settings.get().sites.find((s) => s.id === id);
    if (!found) throw new UserError('not_found', 'That site is no longer in your workspace.');
    return found;
  };

  const once = onceFor(store);
  const handlers = {
    ...appHandlers({ host, dataDir, notices }),
    ...settingsHandlers({ settings, boundaries, host }),
    ...contactsHandlers({ contacts, merges, bulkEdits, crm, exporter, once }),
    ...crmHandlers({ crm, once }),
    ...eventsHandlers({ events, once }),
    ...boundariesHandlers({
      boundaries,
      settings,
      store,
      clock,
      tray,
      notifications,
      host,
      site,
      takePlatformBreak,
    }),
    ...interchangeHandlers({ exporter, uploads, backup, imports, host }),
    ...wellbeingHandlers({ wellbeing }),
  } satisfies Handlers;

  return {
    handlers,
    bus,
    tray,
    notifications,
    notices,
    settings,
    contacts,
    boundaries,
    crm,
    wellbeing,
    store,
    async close() {
      crm.dispose();
      await boundaries.dispose();
      await wellbeing.flush().catch(log);
      await store.close();
    },
  };
}
