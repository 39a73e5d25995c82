import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../fixtures/manual-clock';
import type { LockMode } from '../../../electron/shared/boundaries';
import { boundariesHarness } from '../../fixtures/boundaries-harness';
import { appointmentNotice } from '../../../electron/core/notifications/appointment-notice';
import { tempDir } from '../temp-dir';

const MIN = 60_000;

async function setup(mode: LockMode = 'firm', start = '2026-03-02T11:00:00Z') {
  const clock = new ManualClock(start); // Monday
  const harness = await boundariesHarness({
    dir: tempDir(),
    clock,
    mode,
    windows: [{ id: 'w', days: [1, 3, 5], start: '12:00', end: '12:45', label: 'Outreach' }],
  });
  const kinds = () => harness.notifications.list().map((n) => n.kind);
  return { ...harness, clock, kinds };
}

describe('BoundariesService', () => {
  it('walks a window: upcoming, open, closing, closed, with the tray and the lock following', async () => {
    const { clock, service, tray, machine, kinds, store } = await setup();
    expect(service.status.get()).toMatchObject({
      state: 'off',
      statusLine: 'Next window Mon 12:00',
    });
    expect(machine.accessLog).toEqual([false]);
    clock.set('2026-03-02T11:55:00Z');
    expect(service.status.get().state).toBe('upcoming');
    expect(tray.current()).toMatchObject({
      icon: 'upcoming',
      tooltip: 'Netwell: Window opens in 5 min',
    });
    clock.set('2026-03-02T12:00:00Z');
    expect(service.status.get()).toMatchObject({
      state: 'open',
      statusLine: 'Open, 45 min left',
      access: { open: true },
    });
    expect(machine.accessLog.at(-1)).toBe(true);
    clock.set('2026-03-02T12:22:00Z');
    expect(tray.current().tooltip).toBe('Netwell: Open, 23 min left');
    clock.set('2026-03-02T12:41:00Z');
    expect(service.status.get().state).toBe('closing');
    clock.set('2026-03-02T12:46:00Z');
    expect(service.status.get()).toMatchObject({
      state: 'off',
      statusLine: 'Next window Wed 12:00',
      access: { open: false },
    });
    expect(kinds()).toEqual([
      'window-upcoming',
      'window-opened',
      'window-closing',
      'window-closed',
    ]);
    // Off-hours with no countdown: only the scheduler's one timer is armed.
    expect(clock.pendingTimers()).toBe(1);
    await service.dispose();
    await store.close();
  });

  it('after an 8-hour sleep lands in the right state with no stale notifications', async () => {
    const { clock, service, kinds, store } = await setup('firm', '2026-03-02T05:00:00Z');
    clock.sleepUntil('2026-03-02T13:00:00Z');
    service.status.recompute();
    expect(service.status.get().state).toBe('off');
    expect(kinds()).toEqual([]);
    // Waking inside a window says it is open (still true), nothing else.
    clock.sleepUntil('2026-03-04T12:10:00Z');
    service.status.recompute();
    expect(service.status.get().state).toBe('open');
    expect(kinds()).toEqual(['window-opened']);
    await service.dispose();
    await store.close();
  });

  it('firm mode: unlock for ten minutes with a reason, logged; then it locks and says so', async () => {
    const { clock, service, kinds, store } = await setup('firm');
    const unlocked = await service.unlocks.unlock('Replying to a recruiter who wrote this morning');
    expect(unlocked.access).toMatchObject({ open: true, reason: 'unlocked', unlocksLeftToday: 2 });
    expect(store.read().boundaries.unlocks).toHaveLength(1);
    clock.advance(10 * MIN);
    expect(service.status.get().access.open).toBe(false);
    expect(kinds()).toContain('unlock-expired');
    await service.unlocks.unlock('second reason, long enough');
    clock.advance(11 * MIN);
    await service.unlocks.unlock('third reason, long enough');
    clock.advance(11 * MIN);
    await expect(service.unlocks.unlock('fourth reason, long enough')).rejects.toThrow(
      /used today's unlocks/,
    );
    await service.dispose();
    await store.close();
  });

  it('strict mode refuses unlocks and "start now"', async () => {
    const { service, store } = await setup('strict');
    await expect(service.unlocks.unlock('I really need to, honestly')).rejects.toThrow(
      /Strict mode/,
    );
    await expect(service.windows.startNow(30)).rejects.toThrow(/Strict mode/);
    expect(service.status.get().access.open).toBe(false);
    await service.dispose();
    await store.close();
  });

  it('counts focused, non-idle workspace time and locks at the daily budget', async () => {
    const { clock, service, settings, kinds, machine, store } = await setup(
      'firm',
      '2026-03-02T11:59:00Z',
    );
    settings.set({
      ...settings.get(),
      boundaries: { ...settings.get().boundaries, dailyBudgetMin: 20 },
    });
    service.status.recompute();
    clock.set('2026-03-02T12:00:00Z');
    service.status.setWorkspaceFocus(true);
    clock.advance(10 * MIN);
    machine.idle = 300; // away from the keyboard: idle time reads over the threshold
    clock.advance(5 * MIN);
    machine.idle = 0;
    clock.advance(5 * MIN);
    expect(service.status.get().usage.todayMin).toBe(15);
    expect(service.status.get().access.open).toBe(true);
    clock.advance(5 * MIN);
    expect(service.status.get().access).toMatchObject({ open: false, reason: 'daily-budget' });
    expect(kinds()).toContain('budget-reached');
    service.status.setWorkspaceFocus(false);
    await service.dispose();
    expect(store.read().boundaries.usage).toEqual([{ day: '2026-03-02', minutes: 20 }]);
    await store.close();
  });

  it('starts a new day at local midnight: yesterday’s minutes are not today’s', async () => {
    const { clock, service, settings, store } = await setup('firm', '2026-03-02T11:59:00Z');
    settings.set({
      ...settings.get(),
      boundaries: { ...settings.get().boundaries, dailyBudgetMin: 20 },
    });
    service.status.recompute();
    clock.set('2026-03-02T12:00:00Z');
    service.status.setWorkspaceFocus(true);
    clock.advance(25 * MIN);
    service.status.setWorkspaceFocus(false);
    clock.set('2026-03-02T13:00:00Z');
    expect(service.status.get().usage).toMatchObject({ todayMin: 25, weekMin: 25 });
    // Wednesday morning, before the day's window: nothing has fired since Monday.
    clock.set('2026-03-04T09:00:00Z');
    expect(service.status.get().usage).toMatchObject({ todayMin: 0, weekMin: 25 });
    await service.dispose();
    await store.close();
  });

  it('suggests a break after the configured minutes of continuous use', async () => {
    const { clock, service, settings, kinds, store } = await setup('gentle');
    settings.set({
      ...settings.get(),
      boundaries: { ...settings.get().boundaries, breakAfterMin: 25 },
    });
    service.status.setWorkspaceFocus(true);
    clock.advance(24 * MIN);
    expect(kinds()).not.toContain('break-suggested');
    clock.advance(1 * MIN);
    expect(kinds()).toContain('break-suggested');
    service.status.setWorkspaceFocus(false);
    await service.dispose();
    await store.close();
  });

  it('takes today off (paused, no notifications) and snoozes reminders', async () => {
    const { clock, service, kinds, store } = await setup('firm', '2026-03-02T09:00:00Z');
    service.schedule.takeDaysOff(1, 'bad experience');
    expect(service.status.get()).toMatchObject({
      state: 'paused',
      statusLine: 'Day off, next window Wed 12:00',
    });
    clock.set('2026-03-02T13:00:00Z');
    expect(kinds()).toEqual([]);
    await service.windows.snooze(60 * 24 * 3);
    clock.set('2026-03-04T12:10:00Z');
    expect(kinds()).toEqual(['window-opened']); // snoozed: no "upcoming", but the window still opens
    await service.dispose();
    await store.close();
  });

  it('explains a schedule it refuses and keeps the old one', async () => {
    const { service, settings, store } = await setup();
    expect(() =>
      service.schedule.save({
        schedule: {
          windows: [
            { id: 'a', days: [1], start: '12:00', end: '12:45' },
            { id: 'b', days: [1], start: '12:30', end: '13:00' },
          ],
        },
      }),
    ).toThrow(/overlaps/);
    expect(settings.get().schedule.schedule.windows.map((w) => w.id)).toEqual(['w']);
    await service.dispose();
    await store.close();
  });
});

describe('BoundariesService reminders', () => {
  it('holds follow-up reminders off-hours and delivers them as one digest when a window opens', async () => {
    const { clock, service, notifications, store } = await setup('firm', '2026-03-02T08:00:00Z');
    expect(await service.digest.hold({ key: 'f1', text: 'Ana: send the report' })).toBe(true);
    expect(await service.digest.hold({ key: 'f2', text: 'Ben: ask about the role' })).toBe(true);
    expect(await service.digest.hold({ key: 'f1', text: 'Ana: send the report' })).toBe(false);
    clock.set('2026-03-02T11:59:00Z');
    expect(notifications.list().filter((n) => n.kind === 'follow-up-digest')).toEqual([]);
    clock.set('2026-03-02T12:00:00Z');
    const digests = notifications.list().filter((n) => n.kind === 'follow-up-digest');
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({
      title: '2 follow-ups for this window',
      body: 'Ana: send the report; Ben: ask about the role.',
    });
    // Delivered ones are not held again; a new one during the window arrives at once.
    expect(await service.digest.hold({ key: 'f1', text: 'Ana: send the report' })).toBe(false);
    await service.digest.hold({ key: 'f3', text: 'Chen: say thanks' });
    expect(notifications.list().filter((n) => n.kind === 'follow-up-digest')).toHaveLength(2);
    await service.dispose();
    await store.close();
  });

  it('lets a real-world appointment notify outside windows, once', async () => {
    const { service, ledger, kinds, store } = await setup('strict', '2026-03-02T20:00:00Z');
    const notifyAppointment = (item: { key: string; title: string; body: string }) =>
      ledger.raiseOnce(appointmentNotice(item));
    notifyAppointment({
      key: 'm1',
      title: 'Coffee with Ana in 30 minutes',
      body: 'Café Central',
    });
    notifyAppointment({
      key: 'm1',
      title: 'Coffee with Ana in 30 minutes',
      body: 'Café Central',
    });
    expect(kinds()).toEqual(['meeting-soon']);
    await service.dispose();
    await store.close();
  });
});
