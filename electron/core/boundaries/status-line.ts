import type { WorkspaceAccess } from '../../shared/boundaries';
import type { ScheduleState } from '../../shared/schedule';
import { minutesUntil, weekdayTime } from './format-time';

/**
 * One line for the tray tooltip and the window header: "Open, 23 min left", "Next window Wed
 * 12:00". Minute precision, so it changes at most once a minute.
 */
export function statusLine(
  result: ScheduleState,
  now: Date,
  timeZone: string,
  overtimeUntil: Date | null,
): string {
  const next = result.next ? `next window ${weekdayTime(result.next.start, timeZone)}` : null;
  switch (result.state) {
    case 'open':
      return `Open, ${minutesUntil(now, result.current!.end)} min left`;
    case 'closing':
      return `Closing, ${minutesUntil(now, result.current!.end)} min left`;
    case 'overtime':
      return overtimeUntil ? `Overtime, ${minutesUntil(now, overtimeUntil)} min left` : 'Overtime';
    case 'upcoming':
      return `Window opens in ${minutesUntil(now, result.current!.start)} min`;
    case 'paused':
      return next ? `Day off, ${next}` : 'Day off';
    case 'off':
      return next
        ? `Next window ${weekdayTime(result.next!.start, timeZone)}`
        : 'No networking window scheduled';
  }
}

/** True when the line shows a countdown (so it needs refreshing every minute). */
export function hasCountdown(state: ScheduleState['state']): boolean {
  return state === 'open' || state === 'closing' || state === 'overtime' || state === 'upcoming';
}

/**
 * The line while a window is on the schedule but a budget keeps the workspace locked (firm and
 * strict): says so instead of counting down a window that cannot be used. Null otherwise.
 */
export function lockedStatusLine(
  result: ScheduleState,
  access: Pick<WorkspaceAccess, 'open' | 'reason'>,
): string | null {
  if (access.open || !hasCountdown(result.state) || result.state === 'upcoming') return null;
  if (access.reason === 'daily-budget') return "Locked: today's budget is used";
  if (access.reason === 'weekly-budget') return "Locked: this week's budget is used";
  return null;
}
