import { describe, expect, it } from 'vitest';
import { budgetNotices, weeklyBudgetBody } from '../../../electron/core/boundaries/budget-notices';
import { NOW, statusOf } from './status-fixture';

describe('budgetNotices', () => {
  it('says nothing under budget or without budgets', () => {
    expect(budgetNotices(statusOf({ todayMin: 500, weekMin: 900 }), NOW)).toEqual([]);
    expect(budgetNotices(statusOf({ dailyBudgetMin: 30, todayMin: 29 }), NOW)).toEqual([]);
  });

  it('raises the daily and weekly notices, keyed by the local day and the week', () => {
    const status = statusOf({ dailyBudgetMin: 30, weeklyBudgetMin: 60, todayMin: 30, weekMin: 60 });
    expect(budgetNotices(status, NOW)).toEqual([
      expect.objectContaining({
        kind: 'budget-reached',
        key: 'budget-daily:2026-03-02',
        title: "Today's networking budget is used",
        body: '30 minutes today. The workspace is locking: time to step away.',
      }),
      expect.objectContaining({
        key: 'budget-weekly:2026-03-02',
        title: "This week's networking budget is used",
        body: weeklyBudgetBody('firm', 60),
      }),
    ]);
  });

  it('in gentle mode says that nothing is locked', () => {
    const [daily] = budgetNotices(
      statusOf({ mode: 'gentle', dailyBudgetMin: 30, todayMin: 31 }),
      NOW,
    );
    expect(daily?.body).toBe(
      '30 minutes today. Gentle mode: nothing is locked, but it might be time to step away.',
    );
    expect(weeklyBudgetBody('strict', 60)).toBe(
      '60 minutes this week. The workspace stays locked until next week.',
    );
  });
});
