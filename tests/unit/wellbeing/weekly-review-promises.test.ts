import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../fixtures/manual-clock';
import { wellbeingHarness } from '../../fixtures/wellbeing-harness';
import { tempDir } from '../temp-dir';

const MIN = 60_000;

/** Mon/Wed/Fri 12:00–12:45 in UTC; the week of Monday 2 March 2026. */
async function setup() {
  const clock = new ManualClock('2026-03-02T11:00:00Z');
  const h = await wellbeingHarness({
    dir: tempDir(),
    clock,
    windows: [{ id: 'w', days: [1, 3, 5], start: '12:00', end: '12:45' }],
  });
  const kinds = () => h.notifications.list().map((n) => n.kind);
  const network = async (day: string, minutes: number) => {
    clock.set(`2026-03-${day}T12:00:00Z`);
    h.service.status.setWorkspaceFocus(true);
    clock.advance(minutes * MIN);
    h.service.status.setWorkspaceFocus(false);
    clock.set(`2026-03-${day}T12:50:00Z`);
    await h.settle();
  };
  return { ...h, clock, kinds, network };
}

describe('the weekly review keeps its promises', () => {
  it('arrives at its moment in a week whose remaining windows were taken off', async () => {
    const { clock, service, kinds, network, close } = await setup();
    await network('02', 20);
    clock.set('2026-03-04T08:00:00Z');
    service.schedule.takeDaysOff(3, 'a holiday'); // Wednesday to Friday
    clock.set('2026-03-06T12:44:00Z');
    expect(kinds()).not.toContain('weekly-review');
    clock.set('2026-03-06T12:46:00Z'); // as Friday's window would have closed
    expect(kinds().filter((k) => k === 'weekly-review')).toEqual(['weekly-review']);
    clock.set('2026-03-07T12:00:00Z');
    expect(kinds().filter((k) => k === 'weekly-review')).toEqual(['weekly-review']);
    await close();
  });

  it('a meeting booked by phone, typed into a check-in, counts in the review and in Insights, once', async () => {
    const { wellbeing, network, close } = await setup();
    await network('02', 20);
    const pending = wellbeing.checkIns.pending()!;
    expect(pending.prefill.meetingsBooked).toBe(0);
    await wellbeing.checkIns.checkIn({
      sessionId: pending.session.id,
      energy: 4,
      chore: false,
      wins: { newContacts: 1, followUpsSent: 0, meetingsBooked: 1 },
      note: 'Booked a coffee with Ana by phone',
    });
    expect(wellbeing.review.current().wins).toEqual({
      newContacts: 1,
      followUpsSent: 0,
      meetingsBooked: 1,
    });
    const insights = wellbeing.insights.compute('4w');
    expect(insights.weeks.at(-1)!.meetingsBooked).toBe(1);
    expect(insights.totals.meetingsBooked).toBe(1);
    await close();
  });

  it('a day whose window passed unused is an offline day, in the review and in Insights', async () => {
    const { clock, wellbeing, store, network, close } = await setup();
    await network('02', 20); // Monday: networked
    await network('04', 0); // Wednesday: the window passed unused
    clock.set('2026-03-04T23:00:00Z');
    expect(store.read().sessions.map((s) => s.activeMin)).toEqual([20, 0]);
    // Monday to Wednesday: one networking day, two offline.
    expect(wellbeing.review.current().offlineDays).toBe(2);
    expect(wellbeing.insights.compute('4w').weeks.at(-1)!.offlineDays).toBe(2);
    await close();
  });
});
