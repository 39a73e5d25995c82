import type { KeptOnTimeRate, TodayDigest } from '../../../../electron/shared/crm/crm-views';
import { netwell } from '../../bridge/netwell';
import { createLiveStore, useStore } from '../../lib/createStore';

export interface TodayState {
  status: 'loading' | 'ready' | 'error';
  digest: TodayDigest | null;
  stats: KeptOnTimeRate | null;
  error?: string;
}

let latest = 0;

async function refresh(): Promise<void> {
  const request = ++latest;
  const [digest, stats] = await Promise.all([netwell.today.digest(), netwell.commitments.stats()]);
  if (request !== latest) return;
  if (!digest.ok) {
    todayStore.set((s) => ({ ...s, status: 'error', error: digest.error.message }));
    return;
  }
  todayStore.set({
    status: 'ready',
    digest: digest.value,
    stats: stats.ok ? stats.value : null,
  });
}

/** Today's digest and the kept-on-time rate, fetched again on every CRM, contact or window change. */
const todayStore = createLiveStore<TodayState>(
  { status: 'loading', digest: null, stats: null },
  () => {
    void refresh();
    const offs = [
      netwell.on('crm.changed', () => void refresh()),
      netwell.on('contacts.changed', () => void refresh()),
      // A new day (or a new window) can change what is due.
      netwell.on('boundaries.changed', () => void refresh()),
    ];
    return () => offs.forEach((off) => off());
  },
);

export function useToday(): TodayState {
  return useStore(todayStore);
}

export { refresh as refreshToday };
