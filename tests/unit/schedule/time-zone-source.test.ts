import { describe, expect, it } from 'vitest';
import { SettingsSchema } from '../../../electron/shared/settings';
import { scheduleTimeZone } from '../../../electron/core/schedule/time-zone-source';

const settingsWith = (timeZone: string | null) => {
  const settings = SettingsSchema.parse({});
  const schedule = { ...settings.schedule, schedule: { ...settings.schedule.schedule, timeZone } };
  return { get: () => ({ ...settings, schedule }) };
};

describe('scheduleTimeZone', () => {
  it("reads the schedule's zone, else the system's, fresh on every call", () => {
    let system = 'Europe/Lisbon';
    const fromSystem = scheduleTimeZone(settingsWith(null), () => system);
    expect(fromSystem()).toBe('Europe/Lisbon');
    system = 'America/New_York';
    expect(fromSystem()).toBe('America/New_York');
    expect(scheduleTimeZone(settingsWith('Asia/Tokyo'), () => system)()).toBe('Asia/Tokyo');
    expect(scheduleTimeZone(settingsWith('Mars/Olympus'), () => system)()).toBe('America/New_York');
  });
});
