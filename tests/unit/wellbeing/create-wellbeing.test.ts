import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../fixtures/manual-clock';
import { wellbeingHarness } from '../../fixtures/wellbeing-harness';
import { tempDir } from '../temp-dir';

const MIN = 60_000;

async function setup() {
  const clock = new ManualClock('2026-03-02T11:00:00Z'); // Monday, UTC
  const h = await wellbeingHarness({
    dir: tempDir(),
    clock,
    windows: [{ id: 'w', days: [1, 4], start: '12:00', end: '12:45' }],
  });
  const kinds = () => h.notifications.list().map((x) => x.kind);
  const network = async (day: string) => {
    clock.set(`2026-03-${day}T12:00:00Z`);
    h.service.status.setWorkspaceFocus(true);
    clock.advance(20 * MIN);
    h.service.status.setWorkspaceFocus(false);
    clock.set(`2026-03-${day}T12:50:00Z`);
    await h.settle();
  };
  return { ...h, clock, kinds, network };
}

describe('createWellbeing', () => {
  it('raises the weekly review once, as the week’s last window closes, in a week with networking', async () => {
    const { wellbeing, kinds, network, clock, service, close } = await setup();
    await network('02');
    expect(kinds()).not.toContain('weekly-review');
    await network('05'); // Thursday: the last window of the week
    expect(kinds().filter((k) => k === 'weekly-review')).toEqual(['weekly-review']);
    clock.advance(5 * MIN);
    service.status.recompute();
    expect(kinds().filter((k) => k === 'weekly-review')).toEqual(['weekly-review']);
    expect(wellbeing.review.current()).toMatchObject({
      week: '2026-03-02',
      minutes: 40,
      sessions: 2,
    });
    // A week without networking gets no review.
    clock.set('2026-03-12T12:50:00Z');
    expect(kinds().filter((k) => k === 'weekly-review')).toEqual(['weekly-review']);
    await close();
  });

  it('three chores in a row suggest shorter windows; acting on it shortens them and quiets it', async () => {
    const { wellbeing, network, settings, close } = await setup();
    for (const day of ['02', '05', '09']) {
      await network(day);
      const pending = wellbeing.checkIns.pending();
      expect(pending?.session.start).toBe(`2026-03-${day}T12:00:00.000Z`);
      await wellbeing.checkIns.checkIn({
        sessionId: pending!.session.id,
        energy: 2,
        chore: true,
        wins: pending!.prefill,
        note: '',
      });
    }
    expect(wellbeing.guidance.list().map((g) => g.id)).toEqual(['chore-streak']);
    const result = await wellbeing.guidance.actOn('chore-streak', 'shorten-windows');
    expect(result.message).toBe('Your weekly windows are now 25% shorter.');
    expect(settings.get().schedule.schedule.windows[0]).toMatchObject({
      start: '12:00',
      end: '12:35',
    });
    expect(wellbeing.guidance.list()).toEqual([]);
    await expect(wellbeing.guidance.actOn('chore-streak', 'day-off')).rejects.toThrow(
      'That suggestion no longer applies.',
    );
    await close();
  });

  it('a dismissed kind of suggestion never comes back', async () => {
    const { wellbeing, network, close } = await setup();
    for (const day of ['02', '05', '09']) {
      await network(day);
      const { session, prefill } = wellbeing.checkIns.pending()!;
      await wellbeing.checkIns.checkIn({
        sessionId: session.id,
        energy: 1,
        chore: true,
        wins: prefill,
        note: '',
      });
    }
    expect(wellbeing.guidance.dismiss('chore-streak')).toEqual([]);
    await network('12');
    const { session, prefill } = wellbeing.checkIns.pending()!;
    await wellbeing.checkIns.checkIn({
      sessionId: session.id,
      energy: 1,
      chore: true,
      wins: prefill,
      note: '',
    });
    expect(wellbeing.guidance.list()).toEqual([]);
    await close();
  });
});
