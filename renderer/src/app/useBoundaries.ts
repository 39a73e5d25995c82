import type { BoundaryStatus, Unlock } from '../../../electron/shared/boundaries';
import type { Result } from '../../../electron/shared/result';
import { netwell } from '../bridge/netwell';
import { createLiveStore, useStore } from '../lib/createStore';

/** The boundary status (schedule state, workspace access, usage), kept current by `boundaries.changed`. */
const boundariesStore = createLiveStore<BoundaryStatus | null>(null, (store) => {
  let pushed = false;
  const off = netwell.on('boundaries.changed', (status) => {
    pushed = true;
    store.set(status);
  });
  void netwell.boundaries.status().then((result) => {
    if (result.ok && !pushed) store.set(result.value);
  });
  return off;
});

export function useBoundaries(): BoundaryStatus | null {
  return useStore(boundariesStore);
}

/** Runs a boundaries call and takes the status it answers with at once (the event follows). */
export async function withStatus(
  call: Promise<Result<BoundaryStatus>>,
): Promise<Result<BoundaryStatus>> {
  const result = await call;
  if (result.ok) boundariesStore.set(result.value);
  return result;
}

/** The unlock log, newest first; fetched again whenever the status changes (an unlock changes it). */
const unlocksStore = createLiveStore<Unlock[] | null>(null, (store) => {
  const refresh = () =>
    void netwell.boundaries.unlocks().then((result) => {
      if (result.ok) store.set([...result.value].reverse());
    });
  refresh();
  return netwell.on('boundaries.changed', refresh);
});

export function useUnlocks(): Unlock[] | null {
  return useStore(unlocksStore);
}
