import { describe, expect, it } from 'vitest';
import { activateTrayItem } from '../../../electron/core/boundaries/tray-actions';
import { ManualClock } from '../../fixtures/manual-clock';
import type { LockMode } from '../../../electron/shared/boundaries';
import { wellbeingHarness } from '../../fixtures/wellbeing-harness';
import { tempDir } from '../temp-dir';

const MIN = 60_000;

/** Monday's 12:00–12:45 window with a 20-minute daily budget, used up in the window. */
async function overBudget(mode: LockMode) {
  const clock = new ManualClock('2026-03-02T11:59:00Z'); // Monday, UTC
  const h = await wellbeingHarness({
    dir: tempDir(),
    clock,
    mode,
    windows: [{ id: 'w', days: [1], start: '12:00', end: '12:45' }],
  });
  h.settings.set({
    ...h.settings.get(),
    boundaries: { ...h.settings.get().boundaries, dailyBudgetMin: 20 },
  });
  h.service.status.recompute();
  clock.set('2026-03-02T12:00:00Z');
  h.service.status.setWorkspaceFocus(true);
  clock.advance(20 * MIN);
  h.service.status.setWorkspaceFocus(false);
  const host = { showWindow: () => {}, quit: () => {} };
  const startNow = (item = h.tray.current().items.find((i) => i.id === 'start-now')) => item;
  return { ...h, clock, host, startNow };
}

describe('"Start a window now" over budget', () => {
  it('firm: the window still on the schedule says it is locked, not "Open, 25 min left"', async () => {
    const { service, tray, close } = await overBudget('firm');
    expect(service.status.get()).toMatchObject({
      state: 'open',
      access: { open: false, reason: 'daily-budget' },
      statusLine: "Locked: today's budget is used",
    });
    expect(tray.current()).toMatchObject({ icon: 'off', title: '' });
    await close();
  });

  it('firm: offered disabled with its reason; the tray action and the IPC both refuse, nothing is recorded', async () => {
    const { clock, service, tray, host, startNow, store, wellbeing, settle, close } =
      await overBudget('firm');
    clock.set('2026-03-02T15:00:00Z');
    expect(startNow()).toMatchObject({
      enabled: false,
      label: "Start a window now (today's 20-minute budget is used up)",
    });
    expect(service.status.get().startNow.reason).toBe("Today's 20-minute budget is used up.");
    await expect(activateTrayItem('start-now', host, service)).rejects.toThrow(
      "Today's 20-minute budget is used up.",
    );
    await expect(service.windows.startNow(30)).rejects.toThrow('budget is used up');
    expect(store.read().boundaries.runtime.startedNowUntil ?? null).toBeNull();
    expect(service.status.get()).toMatchObject({ state: 'off', access: { open: false } });
    expect(tray.current().tooltip).not.toContain('Open');
    await settle();
    await wellbeing.flush();
    expect(store.read().sessions.flatMap((s) => s.overrides.map((o) => o.kind))).not.toContain(
      'start-now',
    );
    await close();
  });

  it('firm: the next day the budget is fresh and "Start a window now" opens the workspace', async () => {
    const { clock, service, startNow, close } = await overBudget('firm');
    clock.set('2026-03-03T09:00:00Z');
    service.status.recompute(); // what the host does on resume; no timer is armed overnight
    expect(startNow()).toMatchObject({ enabled: true, label: 'Start a window now' });
    const status = await service.windows.startNow(30);
    expect(status).toMatchObject({
      state: 'open',
      access: { open: true },
      statusLine: 'Open, 30 min left',
    });
    await close();
  });

  it('gentle: it does what it says (gentle never locks), with its own label, and is recorded', async () => {
    const { clock, service, startNow, store, wellbeing, close } = await overBudget('gentle');
    clock.set('2026-03-02T15:00:00Z');
    expect(startNow()).toMatchObject({ enabled: true, label: 'Start a window now, over budget' });
    const status = await service.windows.startNow(30);
    expect(status).toMatchObject({ state: 'open', access: { open: true, reason: 'gentle' } });
    clock.set('2026-03-02T15:31:00Z');
    await wellbeing.settled();
    const now = store.read().sessions.find((s) => s.kind === 'now');
    expect(now?.overrides.map((o) => o.kind)).toEqual(['start-now']);
    await close();
  });
});
