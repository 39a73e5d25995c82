import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../fixtures/manual-clock';
import { boundariesHarness } from '../../fixtures/boundaries-harness';
import { tempDir } from '../temp-dir';

async function setup() {
  const clock = new ManualClock('2026-03-02T08:00:00Z'); // Monday
  return boundariesHarness({
    dir: tempDir(),
    clock,
    windows: [{ id: 'w', days: [1, 3], start: '12:00', end: '12:45' }],
  });
}

describe('ScheduleService', () => {
  it("lists the week's days and windows, with days off and extra windows", async () => {
    const { service, close } = await setup();
    const { schedule } = service;
    schedule.takeDaysOff(1, 'conference');
    schedule.addExtraWindow({ start: '2026-03-03T18:00:00.000Z', end: '2026-03-03T18:30:00.000Z' });
    const week = schedule.week({ days: 3 });
    expect(week.days.map((d) => [d.date, d.dayOff])).toEqual([
      ['2026-03-02', 'conference'],
      ['2026-03-03', null],
      ['2026-03-04', null],
    ]);
    expect(week.windows.map((w) => [w.start, w.source])).toEqual([
      ['2026-03-03T18:00:00.000Z', 'extra'],
      ['2026-03-04T12:00:00.000Z', 'weekly'],
    ]);
    await close();
  });

  it('removes an exception, and says so when it is already gone', async () => {
    const { service, close } = await setup();
    const { schedule } = service;
    schedule.takeDaysOff(1);
    const [dayOff] = schedule.get().exceptions.daysOff;
    expect(service.status.get().state).toBe('paused');
    schedule.removeException(dayOff?.id ?? '');
    expect(schedule.get().exceptions.daysOff).toEqual([]);
    expect(() => schedule.removeException(dayOff?.id ?? '')).toThrow(
      'That exception no longer exists.',
    );
    await close();
  });

  it('refuses a schedule that is not valid, saying the first problem and how many more', async () => {
    const { service, close } = await setup();
    expect(() =>
      service.schedule.save({
        schedule: {
          timeZone: 'UTC',
          windows: [{ id: 'x', days: [], start: '25:00', end: '10:00' }],
        },
      }),
    ).toThrow(/\(and \d+ more\)$/);
    await close();
  });
});
