import type { WorkspaceSite } from '../../shared/boundaries';
import type { SocialPlatform } from '../../shared/crm/crm-common';
import type { NotificationCenter } from '../notifications/notification-center';
import type { TrayPresenter } from '../tray/tray-presenter';
import type { Clock } from '../clock';
import type { HandlersOf } from '../dispatch';
import { UserError } from '../errors';
import type { HostPort } from '../ports';
import { mergeOverlapping } from '../schedule/merge-overlapping';
import type { SettingsStore } from '../settings/settings-store';
import type { Store } from '../store/open-store';
import type { BoundariesService } from './boundaries-service';
import { dayLabel } from './format-time';
import { scheduleWeek } from './schedule-week';
import { activateTrayItem } from './tray-actions';

/** The schedule, the boundaries it sets, the tray and notifications, the workspace and platform breaks. */
export function boundariesHandlers(deps: {
  boundaries: BoundariesService;
  settings: SettingsStore;
  store: Store;
  clock: Clock;
  tray: TrayPresenter;
  notifications: NotificationCenter;
  host: HostPort;
  site: (id: string) => WorkspaceSite;
  takePlatformBreak: (
    platform: SocialPlatform,
    days: number,
  ) => Promise<{ siteIds: string[]; until: string }>;
}) {
  const { boundaries, settings, store, clock, tray, notifications, host, site, takePlatformBreak } =
    deps;
  return {
    'schedule.get': () => settings.get().schedule,
    'schedule.save': (doc) => boundaries.saveSchedule(doc),
    'schedule.mergeOverlaps': ({ windows }) => mergeOverlapping(windows),
    'schedule.week': (input) => {
      const { schedule, exceptions } = settings.get().schedule;
      const from = input?.from ? new Date(input.from) : clock.now();
      return scheduleWeek(
        { schedule, exceptions, timeZone: boundaries.timeZone() },
        from,
        input?.days ?? 7,
      );
    },
    'boundaries.status': () => boundaries.status(),
    'boundaries.startNow': ({ minutes }) => boundaries.startNow(minutes),
    'boundaries.continue': ({ minutes }) => boundaries.continueOvertime(minutes),
    'boundaries.snooze': ({ minutes }) => boundaries.snooze(minutes),
    'boundaries.takeDaysOff': ({ days, reason }) => boundaries.takeDaysOff(days, reason),
    'boundaries.addExtraWindow': (window) => boundaries.addExtraWindow(window),
    'boundaries.removeException': ({ id }) => boundaries.removeException(id),
    'boundaries.unlock': ({ reason }) => boundaries.unlock(reason),
    'boundaries.unlocks': () => store.read().boundaries.unlocks,
    'tray.get': () => tray.current(),
    'tray.activate': async ({ id }) => {
      await activateTrayItem(id, host, boundaries);
      return null;
    },
    'notifications.list': () => notifications.list(),
    'workspace.show': ({ siteId, bounds }) => {
      if (!boundaries.status().access.open) {
        throw new UserError('forbidden', boundaries.status().access.message);
      }
      const breakUntil = boundaries.siteBreakFor(siteId);
      if (breakUntil) {
        throw new UserError(
          'forbidden',
          `You are taking a break from ${site(siteId).name} until ${dayLabel(new Date(breakUntil), boundaries.timeZone())}. It will be here when you are back.`,
        );
      }
      return { embedded: host.workspace.show(site(siteId), bounds) };
    },
    'workspace.hide': () => {
      host.workspace.hide();
      return null;
    },
    'platform.takeBreak': ({ platform, days }) => takePlatformBreak(platform, days),
    'platform.endBreak': ({ siteIds }) => boundaries.endSiteBreak(siteIds),
  } satisfies HandlersOf<
    'schedule' | 'boundaries' | 'tray' | 'notifications' | 'workspace' | 'platform'
  >;
}
