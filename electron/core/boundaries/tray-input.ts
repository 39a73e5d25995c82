import type { BoundaryStatus } from '../../shared/boundaries';
import type { TrayInput } from '../tray/tray-model';
import { minutesUntil } from './format-time';

/** Pure: what the tray needs from a status, with the minutes left for the macOS title. */
export function trayInput(status: BoundaryStatus, now: Date): TrayInput {
  const end =
    status.state === 'overtime' && status.overtimeUntil
      ? new Date(status.overtimeUntil)
      : (status.state === 'open' || status.state === 'closing') && status.current
        ? new Date(status.current.end)
        : null;
  return {
    state: status.state,
    statusLine: status.statusLine,
    mode: status.mode,
    access: status.access,
    snoozedUntil: status.snoozedUntil,
    current: status.current,
    startNow: status.startNow,
    minutesLeft: end ? minutesUntil(now, end) : null,
  };
}
