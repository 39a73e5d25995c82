import { tz } from '@date-fns/tz';
import { format } from 'date-fns';

/** "Wed 12:00" in the schedule's zone. */
export function weekdayTime(instant: Date, timeZone: string): string {
  return format(instant, 'EEE HH:mm', { in: tz(timeZone) });
}

/** "Wed 9 Dec": the local day of an instant in the schedule's zone. */
export function dayLabel(instant: Date, timeZone: string): string {
  return format(instant, 'EEE d MMM', { in: tz(timeZone) });
}

/** "12:45" in the schedule's zone. */
export function clockTime(instant: Date, timeZone: string): string {
  return format(instant, 'HH:mm', { in: tz(timeZone) });
}

/** Whole minutes from now until `then`, rounded up so "0 min left" never shows while time remains. */
export function minutesUntil(now: Date, then: Date): number {
  return Math.max(0, Math.ceil((then.getTime() - now.getTime()) / 60_000));
}
