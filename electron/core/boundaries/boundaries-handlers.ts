import type { HandlersOf } from '../dispatch';
import type { NotificationCenter } from '../notifications/notification-center';
import type { HostPort } from '../ports';
import { mergeOverlapping } from '../schedule/merge-overlapping';
import type { TrayPresenter } from '../tray/tray-presenter';
import type { Boundaries } from './create-boundaries';
import { activateTrayItem } from './tray-actions';

/** The schedule, the boundaries it sets, the tray and notifications, the workspace and platform breaks. */
export function boundariesHandlers(deps: {
  boundaries: Boundaries;
  tray: TrayPresenter;
  notifications: NotificationCenter;
  host: HostPort;
}) {
  const { boundaries, tray, notifications, host } = deps;
  const { schedule, status, windows, unlocks, workspace, breaks } = boundaries;
  return {
    'schedule.get': () => schedule.get(),
    'schedule.save': (doc) => schedule.save(doc),
    'schedule.mergeOverlaps': ({ windows: list }) => mergeOverlapping(list),
    'schedule.week': (input) => schedule.week(input),
    'boundaries.status': () => status.get(),
    'boundaries.startNow': ({ minutes }) => windows.startNow(minutes),
    'boundaries.continue': ({ minutes }) => windows.continueOvertime(minutes),
    'boundaries.snooze': ({ minutes }) => windows.snooze(minutes),
    'boundaries.takeDaysOff': ({ days, reason }) => schedule.takeDaysOff(days, reason),
    'boundaries.addExtraWindow': (window) => schedule.addExtraWindow(window),
    'boundaries.removeException': ({ id }) => schedule.removeException(id),
    'boundaries.unlock': ({ reason }) => unlocks.unlock(reason),
    'boundaries.unlocks': () => unlocks.list(),
    'tray.get': () => tray.current(),
    'tray.activate': async ({ id }) => {
      await activateTrayItem(id, host, boundaries);
      return null;
    },
    'notifications.list': () => notifications.list(),
    'workspace.show': ({ siteId, bounds }) => workspace.show(siteId, bounds),
    'workspace.hide': () => {
      workspace.hide();
      return null;
    },
    'platform.takeBreak': ({ platform, days }) => breaks.takePlatformBreak(platform, days),
    'platform.endBreak': ({ siteIds }) => breaks.end(siteIds),
  } satisfies HandlersOf<
    'schedule' | 'boundaries' | 'tray' | 'notifications' | 'workspace' | 'platform'
  >;
}
