import type { BoundaryStatus, WindowInfo } from '../../../electron/shared/boundaries';
import { clockTime, weekdayTime } from '../lib/time';

/** "12:00–12:45", in the schedule's zone. */
export function windowTimes(window: WindowInfo, timeZone: string): string {
  return `${clockTime(window.start, timeZone)}–${clockTime(window.end, timeZone)}`;
}

/** "Wed 12:00–12:45 (LinkedIn)". */
export function windowSummary(window: WindowInfo, timeZone: string): string {
  const label = window.label ? ` (${window.label})` : '';
  return `${weekdayTime(window.start, timeZone)}–${clockTime(window.end, timeZone)}${label}`;
}

/** The state of the day in a few plain words, for the Today page. */
export function stateInWords(status: BoundaryStatus): string {
  const zone = status.timeZone;
  const current = status.current;
  switch (status.state) {
    case 'open':
      return current
        ? `Your networking window is open until ${clockTime(current.end, zone)}.`
        : 'Your networking window is open.';
    case 'closing':
      return current
        ? `Your networking window closes at ${clockTime(current.end, zone)}. Time to wrap up.`
        : 'Your networking window is closing. Time to wrap up.';
    case 'overtime':
      return status.overtimeUntil
        ? `You chose a little extra time, until ${clockTime(status.overtimeUntil, zone)}.`
        : 'You chose a little extra time.';
    case 'upcoming':
      return current
        ? `A networking window opens at ${clockTime(current.start, zone)}.`
        : 'A networking window opens soon.';
    case 'paused':
      return 'You are taking time off. Nothing needs you today.';
    case 'off':
      return 'No networking window is open right now. Your time is your own.';
  }
}

/** "18 of 45 min today" or "18 min today". */
export function usageToday(status: BoundaryStatus): string {
  const used = Math.floor(status.usage.todayMin);
  const budget = status.usage.dailyBudgetMin;
  return budget === null ? `${used} min today` : `${used} of ${budget} min today`;
}

/** "40 of 300 min this week" or "40 min this week". */
export function usageWeek(status: BoundaryStatus): string {
  const used = Math.floor(status.usage.weekMin);
  const budget = status.usage.weeklyBudgetMin;
  return budget === null ? `${used} min this week` : `${used} of ${budget} min this week`;
}

/** True once today's or this week's budget is used. */
export function budgetPassed(status: BoundaryStatus): boolean {
  const { todayMin, weekMin, dailyBudgetMin, weeklyBudgetMin } = status.usage;
  return (
    (dailyBudgetMin !== null && todayMin >= dailyBudgetMin) ||
    (weeklyBudgetMin !== null && weekMin >= weeklyBudgetMin)
  );
}

export const IN_WINDOW_STATES = new Set<BoundaryStatus['state']>(['open', 'closing', 'overtime']);

/** "1 unlock left today" / "2 unlocks left today". */
export function unlocksLeftText(count: number): string {
  return `${count} ${count === 1 ? 'unlock' : 'unlocks'} left today`;
}
