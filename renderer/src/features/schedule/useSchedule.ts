import type { ScheduleWeek } from '../../../../electron/shared/contract';
import type { ScheduleSettings } from '../../../../electron/shared/schedule';
import { netwell } from '../../bridge/netwell';
import { createLiveStore, useStore } from '../../lib/createStore';

export interface ScheduleState {
  /** The stored schedule document; null until it arrives. */
  doc: ScheduleSettings | null;
  /** Seven days from today (the host's today, in the schedule's zone). */
  week: ScheduleWeek | null;
  error?: string;
}

let latest = 0;

/** Asks the host for the schedule and the week; drops answers that arrive late. */
async function refresh(): Promise<void> {
  const request = ++latest;
  const [doc, week] = await Promise.all([netwell.schedule.get(), netwell.schedule.week()]);
  if (request !== latest) return;
  if (!doc.ok || !week.ok) {
    const message = !doc.ok ? doc.error.message : !week.ok ? week.error.message : '';
    scheduleStore.set((state) => ({ ...state, error: message }));
    return;
  }
  scheduleStore.set({ doc: doc.value, week: week.value });
}

/**
 * The schedule lives in settings: every change of it (here, from the tray, from Insights, in
 * another window) is a `settings.changed`; the day turning is a `boundaries.changed`.
 */
const scheduleStore = createLiveStore<ScheduleState>({ doc: null, week: null }, () => {
  void refresh();
  const offBoundaries = netwell.on('boundaries.changed', () => void refresh());
  const offSettings = netwell.on('settings.changed', () => void refresh());
  const off = () => {
    offBoundaries();
    offSettings();
  };
  // The day may have turned while the window was away: look again when it comes back.
  const onVisible = () => {
    if (document.visibilityState === 'visible') void refresh();
  };
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('focus', onVisible);
  return () => {
    off();
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('focus', onVisible);
  };
});

export function useSchedule(): ScheduleState {
  return useStore(scheduleStore);
}

export { refresh as refreshSchedule };
