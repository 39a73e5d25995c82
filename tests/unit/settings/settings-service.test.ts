import { describe, expect, it } from 'vitest';
import { SettingsService } from '../../../electron/core/settings/settings-service';
import { SettingsSchema, type Settings } from '../../../electron/shared/settings';

function setup() {
  let current = SettingsSchema.parse({});
  const calls: string[] = [];
  const service = new SettingsService({
    settings: {
      get: () => current,
      set: (next: Settings) => (current = next),
    },
    recompute: () => calls.push('recompute'),
    reapplySiteAccess: () => calls.push('sites'),
    setStartAtLogin: (enabled) => calls.push(`login:${enabled}`),
  });
  return { service, calls };
}

describe('SettingsService.update', () => {
  it('saves the patch and has the boundaries recompute; nothing else for a theme', () => {
    const { service, calls } = setup();
    expect(service.update({ theme: 'dark' }).theme).toBe('dark');
    expect(service.get().theme).toBe('dark');
    expect(calls).toEqual(['recompute']);
  });

  it('re-locks the sites when they changed, and follows start-at-login', () => {
    const { service, calls } = setup();
    service.update({ sites: [], startAtLogin: true });
    expect(calls).toEqual(['recompute', 'sites', 'login:true']);
  });
});
