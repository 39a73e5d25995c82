import { describe, expect, it } from 'vitest';
import { emptyData } from '../../../electron/core/store/data-schema';
import { reviewAt, weeklyReview } from '../../../electron/core/wellbeing/weekly-review';
import type { ScheduleStateInput } from '../../../electron/shared/schedule';

const schedule: ScheduleStateInput = {
  timeZone: 'Europe/Berlin',
  schedule: {
    timeZone: 'Europe/Berlin',
    windows: [
      { id: 'a', days: [1, 3], start: '12:00', end: '12:45' },
      { id: 'b', days: [5], start: '17:00', end: '18:00', label: 'Friday wrap-up' },
    ],
    reminderLeadMin: 5,
    closingMin: 5,
  },
  exceptions: { daysOff: [], extraWindows: [] },
};

describe('weekly review', () => {
  it('is due as the week’s last window closes, or minutes before its end inside it', () => {
    const now = new Date('2026-03-10T09:00:00Z'); // Tuesday
    expect(reviewAt(schedule, now, { minutesBeforeEnd: 0 })?.toISOString()).toBe(
      '2026-03-13T17:00:00.000Z', // Fri 18:00 CET
    );
    expect(reviewAt(schedule, now, { minutesBeforeEnd: 15 })?.toISOString()).toBe(
      '2026-03-13T16:45:00.000Z',
    );
    // Never before the window starts.
    expect(reviewAt(schedule, now, { minutesBeforeEnd: 120 })?.toISOString()).toBe(
      '2026-03-13T16:00:00.000Z',
    );
    const none = { ...schedule, schedule: { ...schedule.schedule, windows: [] } };
    expect(reviewAt(none, now, { minutesBeforeEnd: 0 })).toBeNull();
  });

  it('shows time spent, offline days, the reconnect list and next week’s windows', () => {
    const data = emptyData();
    data.boundaries.usage = [
      { day: '2026-03-09', minutes: 40 },
      { day: '2026-03-11', minutes: 35 },
      { day: '2026-03-02', minutes: 50 }, // last week
    ];
    const review = weeklyReview({
      now: new Date('2026-03-13T17:00:00Z'),
      schedule,
      data,
      sessions: [],
      checkIns: [],
      reconnect: [],
      weeklyBudgetMin: 120,
      reviewTime: { minutesBeforeEnd: 0 },
    });
    expect(review).toMatchObject({
      week: '2026-03-09',
      minutes: 75,
      weeklyBudgetMin: 120,
      offlineDays: 3,
      reviewAt: '2026-03-13T17:00:00.000Z',
    });
    expect(review.nextWindows.map((w) => w.start)).toEqual([
      '2026-03-16T11:00:00.000Z',
      '2026-03-18T11:00:00.000Z',
      '2026-03-20T16:00:00.000Z',
    ]);
  });
});
