import type { Route } from '../../shared/app-model';
import type { NotificationKind } from '../../shared/boundaries';
import type { SettingsStore } from '../settings/settings-store';
import type { Store } from '../store/open-store';
import type { StoreWrites } from '../store/store-writes';
import type { NotificationCenter } from './notification-center';

export interface PlannedNotification {
  kind: NotificationKind;
  /** The same key never fires twice (also across sleep and restarts). */
  key: string;
  title: string;
  body: string;
  route: Route;
}

/** How many keys are kept: enough for months of windows, small enough to write often. */
const KEEP_NOTIFIED = 300;

/**
 * Which notices were already said, kept in the store across restarts: a key is raised at most
 * once, and only shown when the user has its kind turned on. The boundaries, the CRM's
 * appointments and the wellbeing sessions all raise through here.
 */
export class NotificationLedger {
  private notified: Set<string>;

  constructor(
    private readonly deps: {
      store: Store;
      writes: StoreWrites;
      settings: Pick<SettingsStore, 'get'>;
      notifications: NotificationCenter;
    },
  ) {
    this.notified = new Set(deps.store.read().boundaries.notified);
  }

  /** After the data was replaced (a restore): the keys are read again. */
  reload(): void {
    this.notified = new Set(this.deps.store.read().boundaries.notified);
  }

  has(key: string): boolean {
    return this.notified.has(key);
  }

  /** True once a notification with this key was raised and shown (also across restarts). */
  wasShown(key: string, kind: NotificationKind): boolean {
    return this.notified.has(key) && this.deps.settings.get().notifications[kind];
  }

  /** Remembers that what these keys would say was already said (never raised later). */
  markNotified(...keys: string[]): void {
    const fresh = keys.filter((key) => !this.notified.has(key));
    if (fresh.length === 0) return;
    for (const key of fresh) this.notified.add(key);
    const kept = [...this.notified].slice(-KEEP_NOTIFIED);
    void this.deps.writes.update((d) => {
      d.boundaries.notified = kept;
    });
  }

  /** Raised at most once for its key, and shown only when the user has that kind turned on. */
  raiseOnce(planned: PlannedNotification): void {
    if (this.notified.has(planned.key)) return;
    this.markNotified(planned.key);
    this.show(planned);
  }

  /** Shown now if its kind is on; the caller keeps track of its keys (the digest). */
  show(planned: Omit<PlannedNotification, 'key'>): void {
    if (!this.deps.settings.get().notifications[planned.kind]) return;
    this.deps.notifications.raise({
      kind: planned.kind,
      title: planned.title,
      body: planned.body,
      route: planned.route,
    });
  }
}
