import { describe, expect, it } from 'vitest';
import { ReminderDigest, type Reminder } from '../../../electron/core/boundaries/reminder-digest';
import { EventBus } from '../../../electron/core/event-bus';
import { NotificationCenter } from '../../../electron/core/notifications/notification-center';
import { NotificationLedger } from '../../../electron/core/notifications/notification-ledger';
import { openStore } from '../../../electron/core/store/open-store';
import { StoreWrites } from '../../../electron/core/store/store-writes';
import { SettingsSchema } from '../../../electron/shared/settings';
import { ManualClock } from '../../fixtures/manual-clock';
import { tempDir } from '../temp-dir';

async function setup(due: Reminder[]) {
  const clock = new ManualClock('2026-03-02T12:00:00Z');
  const store = await openStore({ dataDir: tempDir(), clock });
  const writes = new StoreWrites(store, (error) => {
    throw error;
  });
  const settings = SettingsSchema.parse({});
  const notifications = new NotificationCenter(clock, new EventBus());
  const ledger = new NotificationLedger({
    store,
    writes,
    settings: { get: () => settings },
    notifications,
  });
  const window = { open: false };
  const digest = new ReminderDigest({
    store,
    writes,
    ledger,
    reminders: () => due,
    windowOpen: () => window.open,
  });
  const digests = () => notifications.list().filter((n) => n.kind === 'follow-up-digest');
  const close = async () => {
    await writes.settled();
    await store.close();
  };
  return { store, writes, digest, window, digests, close };
}

describe('ReminderDigest', () => {
  it('delivers what is held and what is due as one notice, once', async () => {
    const due = [
      { key: 'f2', text: 'Ben: ask about the role' },
      { key: 'f3', text: 'Chen: say thanks' },
      { key: 'f4', text: 'Dee: send the deck' },
    ];
    const { store, writes, digest, digests, close } = await setup(due);
    await digest.hold({ key: 'f1', text: 'Ana: send the report' });
    expect(digests()).toEqual([]);
    digest.deliver();
    // Once the write has landed, nothing is held and every key is known.
    await writes.settled();
    digest.deliver();
    expect(digests()).toEqual([
      expect.objectContaining({
        title: '4 follow-ups for this window',
        body: 'Ana: send the report; Ben: ask about the role; Chen: say thanks, and 1 more.',
        route: 'today',
      }),
    ]);
    await close();
    expect(store.read().boundaries.held).toEqual([]);
  });

  it('while a window is open, a held reminder arrives at once; a known one is refused', async () => {
    const { digest, window, digests, close } = await setup([]);
    window.open = true;
    expect(await digest.hold({ key: 'f1', text: 'Ana: send the report' })).toBe(true);
    expect(digests()).toEqual([
      expect.objectContaining({ title: 'One follow-up for this window' }),
    ]);
    expect(await digest.hold({ key: 'f1', text: 'Ana: send the report' })).toBe(false);
    await close();
  });
});
