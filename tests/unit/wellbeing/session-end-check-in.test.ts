import { describe, expect, it } from 'vitest';
import { activateTrayItem } from '../../../electron/core/boundaries/tray-actions';
import { ManualClock } from '../../fixtures/manual-clock';
import { wellbeingHarness } from '../../fixtures/wellbeing-harness';
import { tempDir } from '../temp-dir';

const MIN = 60_000;
const WINDOWS = [{ id: 'w', days: [1, 3, 5], start: '12:00', end: '12:45', label: 'Outreach' }];

async function setup(dir = tempDir(), start = '2026-03-02T11:00:00Z') {
  const clock = new ManualClock(start); // Monday, UTC
  const h = await wellbeingHarness({ dir, clock, windows: WINDOWS });
  /** How often the user was asked about a session: the end notices that invite it, or check-in. */
  const asks = () =>
    h.notifications
      .list()
      .filter((n) => ['window-closed', 'unlock-expired', 'check-in'].includes(n.kind))
      .map((n) => n.kind);
  const sessions = async () => {
    await h.settle();
    return h.store.read().sessions;
  };
  const quit = async () => {
    await h.service.dispose();
    await h.wellbeing.flush();
    await h.store.close();
  };
  return { ...h, clock, dir, asks, sessions, quit };
}

describe('when a session ends, for any reason, its check-in is asked once', () => {
  it('"Take the rest of today off" in a window closes it: "window closed" is said and the check-in waits', async () => {
    const { clock, service, asks, sessions, wellbeing, close } = await setup();
    clock.set('2026-03-02T12:00:00Z');
    service.status.setWorkspaceFocus(true);
    clock.advance(10 * MIN);
    service.status.setWorkspaceFocus(false);
    await activateTrayItem('today-off', { showWindow: () => {}, quit: () => {} }, service);
    expect(service.status.get()).toMatchObject({ state: 'paused', access: { open: false } });
    const [session] = await sessions();
    expect(session).toMatchObject({
      kind: 'window',
      end: '2026-03-02T12:10:00.000Z',
      activeMin: 10,
      checkIn: 'pending',
    });
    expect(asks()).toEqual(['window-closed']);
    expect(wellbeing.checkIns.pending()?.session.id).toBe(session!.id);
    // Later in the day nothing asks again.
    clock.set('2026-03-02T18:00:00Z');
    service.status.recompute();
    expect(asks()).toEqual(['window-closed']);
    await close();
  });

  it('a schedule saved without the open window ends its session the same way', async () => {
    const { clock, service, asks, sessions, close } = await setup();
    clock.set('2026-03-02T12:05:00Z');
    service.schedule.save({ schedule: { timeZone: 'UTC', windows: [] } });
    expect((await sessions()).map((s) => s.end)).toEqual(['2026-03-02T12:05:00.000Z']);
    expect(asks()).toEqual(['window-closed']);
    await close();
  });

  it('with "window closed" turned off, the check-in notification asks instead, once', async () => {
    const { clock, service, settings, asks, close } = await setup();
    const prefs = settings.get().notifications;
    settings.set({ ...settings.get(), notifications: { ...prefs, 'window-closed': false } });
    clock.set('2026-03-02T12:05:00Z');
    service.schedule.takeDaysOff(1, 'rest of today off');
    expect(asks()).toEqual(['check-in']);
    await close();
  });

  it('the budget ends the session (check-in asked), and the window ending later does not ask again', async () => {
    const { clock, service, settings, asks, sessions, close } = await setup();
    settings.set({
      ...settings.get(),
      boundaries: { ...settings.get().boundaries, dailyBudgetMin: 20 },
    });
    clock.set('2026-03-02T12:00:00Z');
    service.status.setWorkspaceFocus(true);
    clock.advance(20 * MIN);
    service.status.setWorkspaceFocus(false);
    expect(service.status.get().access).toMatchObject({ open: false, reason: 'daily-budget' });
    expect((await sessions()).map((s) => [s.end, s.activeMin])).toEqual([
      ['2026-03-02T12:20:00.000Z', 20],
    ]);
    expect(asks()).toEqual(['check-in']);
    clock.set('2026-03-02T13:00:00Z');
    expect(asks()).toEqual(['check-in']);
    expect(await sessions()).toHaveLength(1);
    await close();
  });

  it('quit mid-window: the session is kept, and asked about once on the next start after it', async () => {
    const first = await setup();
    first.clock.set('2026-03-02T12:00:00Z');
    first.service.status.setWorkspaceFocus(true);
    first.clock.advance(15 * MIN);
    first.service.status.setWorkspaceFocus(false);
    await first.quit();

    const second = await setup(first.dir, '2026-03-02T14:00:00Z');
    expect(second.asks()).toEqual(['check-in']);
    expect(second.wellbeing.checkIns.pending()?.session).toMatchObject({
      end: '2026-03-02T12:15:00.000Z',
      activeMin: 15,
    });
    await second.quit();
    const third = await setup(first.dir, '2026-03-02T15:00:00Z');
    expect(third.asks()).toEqual([]);
    await third.close();
  });
});
