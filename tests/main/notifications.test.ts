import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NotificationIntent } from '../../electron/shared/app-model';
import { ManualClock } from '../fixtures/manual-clock';
import { EventBus } from '../../electron/core/event-bus';
import { NotificationCenter } from '../../electron/core/notifications/notification-center';
import { showNotifications } from '../../electron/main/notifications';
import { fake, FakeNotification, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

function setup() {
  const bus = new EventBus();
  const center = new NotificationCenter(new ManualClock('2025-03-03T09:00:00Z'), bus);
  const clicked: NotificationIntent[] = [];
  const shown = showNotifications(bus, { onClick: (intent) => clicked.push(intent) });
  return { bus, center, clicked, shown };
}

beforeEach(() => {
  resetFakeElectron();
});

describe('notifications', () => {
  it('shows one OS notification per intent, with its title and body and no buttons', () => {
    const { center } = setup();
    center.raise({
      kind: 'window.opening',
      title: 'Networking window in 5 minutes',
      body: 'Until 10:30',
    });
    expect(FakeNotification.all).toHaveLength(1);
    const [n] = FakeNotification.all;
    expect(n?.shown).toBe(true);
    expect(n?.options).toMatchObject({
      title: 'Networking window in 5 minutes',
      body: 'Until 10:30',
    });
    expect(n?.options).not.toHaveProperty('actions');
  });

  it('ignores other events', () => {
    const { bus } = setup();
    bus.emit('contacts.changed', { ids: ['x'] });
    expect(FakeNotification.all).toHaveLength(0);
  });

  it('retains each notification until it is closed, so its click handler survives', () => {
    const { center, shown } = setup();
    center.raise({ kind: 'a', title: 'A', body: '' });
    center.raise({ kind: 'b', title: 'B', body: '' });
    expect(shown.retained.size).toBe(2);
    FakeNotification.all[0]?.close();
    expect(shown.retained.size).toBe(1);
    FakeNotification.all[1]?.emit('failed', {}, 'no notification server');
    expect(shown.retained.size).toBe(0);
  });

  it('navigates to the intent route when clicked', () => {
    const { center, clicked, shown } = setup();
    const intent = center.raise({
      kind: 'followup',
      title: 'Follow up',
      body: 'Ana',
      route: 'contacts',
    });
    FakeNotification.all[0]?.click();
    expect(clicked).toEqual([intent]);
    expect(shown.retained.size).toBe(0);
  });

  it('does nothing where the OS has no notifications', () => {
    fake.notificationsSupported = false;
    const { center, shown } = setup();
    center.raise({ kind: 'a', title: 'A', body: '' });
    expect(FakeNotification.all).toHaveLength(0);
    expect(shown.retained.size).toBe(0);
  });

  it('lets go of the oldest references past a hundred (some OSes never say "closed")', () => {
    const { center, shown } = setup();
    for (let i = 0; i < 130; i++) center.raise({ kind: 'a', title: `N${i}`, body: '' });
    expect(shown.retained.size).toBe(100);
    expect(shown.retained.has(FakeNotification.all[129] as never)).toBe(true);
    expect(shown.retained.has(FakeNotification.all[0] as never)).toBe(false);
  });

  it('stops listening when disposed', () => {
    const { center, shown } = setup();
    shown.dispose();
    center.raise({ kind: 'a', title: 'A', body: '' });
    expect(FakeNotification.all).toHaveLength(0);
  });
});
