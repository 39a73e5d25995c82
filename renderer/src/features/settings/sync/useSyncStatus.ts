import type { Result } from '../../../../../electron/shared/result';
import type { SyncOptions, SyncStatus } from '../../../../../electron/shared/sync';
import { netwell } from '../../../bridge/netwell';
import { createLiveStore, useStore } from '../../../lib/createStore';
import { optimistic } from '../../../lib/optimistic';

/** The sync's status, kept current by `sync.changed` (a run started or ended, a conflict…). */
const syncStore = createLiveStore<SyncStatus | null>(null, () => {
  let pushed = false;
  const off = netwell.on('sync.changed', (status) => {
    pushed = true;
    changes.fromHost(status);
  });
  void netwell.sync.status().then((result) => {
    // An event that came first is newer than this answer.
    if (result.ok && !pushed) changes.fromHost(result.value);
  });
  return off;
});

const changes = optimistic(syncStore);

/** The status, or null until the first answer. */
export function useSyncStatus(): SyncStatus | null {
  return useStore(syncStore);
}

/** Runs a sync call and shows the status it answers with at once (the event follows). */
export async function withSyncStatus(
  call: Promise<Result<SyncStatus>>,
): Promise<Result<SyncStatus>> {
  const result = await call;
  if (result.ok) changes.fromHost(result.value);
  return result;
}

/** Ticks an option at once on screen, then in the core; puts it back if the core refuses. */
export function setSyncOptions(options: SyncOptions): Promise<Result<SyncStatus>> {
  return changes.change(
    (status) => (status.account ? { ...status, account: { ...status.account, options } } : status),
    () => netwell.sync.setOptions(options),
  );
}
