/** Runtime choices as patches to merge into ScheduleRuntime (the caller stores them). */
import type { ScheduleRuntime } from '../../shared/schedule';
import { MINUTE_MS } from './zoned-time';

function later(now: Date, minutes: number): string {
  if (!Number.isFinite(minutes) || minutes <= 0) {
    throw new RangeError(`minutes must be a positive number, got ${minutes}`);
  }
  return new Date(now.getTime() + minutes * MINUTE_MS).toISOString();
}

/** "Start a window now" for `minutes`: an ad-hoc window, open at once. */
export function startWindowNow(
  now: Date,
  minutes: number,
): Pick<ScheduleRuntime, 'startedNowAt' | 'startedNowUntil'> {
  return { startedNowUntil: later(now, minutes), startedNowAt: now.toISOString() };
}

/** "Keep going" past the end of a window, for `minutes` from now: the state is "overtime". */
export function continueOvertime(
  now: Date,
  minutes: number,
): Pick<ScheduleRuntime, 'overtimeUntil'> {
  return { overtimeUntil: later(now, minutes) };
}

/** "Remind me later": no "upcoming" state for `minutes` from now. */
export function snoozeReminders(
  now: Date,
  minutes: number,
): Pick<ScheduleRuntime, 'snoozeRemindersUntil'> {
  return { snoozeRemindersUntil: later(now, minutes) };
}
