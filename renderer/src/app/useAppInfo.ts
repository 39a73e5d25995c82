import type { AppInfo } from '../../../electron/shared/app-model';
import { netwell } from '../bridge/netwell';
import { createLiveStore, useStore } from '../lib/createStore';

export type AppInfoState =
  { status: 'loading' } | { status: 'ready'; info: AppInfo } | { status: 'error'; message: string };

const appInfoStore = createLiveStore<AppInfoState>({ status: 'loading' }, (store) => {
  if (store.get().status !== 'ready') {
    void netwell.app
      .info()
      .then((result) =>
        store.set(
          result.ok
            ? { status: 'ready', info: result.value }
            : { status: 'error', message: result.error.message },
        ),
      );
  }
  return () => {};
});

/** Name, version, host and data folder; fetched once. */
export function useAppInfo(): AppInfoState {
  return useStore(appInfoStore);
}
