import type { Route } from '../../shared/app-model';
import { SettingsPatchSchema } from '../../shared/settings';
import { isSafeExternalUrl } from '../../shared/safe-external-url';
import type { Clock } from '../clock';
import { ContactsService } from '../contacts/contacts-service';
import type { Handlers } from '../dispatch';
import { UserError } from '../errors';
import { EventBus } from '../event-bus';
import { openSettings, type ConfFactory, type SettingsStore } from '../settings/settings-store';
import { openStore, type Store } from '../store/open-store';
import { NotificationCenter } from './notification-center';
import { Notices } from './notices';
import { TrayPresenter } from './tray-presenter';

/** What a host (the Electron shell or the web host) does on the core's behalf. */
export interface HostPort {
  kind: 'electron' | 'web';
  version: string;
  platform: string;
  trayAvailable(): boolean;
  openExternal(url: string): Promise<void>;
  showWindow(route?: Route): void;
  quit(): void;
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
  const settings = openSettings(dataDir, options.settingsFactory, clock, (n) => notices.add(n));
  const contacts = new ContactsService(store, clock, bus);
  await contacts.purgeTrash();
  const notifications = new NotificationCenter(clock, bus);
  const tray = new TrayPresenter(bus, { icon: 'off', statusLine: 'No networking window scheduled' });

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
        throw new UserError('forbidden', 'Netwell only opens https:// web pages and mailto: links.');
      }
      await host.openExternal(url);
      return null;
    },
    'contacts.list': (input) => contacts.list(input?.query),
    'contacts.get': ({ id }) => contacts.get(id),
    'contacts.create': (draft) => contacts.create(draft),
    'contacts.update': ({ id, draft }) => contacts.update(id, draft),
    'contacts.delete': ({ id }) => contacts.delete(id),
    'contacts.undoDelete': ({ id }) => contacts.undoDelete(id),
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.set({ ...settings.get(), ...SettingsPatchSchema.parse(patch) }),
    'tray.get': () => tray.current(),
    'tray.activate': ({ id }) => {
      activateTrayItem(id, host);
      return null;
    },
    'notifications.list': () => notifications.list(),
  } satisfies Handlers;

  return {
    handlers,
    bus,
    tray,
    notifications,
    notices,
    settings,
    contacts,
    store,
    close: () => store.close(),
  };
}

/** Tray menu items and the window header's quick actions land here, whichever host clicked them. */
export function activateTrayItem(id: string, host: HostPort): void {
  switch (id) {
    case 'open':
      host.showWindow();
      return;
    case 'quit':
      host.quit();
      return;
    default:
      throw new UserError('invalid_input', `Unknown tray action: ${id.slice(0, 100)}`);
  }
}
