import type { TrayModel } from '../../../electron/shared/app-model';
import { netwell } from '../bridge/netwell';
import { createLiveStore, useStore } from '../lib/createStore';

/** The tray's model (status line and quick actions), kept current by `tray.changed`. */
const trayStore = createLiveStore<TrayModel | null>(null, (store) => {
  let pushed = false;
  const off = netwell.on('tray.changed', (model) => {
    pushed = true;
    store.set(model);
  });
  void netwell.tray.get().then((result) => {
    if (result.ok && !pushed) store.set(result.value);
  });
  return off;
});

export function useTray(): TrayModel | null {
  return useStore(trayStore);
}
