import { isKnownTimeZone } from './zoned-time';

/**
 * The zone computeState works in: the schedule's own zone, or the system's when that is null
 * (or no longer known to the runtime). `systemZone` comes from the caller, e.g.
 * Intl.DateTimeFormat().resolvedOptions().timeZone read in the main process.
 */
export function resolveTimeZone(scheduleZone: string | null, systemZone: string): string {
  return scheduleZone !== null && isKnownTimeZone(scheduleZone) ? scheduleZone : systemZone;
}
