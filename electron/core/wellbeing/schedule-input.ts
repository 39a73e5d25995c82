import type { ScheduleStateInput } from '../../shared/schedule';
import type { SettingsStore } from '../settings/settings-store';

/** The schedule as the pure rules take it: as saved in the settings, in today's time zone. */
export function scheduleInput(
  settings: Pick<SettingsStore, 'get'>,
  timeZone: () => string,
): ScheduleStateInput {
  return { ...settings.get().schedule, timeZone: timeZone() };
}
