import { describe, expect, it } from 'vitest';
import { activateTrayItem } from '../../../electron/core/boundaries/tray-actions';
import { ManualClock } from '../../fixtures/manual-clock';
import { wellbeingHarness } from '../../fixtures/wellbeing-harness';
import { tempDir } from '../temp-dir';

const MIN = 60_000;
const ASKS = new Set(['window-closed', 'unlock-expired', 'check-in']);

/**
 * Every state meets every other: a week of real use on the core with the injected clock, in
 * London across the spring daylight-saving change (Sunday 29 March 2026, 01:00 UTC). Firm mode,
 * a 30-minute daily and 120-minute weekly budget, a 12:00–12:45 window every day. After every step
 * (each minute inside windows, each quarter hour outside) the invariants hold:
 * - nothing claims "open" (status line, tray icon, countdown) while the workspace is locked;
 * - "Start a window now" is offered only when it would open the workspace;
 * - a site on a break is kept locked by the host for as long as the break lasts;
 * and at the end: each ended session was asked about exactly once, and every override recorded
 * has the unlock or the start it stands for.
 */
describe('a week of windows, budgets, days off, breaks and unlocks across a DST change', () => {
  it('keeps every promise at every step', async () => {
    const clock = new ManualClock('2026-03-25T23:00:00Z'); // Thu 26 Mar 00:00 Wed night, GMT
    const h = await wellbeingHarness({ dir: tempDir(), clock, windows: [] });
    const { service, settings, tray, machine, notifications, store, wellbeing } = h;
    settings.set({
      ...settings.get(),
      boundaries: { ...settings.get().boundaries, dailyBudgetMin: 30, weeklyBudgetMin: 120 },
    });
    service.schedule.save({
      schedule: {
        timeZone: 'Europe/London',
        windows: [{ id: 'w', days: [0, 1, 2, 3, 4, 5, 6], start: '12:00', end: '12:45' }],
      },
    });
    const host = { showWindow: () => {}, quit: () => {} };
    let startedNow = 0;
    let checks = 0;

    const check = () => {
      checks += 1;
      const status = service.status.get();
      const model = tray.current();
      if (!status.access.open) {
        expect(status.statusLine).not.toMatch(/^(Open|Closing|Overtime)/);
        expect(model.icon).not.toBe('open');
        expect(model.title).toBe('');
      }
      const offer = status.startNow;
      const overBudget = status.usage.todayMin >= 30 || status.usage.weekMin >= 120;
      if (offer.enabled) expect(overBudget).toBe(false);
      const item = model.items.find((i) => i.id === 'start-now');
      expect(item?.enabled ?? false).toBe(offer.enabled);
      for (const b of status.siteBreaks) expect(machine.onBreak).toContain(b.siteId);
    };
    /** Moves to `iso` in steps (a minute inside windows, 15 minutes outside), checking each. */
    const to = (iso: string) => {
      const target = Date.parse(iso);
      while (clock.now().getTime() < target) {
        const inWindow = ['open', 'closing', 'overtime'].includes(service.status.get().state);
        const step = inWindow || service.status.get().access.reason === 'unlocked' ? MIN : 15 * MIN;
        clock.set(Math.min(target, clock.now().getTime() + step));
        check();
      }
    };
    const use = (minutes: number) => {
      service.status.setWorkspaceFocus(true);
      to(new Date(clock.now().getTime() + minutes * MIN).toISOString());
      service.status.setWorkspaceFocus(false);
      check();
    };

    // Thursday (GMT): the daily budget runs out inside the window; "start now" is refused after.
    to('2026-03-26T12:00:00Z');
    use(31);
    expect(service.status.get().access).toMatchObject({ open: false, reason: 'daily-budget' });
    to('2026-03-26T15:00:00Z');
    await expect(activateTrayItem('start-now', host, service)).rejects.toThrow('budget');

    // Friday: an unlock at 11:55 runs into the window: one stretch, one ask at its end.
    to('2026-03-27T11:55:00Z');
    await service.unlocks.unlock('Reply to Ana before the window');
    check();
    use(12);
    to('2026-03-27T13:00:00Z');

    // Saturday: a break from LinkedIn until Monday, then the rest of the day off mid-window.
    to('2026-03-28T09:00:00Z');
    await service.breaks.take(['li'], '2026-03-29T23:00:00.000Z'); // Mon 00:00 BST
    check();
    to('2026-03-28T12:05:00Z');
    use(5);
    await activateTrayItem('today-off', host, service);
    check();
    expect(service.status.get().state).toBe('paused');

    // Sunday: the clocks go forward at 01:00 UTC; the window is 12:00 BST = 11:00 UTC.
    to('2026-03-29T10:59:00Z');
    expect(service.status.get().state).not.toBe('open');
    to('2026-03-29T11:00:00Z');
    expect(service.status.get()).toMatchObject({ state: 'open', access: { open: true } });
    expect(machine.onBreak).toEqual(['li']);
    use(20);
    // Start a window now after this one, within budget: it opens and is recorded.
    to('2026-03-29T14:00:00Z');
    expect(service.status.get().startNow.enabled).toBe(true);
    await activateTrayItem('start-now', host, service);
    startedNow += 1;
    check();
    expect(service.status.get().access.open).toBe(true);
    use(5);

    // Monday: the break ended at midnight BST; a new week, fresh budgets.
    to('2026-03-30T10:30:00Z');
    expect(service.status.get().siteBreaks).toEqual([]);
    expect(machine.onBreak).toEqual([]);
    to('2026-03-30T11:10:00Z');
    use(10);
    to('2026-03-30T14:00:00Z');
    await h.settle();
    await wellbeing.settled();

    // Every ended session was asked about exactly once, and nothing asked without a session.
    const sessions = store.read().sessions;
    const asks = notifications.list().filter((n) => ASKS.has(n.kind));
    expect(asks).toHaveLength(sessions.length);
    expect(sessions.every((s) => s.checkIn === 'pending')).toBe(true);
    // Overrides stand for what happened: the one unlock, the windows started on the spot.
    const overrides = sessions.flatMap((s) => s.overrides.map((o) => o.kind));
    expect(overrides.filter((k) => k === 'unlock')).toHaveLength(
      store.read().boundaries.unlocks.length,
    );
    expect(overrides.filter((k) => k === 'start-now')).toHaveLength(startedNow);
    // The unlock into Friday's window is one session, kind window, starting at the unlock.
    expect(sessions.find((s) => s.start === '2026-03-27T11:55:00.000Z')).toMatchObject({
      kind: 'window',
    });
    expect(checks).toBeGreaterThan(300);
    await h.close();
  });
});
