import { describe, expect, it } from 'vitest';
import type { BoundaryStatus } from '../../../../electron/shared/boundaries';
import {
  budgetPassed,
  stateInWords,
  unlocksLeftText,
  usageToday,
  usageWeek,
  windowSummary,
  windowTimes,
} from '../../../../renderer/src/app/boundaryText';

const TZ = 'Europe/London';
const window = {
  start: '2026-12-02T12:00:00.000Z',
  end: '2026-12-02T12:45:00.000Z',
  source: 'weekly' as const,
};
const status = (over: Partial<BoundaryStatus> = {}): BoundaryStatus => ({
  state: 'off',
  timeZone: TZ,
  statusLine: '',
  mode: 'firm',
  access: {
    open: false,
    reason: 'outside-window',
    message: '',
    canUnlock: true,
    unlocksLeftToday: 2,
    unlockedUntil: null,
  },
  usage: { todayMin: 18.7, weekMin: 40.2, dailyBudgetMin: 45, weeklyBudgetMin: null },
  snoozedUntil: null,
  overtimeUntil: null,
  idleDetection: true,
  siteBreaks: [],
  startNow: { shown: true, enabled: true, label: 'Start a window now', reason: null },
  ...over,
});

describe('a networking window in words', () => {
  it('is its times in the schedule’s zone, with the day and label when summed up', () => {
    expect(windowTimes(window, TZ)).toBe('12:00–12:45');
    expect(windowTimes(window, 'Europe/Lisbon')).toBe('12:00–12:45');
    expect(windowTimes(window, 'Europe/Berlin')).toBe('13:00–13:45');
    expect(windowSummary({ ...window, label: 'LinkedIn' }, TZ)).toBe('Wed 12:00–12:45 (LinkedIn)');
    expect(windowSummary(window, TZ)).toBe('Wed 12:00–12:45');
  });
});

describe('the state of the day in words', () => {
  it('says when the window ends, or just that it is open', () => {
    expect(stateInWords(status({ state: 'open', current: window }))).toBe(
      'Your networking window is open until 12:45.',
    );
    expect(stateInWords(status({ state: 'open' }))).toBe('Your networking window is open.');
  });

  it('has words for every state', () => {
    expect(stateInWords(status({ state: 'closing', current: window }))).toBe(
      'Your networking window closes at 12:45. Time to wrap up.',
    );
    expect(stateInWords(status({ state: 'overtime', overtimeUntil: window.end }))).toBe(
      'You chose a little extra time, until 12:45.',
    );
    expect(stateInWords(status({ state: 'upcoming', current: window }))).toBe(
      'A networking window opens at 12:00.',
    );
    expect(stateInWords(status({ state: 'paused' }))).toBe(
      'You are taking time off. Nothing needs you today.',
    );
    expect(stateInWords(status())).toBe(
      'No networking window is open right now. Your time is your own.',
    );
  });
});

describe('usage and budgets in words', () => {
  it('counts whole minutes, of the budget when there is one', () => {
    expect(usageToday(status())).toBe('18 of 45 min today');
    expect(usageWeek(status())).toBe('40 min this week');
  });

  it('a budget is passed once used, today’s or this week’s', () => {
    expect(budgetPassed(status())).toBe(false);
    const used = (todayMin: number, weekMin: number) =>
      budgetPassed(
        status({ usage: { todayMin, weekMin, dailyBudgetMin: 45, weeklyBudgetMin: 300 } }),
      );
    expect(used(45, 100)).toBe(true);
    expect(used(10, 300)).toBe(true);
    expect(used(44.9, 299.9)).toBe(false);
  });

  it('unlocks left, one or more', () => {
    expect(unlocksLeftText(1)).toBe('1 unlock left today');
    expect(unlocksLeftText(0)).toBe('0 unlocks left today');
    expect(unlocksLeftText(2)).toBe('2 unlocks left today');
  });
});
