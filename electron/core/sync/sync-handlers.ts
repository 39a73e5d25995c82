import type { HandlersOf } from '../dispatch';
import type { SyncService } from './sync-service';

/** Settings → Sync: the account, runs, conflicts and deletions waiting for the user. */
export function syncHandlers({ sync }: { sync: SyncService }) {
  return {
    'sync.status': () => sync.status(),
    'sync.discover': (credentials) => sync.discover(credentials),
    'sync.connect': (input) => sync.connect(input),
    'sync.now': () => sync.syncNow(),
    'sync.pause': ({ paused }) => sync.pause(paused),
    'sync.setOptions': (options) => sync.setOptions(options),
    'sync.setPassword': ({ password }) => sync.setPassword(password),
    'sync.disconnect': () => sync.disconnect(),
    'sync.resolve': ({ id, keep }) => sync.resolve(id, keep),
    'sync.resolveAll': ({ keep }) => sync.resolveAll(keep),
    'sync.confirmDeletions': ({ decision }) => sync.confirmDeletions(decision),
  } satisfies HandlersOf<'sync'>;
}
