import type { Result } from '../../../../../electron/shared/result';
import type { SyncOptions, SyncStatus } from '../../../../../electron/shared/sync';
import { netwell } from '../../../bridge/netwell';
import { createLiveStore, useStore } from '../../../lib/createStore';

/** The sync's status, kept current by `sync.changed` (a run started or ended, a conflict…). */
const syncStore = createLiveStore<SyncStatus | null>(null, (store) => {
  let pushed = false;
  const off = netwell.on('sync.changed', (status) => {
    pushed = true;
    store.set(status);
  });
  void netwell.sync.status().then((result) => {
    // An event that came first is newer than this answer.
    if (result.ok && !pushed) store.set(result.value);
  });
  return off;
});

/** The status, or null until the first answer. */
export function useSyncStatus(): SyncStatus | null {
  return useStore(syncStore);
}

/** Runs a sync call and shows the status it answers with at once (the event follows). */
export async function withSyncStatus(
  call: Promise<Result<SyncStatus>>,
): Promise<Result<SyncStatus>> {
  const result = await call;
  if (result.ok) syncStore.set(result.value);
  return result;
}

/** Ticks an option at once on screen, then in the core; puts it back if the core refuses. */
export async function setSyncOptions(options: SyncOptions): Promise<Result<SyncStatus>> {
  const before = syncStore.get();
  if (before?.account) syncStore.set({ ...before, account: { ...before.account, options } });
  const result = await withSyncStatus(netwell.sync.setOptions(options));
  if (!result.ok && before) syncStore.set(before);
  return result;
}
