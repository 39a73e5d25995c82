import { syncHandlers } from '../sync/sync-handlers';
import { SyncService } from '../sync/sync-service';
import { SyncStateFileStore } from '../sync/sync-state-file';
import { boundariesHandlers } from '../boundaries/boundaries-handlers';
import { createBoundaries, type Boundaries } from '../boundaries/create-boundaries';
import type { Clock } from '../clock';
import { BulkEditService } from '../contacts/bulk-edit-service';
import { contactsHandlers } from '../contacts/contacts-handlers';
import { ContactsService } from '../contacts/contacts-service';
import { MergeService } from '../contacts/merge-service';
import { createCrm, type Crm } from '../crm/create-crm';
import { crmHandlers } from '../crm/crm-handlers';
import { eventsHandlers } from '../crm/events/events-handlers';
import { EventsService } from '../crm/events/events-service';
import type { Handlers } from '../dispatch';
import { EventBus } from '../event-bus';
import { ExternalLinks } from '../external-links';
import { BackupService } from '../interchange/backup/backup-service';
import { ExportService } from '../interchange/export/export-service';
import { ImportService } from '../interchange/import-service';
import { interchangeHandlers } from '../interchange/interchange-handlers';
import { appointmentNotice } from '../notifications/appointment-notice';
import { NotificationCenter } from '../notifications/notification-center';
import { NotificationLedger } from '../notifications/notification-ledger';
import type { HostPort } from '../ports';
import { scheduleTimeZone } from '../schedule/time-zone-source';
import { settingsHandlers } from '../settings/settings-handlers';
import { SettingsService } from '../settings/settings-service';
import { openSettings, type ConfFactory, type SettingsStore } from '../settings/settings-store';
import { dataFolderError } from '../store/file-errors';
import { openStore, type Store } from '../store/open-store';
import { onceFor } from '../store/recent-requests';
import { StoreWrites } from '../store/store-writes';
import { initialTrayInput } from '../tray/tray-model';
import { TrayPresenter } from '../tray/tray-presenter';
import { UploadRegistry } from '../uploads/upload-registry';
import { createWellbeing, type Wellbeing } from '../wellbeing/create-wellbeing';
import { wellbeingHandlers } from '../wellbeing/wellbeing-handlers';
import { appHandlers } from './app-handlers';
import { Notices } from './notices';

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
  readonly boundaries: Boundaries;
  readonly crm: Crm;
  readonly wellbeing: Wellbeing;
  readonly store: Store;
  readonly sync: SyncService;
  /**
   * Builds ahead the indexes the first pages ask for (the contacts by name, the interactions by
   * contact): a host calls it once it serves, while the window loads.
   */
  prepare(): void;
  close(): Promise<void>;
}

/**
 * The data folder: the store, then the settings; every settings change reaches every window (a tray
 * action, another tab of the web host). If the settings cannot be read, the folder is released and
 * what is wrong with it said in words (a read-only settings file).
 */
async function openData(
  options: CoreOptions,
  notices: Notices,
  bus: EventBus,
): Promise<{ store: Store; settings: SettingsStore }> {
  const { dataDir, clock } = options;
  const store = await openStore({
    dataDir,
    clock,
    notify: (n) => notices.add(n),
    ...(options.lockStaleMs ? { lockStaleMs: options.lockStaleMs } : {}),
  });
  try {
    const settings = openSettings(
      dataDir,
      options.settingsFactory,
      clock,
      (n) => notices.add(n),
      (next) => bus.emit('settings.changed', next),
    );
    return { store, settings };
  } catch (error) {
    await store.close().catch(() => undefined);
    throw dataFolderError(error, dataDir) ?? error;
  }
}

/** Composes the core: store, settings, services and the IPC handlers both hosts register. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const { dataDir, clock, host } = options;
  const bus = new EventBus();
  const notices = new Notices(clock, bus);
  const { store, settings } = await openData(options, notices, bus);
  const contacts = new ContactsService(store, clock, bus);
  const merges = new MergeService({ store, clock, bus });
  const bulkEdits = new BulkEditService({ store, clock, bus });
  await contacts.purgeTrash();
  const notifications = new NotificationCenter(clock, bus);
  const tray = new TrayPresenter(bus, initialTrayInput(settings.get().boundaries.mode));
  const log = options.log ?? ((error: unknown) => console.error(error));
  const writes = new StoreWrites(store, log);
  const ledger = new NotificationLedger({ store, writes, settings, notifications });
  const timeZone = scheduleTimeZone(settings, () => host.systemTimeZone());
  const crm = createCrm({
    store,
    clock,
    bus,
    timeZone,
    notifyAppointment: (item) => ledger.raiseOnce(appointmentNotice(item)),
  });
  const events = new EventsService({
    store,
    clock,
    bus,
    timeZone,
    nudgeAfterDays: () => settings.get().invitations.nudgeAfterDays,
  });
  const imports = new ImportService(store, clock, bus);
  const uploads = new UploadRegistry(clock);
  const boundaries = createBoundaries({
    clock,
    settings,
    store,
    writes,
    bus,
    tray,
    ledger,
    timeZone,
    host,
    // Due follow-ups and unanswered invitations go into the digest when a networking window opens.
    reminders: () => [...crm.followUps.dueReminders(), ...events.nudges()],
  });
  // Sessions follow the boundaries from their first refresh on: it subscribes here, start() is next.
  const wellbeing = createWellbeing({
    clock,
    store,
    settings,
    bus,
    log,
    timeZone,
    ledger,
    usage: boundaries.usage,
    status: boundaries.status,
    unlocks: boundaries.unlocks,
    schedule: boundaries.schedule,
    breaks: boundaries.breaks,
    reconnect: () => crm.reconnect.due(),
  });
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
      boundaries.reload();
      boundaries.workspace.reapplyAccess();
      crm.reload();
      bus.emit('contacts.changed', { ids: [] });
    },
  });
  const settingsService = new SettingsService({
    settings,
    recompute: () => boundaries.status.recompute(),
    reapplySiteAccess: () => boundaries.workspace.reapplyAccess(),
    setStartAtLogin: (enabled) => host.setStartAtLogin(enabled),
  });

  const sync = new SyncService({
    store,
    settings,
    bus,
    clock,
    secrets: host.secrets,
    files: new SyncStateFileStore(dataDir, clock),
    timeZone,
    log,
  });
  // In the background: the first run waits a few seconds anyway.
  sync.start().catch(log);
  const once = onceFor(store);
  const handlers = {
    ...appHandlers({ host, dataDir, notices, links: new ExternalLinks(host) }),
    ...settingsHandlers({ settings: settingsService }),
    ...contactsHandlers({ contacts, merges, bulkEdits, crm, exporter, once }),
    ...crmHandlers({ crm, once }),
    ...eventsHandlers({ events, once }),
    ...boundariesHandlers({ boundaries, tray, notifications, host }),
    ...interchangeHandlers({ exporter, uploads, backup, imports, host }),
    ...wellbeingHandlers({ wellbeing }),
    ...syncHandlers({ sync }),
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
    sync,
    prepare() {
      contacts.prepare();
      crm.prepare();
    },
    async close() {
      await sync.dispose();
      crm.dispose();
      await boundaries.dispose();
      await wellbeing.flush().catch(log);
      await store.close();
    },
  };
}
