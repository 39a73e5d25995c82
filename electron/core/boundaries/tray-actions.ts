import { UserError } from '../errors';
import type { HostPort } from '../ports';
import type { ScheduleService } from './schedule-service';
import type { WindowActions } from './window-actions';

/** Minutes for "Start a window now" and "Snooze reminders" from the tray. */
export const START_NOW_MINUTES = 30;
export const SNOOZE_MINUTES = 60;

/** The services a tray item acts through. */
export interface TrayActionTargets {
  windows: Pick<WindowActions, 'startNow' | 'snooze'>;
  schedule: Pick<ScheduleService, 'takeDaysOff'>;
}

/** Tray menu items and the window header's quick actions land here, whichever host clicked them. */
export async function activateTrayItem(
  id: string,
  host: Pick<HostPort, 'showWindow' | 'quit'>,
  { windows, schedule }: TrayActionTargets,
): Promise<void> {
  switch (id) {
    case 'open':
      return host.showWindow();
    case 'workspace':
      return host.showWindow('workspace');
    case 'start-now':
      await windows.startNow(START_NOW_MINUTES);
      return host.showWindow('workspace');
    case 'today-off':
      schedule.takeDaysOff(1, 'rest of today off');
      return;
    case 'snooze':
      await windows.snooze(SNOOZE_MINUTES);
      return;
    case 'today':
    case 'check-in':
      return host.showWindow('today');
    case 'settings':
      return host.showWindow('settings');
    case 'quit':
      return host.quit();
    default:
      throw new UserError('invalid_input', `Unknown tray action: ${id.slice(0, 100)}`);
  }
}
