import type { SettingsStore } from '../settings/settings-store';
import { resolveTimeZone } from './resolve-time-zone';

/**
 * The zone the schedule is read in, asked fresh each time (the settings or the OS may change it
 * while we run). Built first, so the CRM and the wellbeing sessions need not ask the boundaries.
 */
export function scheduleTimeZone(
  settings: Pick<SettingsStore, 'get'>,
  systemTimeZone: () => string,
): () => string {
  return () => resolveTimeZone(settings.get().schedule.schedule.timeZone, systemTimeZone());
}
