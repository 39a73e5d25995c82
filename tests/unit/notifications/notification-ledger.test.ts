import { describe, expect, it } from 'vitest';
import { EventBus } from '../../../electron/core/event-bus';
import { appointmentNotice } from '../../../electron/core/notifications/appointment-notice';
import { NotificationCenter } from '../../../electron/core/notifications/notification-center';
import { NotificationLedger } from '../../../electron/core/notifications/notification-ledger';
import { openStore } from '../../../electron/core/store/open-store';
import { StoreWrites } from '../../../electron/core/store/store-writes';
import { SettingsSchema } from '../../../electron/shared/settings';
import { ManualClock } from '../../fixtures/manual-clock';
import { tempDir } from '../temp-dir';

async function setup(dir = tempDir()) {
  const clock = new ManualClock('2026-03-02T12:00:00Z');
  const store = await openStore({ dataDir: dir, clock });
  const writes = new StoreWrites(store, (error) => {
    throw error;
  });
  let settings = SettingsSchema.parse({});
  const notifications = new NotificationCenter(clock, new EventBus());
  const ledger = new NotificationLedger({
    store,
    writes,
    settings: { get: () => settings },
    notifications,
  });
  const turnOff = (kind: keyof typeof settings.notifications) => {
    settings = { ...settings, notifications: { ...settings.notifications, [kind]: false } };
  };
  const close = async () => {
    await writes.settled();
    await store.close();
  };
  return { dir, store, ledger, notifications, turnOff, close };
}

const meeting = appointmentNotice({ key: 'm1', title: 'Coffee in 30 minutes', body: 'Café' });

describe('NotificationLedger', () => {
  it('raises a key once, and remembers it across restarts', async () => {
    const first = await setup();
    first.ledger.raiseOnce(meeting);
    first.ledger.raiseOnce(meeting);
    expect(first.notifications.list().map((n) => n.kind)).toEqual(['meeting-soon']);
    expect(first.ledger.wasShown('appointment:m1', 'meeting-soon')).toBe(true);
    await first.close();
    const again = await setup(first.dir);
    again.ledger.raiseOnce(meeting);
    expect(again.notifications.list()).toEqual([]);
    expect(again.store.read().boundaries.notified).toEqual(['appointment:m1']);
    await again.close();
  });

  it('a kind turned off is remembered but not shown, so never raised later either', async () => {
    const { ledger, notifications, turnOff, close } = await setup();
    turnOff('meeting-soon');
    ledger.raiseOnce(meeting);
    expect(notifications.list()).toEqual([]);
    expect(ledger.has('appointment:m1')).toBe(true);
    expect(ledger.wasShown('appointment:m1', 'meeting-soon')).toBe(false);
    await close();
  });

  it('markNotified keeps a key as said without raising it', async () => {
    const { ledger, notifications, close } = await setup();
    ledger.markNotified('appointment:m1', 'check-in:s1');
    ledger.raiseOnce(meeting);
    expect(notifications.list()).toEqual([]);
    expect(ledger.has('check-in:s1')).toBe(true);
    await close();
  });
});
