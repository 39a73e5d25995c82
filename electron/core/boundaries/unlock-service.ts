import { UNLOCK_MINUTES, type BoundaryStatus, type Unlock } from '../../shared/boundaries';
import type { Clock } from '../clock';
import { UserError } from '../errors';
import type { SettingsStore } from '../settings/settings-store';
import type { Store } from '../store/open-store';
import type { StoreWrites } from '../store/store-writes';
import type { StatusService } from './status-service';

/** How long the unlock log is kept. */
const KEEP_UNLOCK_DAYS = 90;

/** Opening a locked workspace for a few minutes, with a reason written down; and their log. */
export class UnlockService {
  constructor(
    private readonly deps: {
      clock: Clock;
      settings: Pick<SettingsStore, 'get'>;
      store: Store;
      writes: StoreWrites;
      status: Pick<StatusService, 'get' | 'refresh'>;
    },
  ) {}

  async unlock(reason: string): Promise<BoundaryStatus> {
    const access = this.deps.status.get().access;
    const mode = this.deps.settings.get().boundaries.mode;
    if (access.open) return this.deps.status.get();
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
    const now = this.deps.clock.now();
    const cutoff = now.getTime() - KEEP_UNLOCK_DAYS * 86_400_000;
    const unlock = {
      at: now.toISOString(),
      until: new Date(now.getTime() + UNLOCK_MINUTES * 60_000).toISOString(),
      reason,
    };
    await this.deps.writes.update((d) => {
      d.boundaries.unlocks = [
        ...d.boundaries.unlocks.filter((u) => Date.parse(u.at) >= cutoff),
        unlock,
      ];
    });
    this.deps.status.refresh();
    return this.deps.status.get();
  }

  list(): Unlock[] {
    return this.deps.store.read().boundaries.unlocks;
  }

  /** The reason given for the latest unlock (for the session record). */
  lastReason(): string {
    return this.list().at(-1)?.reason ?? '';
  }
}
