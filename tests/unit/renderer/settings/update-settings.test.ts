import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettingsSchema, type Settings } from '../../../../electron/shared/settings';
import type { Result } from '../../../../electron/shared/result';

/**
 * The page's settings under quick changes, with the host's answers held until the test lets them
 * go, in the order the host sends them (a change's event, then its answer).
 */
const host = vi.hoisted(() => ({
  settings: null as unknown as Settings,
  listeners: [] as ((s: Settings) => void)[],
  waiting: [] as { patch: Partial<Settings>; answer: () => void }[],
}));
vi.mock('../../../../renderer/src/bridge/netwell', () => ({
  netwell: {
    on: (_name: string, listener: (s: Settings) => void) => {
      host.listeners.push(listener);
      return () => {};
    },
    settings: {
      get: async (): Promise<Result<Settings>> => ({ ok: true, value: host.settings }),
      update: (patch: Partial<Settings>) =>
        new Promise<Result<Settings>>((resolve) => {
          host.waiting.push({
            patch,
            answer: () => {
              host.settings = { ...host.settings, ...patch };
              for (const listener of host.listeners) listener(host.settings);
              resolve({ ok: true, value: host.settings });
            },
          });
        }),
    },
  },
}));
vi.stubGlobal('document', { documentElement: { dataset: {} } });
const { settingsStore, updateSettings } =
  await import('../../../../renderer/src/features/settings/useSettings');

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('settings changed quickly, one after another', () => {
  let stop: () => void;
  beforeEach(async () => {
    host.settings = SettingsSchema.parse({});
    stop = settingsStore.subscribe(() => {});
    await tick();
  });
  afterEach(() => stop());

  it("shows each change at once, and the first one's answer does not undo the second", async () => {
    const shown = () => settingsStore.get()!;
    const breaks = { ...shown().notifications, 'break-suggested': false };
    const first = updateSettings({ theme: 'dark' });
    const second = updateSettings({ notifications: breaks });
    expect(shown().theme).toBe('dark');
    expect(shown().notifications['break-suggested']).toBe(false);

    host.waiting[0]!.answer();
    await first;
    // The host knows only the theme so far: the page still shows the second change.
    expect(host.settings.notifications['break-suggested']).toBe(true);
    expect(shown().notifications['break-suggested']).toBe(false);
    expect(shown().theme).toBe('dark');

    host.waiting[1]!.answer();
    await second;
    expect(shown()).toEqual(host.settings);
  });
});
