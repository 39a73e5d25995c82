import type { AppNotice } from '../../../electron/shared/app-model';
import { netwell } from '../bridge/netwell';
import { createLiveStore, useStore } from '../lib/createStore';

/** Messages from the app (e.g. "restored your data from a backup"), kept current by `app.notices`. */
const noticesStore = createLiveStore<AppNotice[]>([], (store) => {
  let pushed = false;
  const off = netwell.on('app.notices', (notices) => {
    pushed = true;
    store.set(notices);
  });
  void netwell.app.notices().then((result) => {
    if (result.ok && !pushed) store.set(result.value);
  });
  return off;
});

export function useNotices(): AppNotice[] {
  return useStore(noticesStore);
}

export async function dismissNotice(id: string): Promise<void> {
  noticesStore.set((notices) => notices.filter((n) => n.id !== id));
  await netwell.app.dismissNotice({ id });
}
