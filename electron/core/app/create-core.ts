import type { Route } from '../../shared/app-model';
import type { WorkspaceSite } from '../../shared/boundaries';
import { isSafeExternalUrl } from '../../shared/safe-external-url';
import type { Clock } from '../clock';
import { BoundariesService } from '../boundaries/boundaries-service';
import { dayLabel } from '../boundaries/format-time';
import { scheduleWeek } from '../boundaries/schedule-week';
import { ContactsService } from '../contacts/contacts-service';
import { CrmService } from '../crm-service/crm-service';
import { EventsService } from '../crm-service/events-service';
import { ImportService } from '../interchange/import-service';
import { UploadRegistry } from '../uploads/upload-registry';
import { mergeOverlapping } from '../schedule/merge-overlapping';
import { platformBreak } from '../crm/platform-break';
import { SocialPlatformSchema, type SocialPlatform } from '../../shared/crm/crm-common';
import type { Handlers } from '../dispatch';
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
import { recall, type CreateRequest } from '../store/recent-requests';

/** What a host (the Electron shell or the web host) does on the core's behalf. */
export interface HostPort {
  kind: 'electron' | 'web';
  version: string;
  platform: string;
  trayAvailable(): boolean;
  openExternal(url: string): Promise<void>;
  showWindow(route?: Route): void;
  quit(): void;
  /** The OS's IANA time zone, read fresh each time (it can change while we run). */
  systemTimeZone(): string;
  /** Seconds since the last input, or null where the OS cannot tell (Wayland). */
  idleSeconds(): number | null;
  workspace: WorkspacePort;
  /** Start with the OS session (Linux: an autostart .desktop file; macOS/Windows: login items). */
  setStartAtLogin(enabled: boolean): void;
  /**
   * Opens an iCalendar file with the system's calendar app (Electron: written to a temporary
   * file, then opened). False where the host cannot open files (web host): the renderer then
   * downloads it.
   */
  openCalendarFile(fileName: string, text: string): Promise<boolean>;
}

/** The networking workspace: sites embedded in the window (Electron) or shown as links (web host). */
export interface WorkspacePort {
  /**
   * Locks or unlocks the sites; locked, Electron refuses every request in their sessions. Sites
   * whose ids are in `onBreak` stay locked while the others are open.
   */
  applyAccess(open: boolean, sites: readonly WorkspaceSite[], onBreak?: readonly string[]): void;
  /** Shows a site in the window at `bounds`; false where the host cannot embed (web host). */
  show(
    site: WorkspaceSite,
    bounds: { x: number; y: number; width: number; height: number },
  ): boolean;
  hide(): void;
}

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
  readonly crm: CrmService;
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
  const crm = new CrmService({
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
  boundaries.setReminderSource(() => [...crm.dueReminders(), ...events.nudges()]);
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
    reconnect: () => crm.reconnect(),
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

  /**
   * A create call with the caller's request id: a retry answers what the first call created (and
   * checks nothing again: the contact may be blocked by now); the service remembers the id in the
   * update that creates the record.
   */
  const once = async <T>(
    request: CreateRequest,
    create: (request: CreateRequest) => Promise<T>,
  ): Promise<T> => {
    const seen = recall(store.read(), request);
    return seen !== undefined ? (seen as T) : create(request);
  };

  const handlers = {
    'app.info': () => ({
      name: 'Netwell',
      version: host.version,
      host: host.kind,
      platform: host.platform,
      dataDir,
      trayAvailable: host.trayAvailable(),
    }),
    'app.notices': () => notices.list(),
    'app.dismissNotice': ({ id }) => {
      notices.dismiss(id);
      return null;
    },
    'app.openExternal': async ({ url }) => {
      if (!isSafeExternalUrl(url)) {
        throw new UserError(
          'forbidden',
          'Netwell only opens https:// web pages and mailto: links.',
        );
      }
      await host.openExternal(url);
      return null;
    },
    'contacts.list': (input) => contacts.list(input?.query, input?.filter),
    'contacts.page': (request) => contacts.page(request),
    'contacts.searchEntries': (request) => contacts.searchEntries(request),
    'contacts.matchIds': ({ query, filter }) => contacts.matchIds(query, filter),
    'contacts.names': ({ ids }) => contacts.names(ids),
    'contacts.tags': () => contacts.tags(),
    'contacts.get': ({ id }) => contacts.get(id),
    'contacts.create': ({ requestId, ...draft }) =>
      once({ call: 'contacts.create', requestId }, (request) => contacts.create(draft, request)),
    'contacts.update': ({ id, draft }) => contacts.update(id, draft),
    'contacts.delete': ({ id }) => contacts.delete(id),
    'contacts.undoDelete': ({ id }) => contacts.undoDelete(id),
    'settings.get': () => settings.get(),
    'settings.update': (patch) => {
      const next = settings.set({ ...settings.get(), ...patch });
      boundaries.recompute();
      if (patch.sites) {
        host.workspace.applyAccess(
          boundaries.status().access.open,
          next.sites,
          boundaries.sitesOnBreak(),
        );
      }
      if (patch.startAtLogin !== undefined) host.setStartAtLogin(next.startAtLogin);
      return next;
    },
    'tray.get': () => tray.current(),
    'tray.activate': async ({ id }) => {
      await activateTrayItem(id, host, boundaries);
      return null;
    },
    'notifications.list': () => notifications.list(),
    'schedule.get': () => settings.get().schedule,
    'schedule.save': (doc) => boundaries.saveSchedule(doc),
    'schedule.mergeOverlaps': ({ windows }) => mergeOverlapping(windows),
    'schedule.week': (input) => {
      const { schedule, exceptions } = settings.get().schedule;
      const from = input?.from ? new Date(input.from) : clock.now();
      return scheduleWeek(
        { schedule, exceptions, timeZone: boundaries.timeZone() },
        from,
        input?.days ?? 7,
      );
    },
    'boundaries.status': () => boundaries.status(),
    'boundaries.startNow': ({ minutes }) => boundaries.startNow(minutes),
    'boundaries.continue': ({ minutes }) => boundaries.continueOvertime(minutes),
    'boundaries.snooze': ({ minutes }) => boundaries.snooze(minutes),
    'boundaries.takeDaysOff': ({ days, reason }) => boundaries.takeDaysOff(days, reason),
    'boundaries.addExtraWindow': (window) => boundaries.addExtraWindow(window),
    'boundaries.removeException': ({ id }) => boundaries.removeException(id),
    'boundaries.unlock': ({ reason }) => boundaries.unlock(reason),
    'boundaries.unlocks': () => store.read().boundaries.unlocks,
    'workspace.show': ({ siteId, bounds }) => {
      if (!boundaries.status().access.open) {
        throw new UserError('forbidden', boundaries.status().access.message);
      }
      const breakUntil = boundaries.siteBreakFor(siteId);
      if (breakUntil) {
        throw new UserError(
          'forbidden',
          `You are taking a break from ${site(siteId).name} until ${dayLabel(new Date(breakUntil), boundaries.timeZone())}. It will be here when you are back.`,
        );
      }
      return { embedded: host.workspace.show(site(siteId), bounds) };
    },
    'workspace.hide': () => {
      host.workspace.hide();
      return null;
    },
    'contacts.profile': ({ id }) => crm.profile(id),
    'contacts.setFlags': ({ id, ...flags }) => crm.setFlags(id, flags),
    'contacts.block': ({ id, reason }) => crm.block(id, reason),
    'contacts.unblock': ({ id }) => crm.unblock(id),
    'interactions.log': ({ requestId, ...draft }) =>
      once({ call: 'interactions.log', requestId }, (request) =>
        crm.logInteraction(draft, request),
      ),
    'interactions.delete': ({ id }) => crm.deleteInteraction(id),
    'interactions.restore': ({ interaction }) => crm.restoreInteraction(interaction),
    'reconnect.list': ({ limit }) => {
      const all = crm.reconnect();
      return { items: all.slice(0, limit), total: all.length };
    },
    'reconnect.snooze': async ({ contactId, days }) => {
      await crm.snooze(contactId, days);
      return null;
    },
    'reconnect.done': ({ contactId, note, requestId }) =>
      once({ call: 'reconnect.done', requestId }, (request) =>
        crm.reconnected(contactId, note, request),
      ),
    'tagCadences.list': () => store.read().tagCadences,
    'tagCadences.set': async ({ tag, cadence }) => {
      await crm.setTagCadence(tag, cadence);
      return null;
    },
    'commitments.add': ({ requestId, ...input }) =>
      once({ call: 'commitments.add', requestId }, (request) => crm.addCommitment(input, request)),
    'commitments.settle': ({ id, outcome }) => crm.settleCommitment(id, outcome),
    'commitments.delete': ({ id }) => crm.deleteCommitment(id),
    'commitments.stats': () => crm.commitmentStats(),
    'followUps.add': ({ requestId, ...input }) =>
      once({ call: 'followUps.add', requestId }, (request) => crm.addFollowUp(input, request)),
    'followUps.done': ({ id }) => crm.finishFollowUp(id),
    'introductions.add': ({ fromContactId, toContactId, note, requestId }) =>
      once({ call: 'introductions.add', requestId }, (request) =>
        crm.introduce(fromContactId, toContactId, note, request),
      ),
    'meetings.list': () => crm.meetings(),
    'meetings.propose': ({ requestId, ...input }) =>
      once({ call: 'meetings.propose', requestId }, (request) =>
        crm.proposeMeeting(input, request),
      ),
    'meetings.transition': ({ id, action }) => crm.transitionMeeting(id, action),
    'meetings.suggestions': () => crm.suggestions(),
    'today.digest': () => crm.today(),
    'events.list': () => events.list(),
    'events.save': ({ id, event, requestId }) =>
      id === null
        ? once({ call: 'events.save', requestId }, (request) => events.save(id, event, request))
        : events.save(id, event),
    'events.delete': ({ id }) => events.remove(id),
    'events.restore': async ({ event, invitations }) => {
      await events.restore(event, invitations);
      return null;
    },
    'events.invite': ({ eventId, contactIds, sent }) => events.invite(eventId, contactIds, sent),
    'invitations.setStatus': ({ id, status }) => events.setStatus(id, status),
    'events.whoDidYouMeet': ({ eventId, names, requestId }) =>
      once({ call: 'events.whoDidYouMeet', requestId }, (request) =>
        events.whoDidYouMeet(eventId, names, request),
      ),
    'reports.list': () => events.reports(),
    'reports.add': ({ requestId, ...entry }) =>
      once({ call: 'reports.add', requestId }, (request) => events.addReport(entry, request)),
    'reports.delete': ({ id }) => events.removeReport(id),
    'platform.takeBreak': ({ platform, days }) => takePlatformBreak(platform, days),
    'platform.endBreak': ({ siteIds }) => boundaries.endSiteBreak(siteIds),
    'contacts.merge': ({ keepId, otherId, choices }) => contacts.merge(keepId, otherId, choices),
    'contacts.undoMerge': ({ otherId }) => contacts.undoMerge(otherId),
    'contacts.bulk': ({ ids, action }) => contacts.bulk(ids, action),
    'contacts.undoDeleteMany': ({ ids }) => contacts.undoDeleteMany(ids),
    'contacts.export': ({ ids, format }) => exporter.contacts(ids, format),
    'calendar.export': ({ target }) => exporter.calendar(target),
    'calendar.open': async ({ target }) => {
      const file = await exporter.calendar(target);
      return { opened: await host.openCalendarFile(file.fileName, file.text), file };
    },
    'uploads.begin': (input) => uploads.begin(input),
    'uploads.chunk': (input) => uploads.chunk(input),
    'uploads.cancel': ({ uploadId }) => {
      uploads.cancel(uploadId);
      return null;
    },
    'backup.export': () => backup.export(),
    'backup.list': () => backup.list(),
    // A byte-order mark is dropped by the backup reader; invalid UTF-8 fails its JSON check.
    'backup.restore': ({ uploadId }) =>
      backup.restore(uploads.take(uploadId, 'restore').bytes.toString('utf8')),
    'backup.restoreSaved': ({ name }) => backup.restoreSaved(name),
    'import.preview': ({ requestId, uploadId }) => {
      const file = uploads.take(uploadId, 'import');
      return imports.preview({ requestId, fileName: file.name, bytes: file.bytes });
    },
    'import.cancel': ({ requestId }) => {
      imports.cancel(requestId);
      return null;
    },
    'import.commit': (input) => imports.commit(input),
    'import.undo': ({ importId }) => imports.undo(importId),
    'import.history': () => imports.history(),
    'wellbeing.insights': ({ range }) => wellbeing.insights(range),
    'wellbeing.exportCsv': ({ range }) => wellbeing.exportCsv(range),
    'wellbeing.pendingCheckIn': () => wellbeing.pendingCheckIn(),
    'wellbeing.checkIn': (input) => wellbeing.checkIn(input),
    'wellbeing.skipCheckIn': async ({ sessionId }) => {
      await wellbeing.skipCheckIn(sessionId);
      return null;
    },
    'wellbeing.guidance': () => wellbeing.guidance(),
    'wellbeing.dismissGuidance': ({ id }) => wellbeing.dismissGuidance(id),
    'wellbeing.actOnGuidance': ({ id, action }) => wellbeing.actOnGuidance(id, action),
    'wellbeing.weeklyReview': () => wellbeing.weeklyReview(),
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

/** Minutes for "Start a window now" and "Snooze reminders" from the tray. */
export const START_NOW_MINUTES = 30;
export const SNOOZE_MINUTES = 60;

/** Tray menu items and the window header's quick actions land here, whichever host clicked them. */
export async function activateTrayItem(
  id: string,
  host: Pick<HostPort, 'showWindow' | 'quit'>,
  boundaries: Pick<BoundariesService, 'startNow' | 'takeDaysOff' | 'snooze'>,
): Promise<void> {
  switch (id) {
    case 'open':
      return host.showWindow();
    case 'workspace':
      return host.showWindow('workspace');
    case 'start-now':
      await boundaries.startNow(START_NOW_MINUTES);
      return host.showWindow('workspace');
    case 'today-off':
      boundaries.takeDaysOff(1, 'rest of today off');
      return;
    case 'snooze':
      await boundaries.snooze(SNOOZE_MINUTES);
      return;
    case 'today':
    case 'check-in':
      return host.showWindow('today');
    case 'settings':
      return host.showWindow('settings');
    case 'quit':
      return host.quit();
    default:
      throw new UserError('invalid_input', `Unknown tray action: ${id.slice(0, 100)}`);
  }
}
