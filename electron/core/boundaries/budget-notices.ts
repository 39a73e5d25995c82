import { MAX_UNLOCKS_PER_DAY, UNLOCK_MINUTES, type BoundaryStatus } from '../../shared/boundaries';
import type { PlannedNotification } from '../notifications/notification-ledger';
import { formatLocalDate, localDayNum } from '../schedule/zoned-time';
import { weekKey } from './usage-ledger';

/** The weekly budget's notice says what the lock mode does, no more: firm still allows unlocks. */
export function weeklyBudgetBody(mode: BoundaryStatus['mode'], minutes: number): string {
  switch (mode) {
    case 'gentle':
      return `${minutes} minutes this week. Gentle mode: nothing is locked.`;
    case 'firm':
      return `${minutes} minutes this week. Your windows stay locked until next week; you can still unlock the workspace for ${UNLOCK_MINUTES} minutes by writing down why, up to ${MAX_UNLOCKS_PER_DAY} times a day.`;
    case 'strict':
      return `${minutes} minutes this week. The workspace stays locked until next week.`;
  }
}

/** Pure: the notices a used-up budget raises (keyed per day and per week, so once each). */
export function budgetNotices(status: BoundaryStatus, now: Date): PlannedNotification[] {
  const { todayMin, weekMin, dailyBudgetMin, weeklyBudgetMin } = status.usage;
  const locks = status.mode !== 'gentle';
  const out: PlannedNotification[] = [];
  if (dailyBudgetMin !== null && todayMin >= dailyBudgetMin) {
    out.push({
      kind: 'budget-reached',
      key: `budget-daily:${formatLocalDate(localDayNum(status.timeZone, now.getTime()))}`,
      title: "Today's networking budget is used",
      body: locks
        ? `${dailyBudgetMin} minutes today. The workspace is locking: time to step away.`
        : `${dailyBudgetMin} minutes today. Gentle mode: nothing is locked, but it might be time to step away.`,
      route: 'workspace',
    });
  }
  if (weeklyBudgetMin !== null && weekMin >= weeklyBudgetMin) {
    out.push({
      kind: 'budget-reached',
      key: `budget-weekly:${weekKey(now, status.timeZone)}`,
      title: "This week's networking budget is used",
      body: weeklyBudgetBody(status.mode, weeklyBudgetMin),
      route: 'workspace',
    });
  }
  return out;
}
