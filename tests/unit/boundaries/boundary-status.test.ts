import { describe, expect, it } from 'vitest';
import { NOW, OFF_HOURS, statusOf } from './status-fixture';

describe('boundaryStatus', () => {
  it('describes an open window: its times, the status line, open access, the usage', () => {
    expect(statusOf({ todayMin: 12, weekMin: 40 })).toMatchObject({
      state: 'open',
      current: { start: '2026-03-02T12:00:00.000Z', end: '2026-03-02T12:45:00.000Z' },
      timeZone: 'UTC',
      statusLine: 'Open, 35 min left',
      mode: 'firm',
      access: { open: true, reason: 'window' },
      usage: { todayMin: 12, weekMin: 40, dailyBudgetMin: null, weeklyBudgetMin: null },
      snoozedUntil: null,
      overtimeUntil: null,
      idleDetection: true,
      siteBreaks: [],
    });
  });

  it('never says "open" while a used-up budget keeps the workspace locked', () => {
    const status = statusOf({ dailyBudgetMin: 30, todayMin: 30 });
    expect(status.access).toMatchObject({ open: false, reason: 'daily-budget' });
    expect(status.statusLine).not.toMatch(/^Open/);
  });

  it('keeps only what is still ahead: snooze, overtime and site breaks that have ended drop out', () => {
    const past = new Date(NOW.getTime() - 60_000).toISOString();
    const ahead = new Date(NOW.getTime() + 60_000).toISOString();
    const status = statusOf({
      ...OFF_HOURS,
      data: {
        runtime: { snoozeRemindersUntil: past, overtimeUntil: past },
        unlocks: [],
        siteBreaks: [
          { siteId: 'x', until: past },
          { siteId: 'linkedin', until: ahead },
        ],
      },
    });
    expect(status).toMatchObject({ snoozedUntil: null, overtimeUntil: null });
    expect(status.siteBreaks).toEqual([{ siteId: 'linkedin', until: ahead }]);
    expect(
      statusOf({ data: { runtime: { snoozeRemindersUntil: ahead }, unlocks: [], siteBreaks: [] } })
        .snoozedUntil,
    ).toBe(ahead);
  });
});
