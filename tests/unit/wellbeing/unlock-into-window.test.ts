import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../fixtures/manual-clock';
import type { LockMode } from '../../../electron/shared/boundaries';
import { wellbeingHarness } from '../../fixtures/wellbeing-harness';
import { tempDir } from '../temp-dir';

const MIN = 60_000;

async function setup(mode: LockMode = 'firm', start = '2026-03-02T11:55:00Z') {
  const clock = new ManualClock(start); // Monday, UTC
  const h = await wellbeingHarness({
    dir: tempDir(),
    clock,
    mode,
    windows: [{ id: 'w', days: [1, 3, 5], start: '12:00', end: '12:45', label: 'Outreach' }],
  });
  const kinds = () => h.notifications.list().map((n) => n.kind);
  let changes = 0;
  h.bus.subscribe((name) => {
    if (name === 'wellbeing.changed') changes += 1;
  });
  return { ...h, clock, kinds, changes: () => changes };
}

describe('an unlock that runs into a window', () => {
  it('is one stretch with the window: nothing asks as the window opens, one check-in at its end', async () => {
    const { clock, service, wellbeing, kinds, changes, store, settle, close } = await setup();
    await service.unlocks.unlock('Answer Ana before the window');
    service.status.setWorkspaceFocus(true);
    clock.set('2026-03-02T12:01:00Z'); // the window opened during the unlock
    await settle();
    expect(changes()).toBe(0); // no session was recorded, so no dialog pops
    expect(wellbeing.checkIns.pending()).toBeNull();
    expect(kinds()).not.toContain('check-in');
    clock.set('2026-03-02T12:06:00Z'); // the unlock's own end passes inside the window
    expect(kinds()).not.toContain('unlock-expired');
    expect(service.status.get().access).toMatchObject({ open: true, reason: 'window' });
    service.status.setWorkspaceFocus(false);
    clock.set('2026-03-02T12:46:00Z');
    await settle();
    const sessions = store.read().sessions;
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({
      kind: 'window',
      label: 'Outreach',
      start: '2026-03-02T11:55:00.000Z',
      end: '2026-03-02T12:45:00.000Z',
      overrides: [{ kind: 'unlock', reason: 'Answer Ana before the window' }],
      checkIn: 'pending',
    });
    expect(sessions[0]!.activeMin).toBeCloseTo(11, 5);
    expect(
      kinds().filter((k) => ['window-closed', 'unlock-expired', 'check-in'].includes(k)),
    ).toEqual(['window-closed']);
    await close();
  });

  it('an unlock that ended long before a window is its own session, asked about at its end', async () => {
    const { clock, service, kinds, store, settle, close } = await setup(
      'firm',
      '2026-03-02T10:00:00Z',
    );
    await service.unlocks.unlock('Reply to a recruiter now');
    clock.set('2026-03-02T10:11:00Z');
    clock.set('2026-03-02T12:46:00Z');
    await settle();
    expect(store.read().sessions.map((s) => s.kind)).toEqual(['unlock', 'window']);
    expect(
      kinds().filter((k) => ['window-closed', 'unlock-expired', 'check-in'].includes(k)),
    ).toEqual(['unlock-expired', 'window-closed']);
    await close();
  });
});

describe('the weekly budget notice says what the mode does', () => {
  it.each([
    ['firm', 'you can still unlock the workspace for 10 minutes by writing down why'],
    ['strict', 'The workspace stays locked until next week.'],
    ['gentle', 'Gentle mode: nothing is locked.'],
  ] as const)('%s', async (mode, words) => {
    const { clock, service, settings, notifications, close } = await setup(
      mode,
      '2026-03-02T11:59:00Z',
    );
    settings.set({
      ...settings.get(),
      boundaries: { ...settings.get().boundaries, weeklyBudgetMin: 20 },
    });
    service.status.recompute();
    clock.set('2026-03-02T12:00:00Z');
    service.status.setWorkspaceFocus(true);
    clock.advance(21 * MIN);
    const notice = notifications
      .list()
      .find((n) => n.title === "This week's networking budget is used");
    expect(notice?.body).toContain(words);
    if (mode === 'firm') {
      expect(notice?.body).not.toContain('The workspace stays locked until next week');
      expect(service.status.get().access).toMatchObject({ open: false, canUnlock: true });
    }
    await close();
  });
});
