import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../fixtures/manual-clock';
import { openSettings, type ConfFactory } from '../../../electron/core/settings/settings-store';
import type { StoreNotice } from '../../../electron/core/store/open-store';
import { tempDir } from '../temp-dir';

const factory: ConfFactory = (o) =>
  new Conf<Record<string, unknown>>({ ...o, projectName: 'netwell-test' });
const clock = new ManualClock('2026-02-02T02:02:02Z');

describe('openSettings (conf, the library under electron-store)', () => {
  it('starts from defaults, validates and persists changes', () => {
    const dir = tempDir();
    const settings = openSettings(dir, factory, clock, () => {});
    expect(settings.get()).toMatchObject({
      theme: 'system',
      startAtLogin: false,
      firstRunDone: false,
      sites: [],
    });
    expect(settings.get().boundaries.mode).toBe('firm');
    settings.set({ ...settings.get(), theme: 'dark' });
    expect(() => settings.set({ ...settings.get(), theme: 'neon' as never })).toThrow();
    expect(openSettings(dir, factory, clock, () => {}).get().theme).toBe('dark');
  });

  it.each([
    ['not JSON', '{"theme": "da'],
    ['fails the schema', '{"theme": "neon"}'],
  ])('moves a settings file that is %s aside and uses defaults', (_why, text) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), text);
    const notices: StoreNotice[] = [];
    const settings = openSettings(dir, factory, clock, (n) => notices.push(n));
    expect(settings.get().theme).toBe('system');
    const aside = readdirSync(dir).find((f) => f.startsWith('settings.unreadable-'));
    expect(readFileSync(join(dir, aside!), 'utf8')).toBe(text);
    expect(notices[0]?.message).toMatch(/settings could not be read/);
  });
});
