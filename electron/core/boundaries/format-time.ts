import { tz } from '@date-fns/tz';
import { format } from 'date-fns';

/** "Wed 12:00" in the schedule's zone. */
export function weekdayTime(instant: Date, timeZone: string): string {
  return format(instant, 'EEE HH:mm', { in: tz(timeZone) });
}

/** "12:45" in the schedule's zone. */
export function clockTime(instant: Date, timeZone: string): string {
  return format(instant, 'HH:mm', { in: tz(timeZone) });
}

/** Whole minutes from now until `then`, rounded up so "0 min left" never shows while time remains. */
export function minutesUntil(now: Date, then: Date): number {
  return Math.max(0, Math.ceil((then.getTime() - now.getTime()) / 60_000));
}
