import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../fixtures/manual-clock';
import type { LockMode } from '../../../electron/shared/boundaries';
import { wellbeingHarness } from '../../fixtures/wellbeing-harness';
import { tempDir } from '../temp-dir';

const MIN = 60_000;

async function setup(mode: LockMode = 'firm', start = '2026-03-02T11:00:00Z') {
  const clock = new ManualClock(start); // Monday
  const h = await wellbeingHarness({
    dir: tempDir(),
    clock,
    mode,
    windows: [{ id: 'w', days: [1, 3, 5], start: '12:00', end: '12:45', label: 'Outreach' }],
  });
  const kinds = () => h.notifications.list().map((x) => x.kind);
  const sessions = async () => {
    await h.settle();
    return h.store.read().sessions;
  };
  return { ...h, clock, kinds, sessions };
}

describe('session accounting', () => {
  it('a window becomes a session with its focused minutes, and one check-in is offered', async () => {
    const { clock, service, sessions, kinds, wellbeing, close } = await setup();
    clock.set('2026-03-02T12:00:00Z');
    service.status.setWorkspaceFocus(true);
    clock.advance(30 * MIN);
    service.status.setWorkspaceFocus(false);
    clock.set('2026-03-02T12:50:00Z');
    const [session] = await sessions();
    expect(session).toMatchObject({
      id: 'window:2026-03-02T12:00:00.000Z',
      kind: 'window',
      label: 'Outreach',
      start: '2026-03-02T12:00:00.000Z',
      end: '2026-03-02T12:45:00.000Z',
      activeMin: 30,
      overrides: [],
      checkIn: 'pending',
    });
    // "Window closed" already asks how it went: no second prompt.
    expect(kinds().filter((k) => k === 'check-in' || k === 'window-closed')).toEqual([
      'window-closed',
    ]);
    expect(wellbeing.checkIns.pending()?.session.id).toBe(session!.id);
    await close();
  });

  it('idle time does not count', async () => {
    const { clock, service, machine, sessions, close } = await setup();
    clock.set('2026-03-02T12:00:00Z');
    service.status.setWorkspaceFocus(true);
    clock.advance(10 * MIN);
    machine.idle = 3600; // away from the keyboard from here on
    clock.advance(20 * MIN);
    service.status.setWorkspaceFocus(false);
    clock.set('2026-03-02T13:00:00Z');
    expect((await sessions())[0]?.activeMin).toBe(10);
    await close();
  });

  it('a sleep inside a window is not counted, and a window slept through ends when planned', async () => {
    const { clock, service, sessions, kinds, close } = await setup();
    clock.set('2026-03-02T12:00:00Z');
    service.status.setWorkspaceFocus(true);
    clock.advance(10 * MIN);
    clock.sleepUntil('2026-03-02T12:30:00Z');
    service.status.recompute(); // resume
    clock.advance(5 * MIN);
    expect(service.status.get().state).toBe('open');
    clock.sleepUntil('2026-03-02T14:00:00Z');
    service.status.recompute();
    service.status.setWorkspaceFocus(false);
    const [session] = await sessions();
    expect(session).toMatchObject({ end: '2026-03-02T12:45:00.000Z', activeMin: 15 });
    // Closed late (asleep): no "window closed" notice, so the check-in asks once itself.
    expect(kinds().filter((k) => k === 'check-in')).toEqual(['check-in']);
    await close();
  });

  it('overtime extends the session and is recorded as an override', async () => {
    const { clock, service, sessions, close } = await setup();
    clock.set('2026-03-02T12:40:00Z');
    service.status.setWorkspaceFocus(true);
    await service.windows.continueOvertime(15); // until 12:55
    clock.set('2026-03-02T12:50:00Z');
    expect(service.status.get().state).toBe('overtime');
    service.status.setWorkspaceFocus(false);
    clock.set('2026-03-02T13:30:00Z');
    const [session] = await sessions();
    expect(session).toMatchObject({
      start: '2026-03-02T12:00:00.000Z',
      end: '2026-03-02T12:55:00.000Z',
      plannedEnd: '2026-03-02T12:45:00.000Z',
      activeMin: 10,
      overrides: [{ kind: 'overtime', at: '2026-03-02T12:45:00.000Z' }],
    });
    await close();
  });

  it('an unlock is a session with its reason, and its check-in is asked once, by "unlock ended"', async () => {
    const { clock, service, sessions, kinds, wellbeing, close } = await setup('firm');
    clock.set('2026-03-02T10:00:00Z');
    await service.unlocks.unlock('Reply to Ana about the design intro');
    service.status.setWorkspaceFocus(true);
    clock.advance(4 * MIN);
    service.status.setWorkspaceFocus(false);
    clock.advance(20 * MIN);
    service.status.recompute();
    const [session] = await sessions();
    expect(session).toMatchObject({
      kind: 'unlock',
      start: '2026-03-02T10:00:00.000Z',
      end: '2026-03-02T10:10:00.000Z',
      activeMin: 4,
      overrides: [{ kind: 'unlock', reason: 'Reply to Ana about the design intro' }],
    });
    expect(kinds().filter((k) => k === 'check-in' || k === 'unlock-expired')).toEqual([
      'unlock-expired',
    ]);
    await wellbeing.checkIns.skip(session!.id);
    expect(wellbeing.checkIns.pending()).toBeNull();
    await close();
  });

  it('with "unlock ended" turned off, the check-in notification asks instead, once', async () => {
    const { clock, service, settings, kinds, close } = await setup('firm');
    const prefs = settings.get().notifications;
    settings.set({ ...settings.get(), notifications: { ...prefs, 'unlock-expired': false } });
    clock.set('2026-03-02T10:00:00Z');
    await service.unlocks.unlock('Reply to Ana about the design intro');
    clock.advance(20 * MIN);
    service.status.recompute();
    expect(kinds().filter((k) => k === 'check-in' || k === 'unlock-expired')).toEqual(['check-in']);
    await close();
  });

  it('a window started on the spot is an override', async () => {
    const { clock, service, sessions, close } = await setup('gentle');
    clock.set('2026-03-02T09:00:00Z');
    await service.windows.startNow(30);
    clock.set('2026-03-02T10:00:00Z');
    const [session] = await sessions();
    expect(session).toMatchObject({ kind: 'now', overrides: [{ kind: 'start-now' }] });
    await close();
  });
});
