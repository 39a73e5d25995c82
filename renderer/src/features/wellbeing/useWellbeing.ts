import { useEffect, useState } from 'react';
import type {
  Guidance,
  Insights,
  InsightsRange,
  PendingCheckIn,
  WeeklyReview,
} from '../../../../electron/shared/wellbeing';
import { netwell } from '../../bridge/netwell';
import { createLiveStore, useStore } from '../../lib/createStore';

type Loaded<T> =
  { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; value: T };

/** Fetches `load` now and again whenever the wellbeing records or the CRM change. */
function useLive<T>(
  load: () => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
  deps: unknown[],
): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void load().then((result) => {
        if (!live) return;
        setState(
          result.ok
            ? { status: 'ready', value: result.value }
            : { status: 'error', error: result.error.message },
        );
      });
    refresh();
    const offs = [
      netwell.on('wellbeing.changed', refresh),
      netwell.on('crm.changed', refresh),
      netwell.on('settings.changed', refresh),
    ];
    return () => {
      live = false;
      offs.forEach((off) => off());
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}

export const useInsights = (range: InsightsRange) =>
  useLive<Insights>(() => netwell.wellbeing.insights({ range }), [range]);

export const useWeeklyReview = () =>
  useLive<WeeklyReview>(() => netwell.wellbeing.weeklyReview(), []);

export const useGuidance = () => useLive<Guidance[]>(() => netwell.wellbeing.guidance(), []);

async function refreshPending(): Promise<PendingCheckIn | null> {
  const result = await netwell.wellbeing.pendingCheckIn();
  if (!result.ok) return pendingStore.get();
  pendingStore.set(result.value);
  return result.value;
}

/** The check-in waiting for an answer (null: none). */
const pendingStore = createLiveStore<PendingCheckIn | null>(null, () => {
  void refreshPending();
  const offs = [
    netwell.on('wellbeing.changed', () => void refreshPending()),
    netwell.on('boundaries.changed', () => void refreshPending()),
  ];
  return () => offs.forEach((off) => off());
});

export function usePendingCheckIn(): PendingCheckIn | null {
  return useStore(pendingStore);
}

export { refreshPending };
