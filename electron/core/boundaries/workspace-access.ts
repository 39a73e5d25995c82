import {
  MAX_UNLOCKS_PER_DAY,
  type LockMode,
  type Unlock,
  type WorkspaceAccess,
} from '../../shared/boundaries';
import type { ScheduleState } from '../../shared/schedule';
import { localDayNum } from '../schedule/zoned-time';
import { weekdayTime } from './format-time';

export interface AccessInput {
  result: ScheduleState;
  mode: LockMode;
  unlocks: readonly Unlock[];
  now: Date;
  timeZone: string;
  todayMin: number;
  weekMin: number;
  dailyBudgetMin: number | null;
  weeklyBudgetMin: number | null;
}

const IN_WINDOW = new Set(['open', 'closing', 'overtime']);

/** Unlocks taken on the local day of `now`. */
export function unlocksToday(unlocks: readonly Unlock[], now: Date, timeZone: string): number {
  const today = localDayNum(timeZone, now.getTime());
  return unlocks.filter((u) => localDayNum(timeZone, Date.parse(u.at)) === today).length;
}

/**
 * Pure: may the networking workspace be used right now, and what does the lock screen say?
 * gentle: never locked (budgets only remind). firm: locked outside windows and over budget, with up
 * to MAX_UNLOCKS_PER_DAY ten-minute unlocks. strict: locked until the next window, no unlock.
 */
export function workspaceAccess(input: AccessInput): WorkspaceAccess {
  const { result, mode, now, timeZone } = input;
  const used = unlocksToday(input.unlocks, now, timeZone);
  const active = input.unlocks.find(
    (u) => Date.parse(u.at) <= now.getTime() && Date.parse(u.until) > now.getTime(),
  );
  const dailyHit = input.dailyBudgetMin !== null && input.todayMin >= input.dailyBudgetMin;
  const weeklyHit = input.weeklyBudgetMin !== null && input.weekMin >= input.weeklyBudgetMin;
  const nextText = result.next
    ? `The workspace opens ${weekdayTime(result.next.start, timeZone)}`
    : null;
  const base = {
    unlocksLeftToday: mode === 'firm' ? Math.max(0, MAX_UNLOCKS_PER_DAY - used) : 0,
    unlockedUntil: null,
  };

  if (mode === 'gentle') {
    const budget = dailyHit
      ? " You have used today's budget; gentle mode only reminds you."
      : weeklyHit
        ? " You have used this week's budget; gentle mode only reminds you."
        : '';
    return {
      ...base,
      open: true,
      reason: 'gentle',
      message: `Gentle mode: the workspace is always open.${budget}`,
      canUnlock: false,
    };
  }
  const inWindow = IN_WINDOW.has(result.state);
  // A window within budget opens the workspace by itself: an unlock running into it is then
  // simply part of the window (one stretch, no "unlock ended" as the window goes on).
  if (inWindow && !dailyHit && !weeklyHit) {
    return {
      ...base,
      open: true,
      reason: 'window',
      message: 'Your networking window is open.',
      canUnlock: false,
    };
  }
  if (mode === 'firm' && active) {
    return {
      ...base,
      open: true,
      reason: 'unlocked',
      message: `Unlocked until ${weekdayTime(new Date(active.until), timeZone).slice(4)}: ${active.reason}`,
      canUnlock: false,
      unlockedUntil: active.until,
    };
  }
  const canUnlock = mode === 'firm' && used < MAX_UNLOCKS_PER_DAY;
  const after = nextText ? ` ${nextText}.` : ' No networking window is scheduled.';
  if (dailyHit || weeklyHit) {
    const which = dailyHit ? "today's" : "this week's";
    return {
      ...base,
      open: false,
      reason: dailyHit ? 'daily-budget' : 'weekly-budget',
      message: `You have used ${which} networking budget. Time to step away.${after}`,
      canUnlock,
    };
  }
  return {
    ...base,
    open: false,
    reason: result.state === 'paused' ? 'paused' : 'outside-window',
    message: `${result.state === 'paused' ? 'You are taking time off.' : 'Outside your networking windows.'}${after}`,
    canUnlock,
  };
}
