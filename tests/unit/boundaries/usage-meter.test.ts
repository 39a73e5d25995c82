import { describe, expect, it } from 'vitest';
import { UsageMeter, type ActivitySample } from '../../../electron/core/boundaries/usage-meter';
import { EventBus } from '../../../electron/core/event-bus';
import { NotificationCenter } from '../../../electron/core/notifications/notification-center';
import { NotificationLedger } from '../../../electron/core/notifications/notification-ledger';
import { openStore } from '../../../electron/core/store/open-store';
import { StoreWrites } from '../../../electron/core/store/store-writes';
import { SettingsSchema } from '../../../electron/shared/settings';
import { ManualClock } from '../../fixtures/manual-clock';
import { tempDir } from '../temp-dir';

const MIN = 60_000;

async function setup(breakAfterMin: number | null = null) {
  const clock = new ManualClock('2026-03-02T12:00:00Z');
  const store = await openStore({ dataDir: tempDir(), clock });
  const writes = new StoreWrites(store, (error) => {
    throw error;
  });
  const defaults = SettingsSchema.parse({});
  const settings = { ...defaults, boundaries: { ...defaults.boundaries, breakAfterMin } };
  const notifications = new NotificationCenter(clock, new EventBus());
  const ledger = new NotificationLedger({
    store,
    writes,
    settings: { get: () => settings },
    notifications,
  });
  const meter = new UsageMeter({
    clock,
    settings: { get: () => settings },
    store,
    writes,
    ledger,
    timeZone: () => 'UTC',
    idleSeconds: () => 0,
  });
  const samples: ActivitySample[] = [];
  meter.onActivity((s) => samples.push(s));
  const close = async () => {
    await writes.settled();
    await store.close();
  };
  return { clock, store, meter, samples, notifications, close };
}

describe('UsageMeter', () => {
  it('counts focused time, writes it once a minute gathered, and sends out every sample', async () => {
    const { clock, store, meter, samples, close } = await setup();
    expect(meter.setFocused(true)).toBe(true);
    expect(meter.setFocused(true)).toBe(false);
    expect(meter.isCounting()).toBe(true);
    clock.advance(30_000);
    meter.accrue();
    meter.flush();
    expect(meter.totals(clock.now(), 'UTC')).toEqual({ todayMin: 0.5, weekMin: 0.5 });
    clock.advance(30_000);
    meter.accrue();
    meter.flush();
    await close();
    expect(store.read().boundaries.usage).toEqual([{ day: '2026-03-02', minutes: 1 }]);
    expect(samples.map((s) => s.activeMs)).toEqual([0, 30_000, 30_000]);
  });

  it('suggests a break after the configured stretch, then counts the next one afresh', async () => {
    const { clock, meter, notifications, close } = await setup(20);
    meter.setFocused(true);
    for (let i = 0; i < 20; i++) {
      clock.advance(MIN);
      meter.accrue();
    }
    expect(notifications.list().map((n) => n.kind)).toEqual(['break-suggested']);
    clock.advance(MIN);
    meter.accrue();
    expect(notifications.list()).toHaveLength(1);
    await close();
  });
});
