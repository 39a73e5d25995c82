/** "Take today off" / "take N days off": day-off exceptions made from now, in the schedule's zone. */
import type { DayOff } from '../../shared/schedule';
import { formatLocalDate, localDayNum } from './zoned-time';

/** Days off from today (local date of `now` in `timeZone`) for `n` days, today included. */
export function takeDaysOff(now: Date, timeZone: string, n: number, reason?: string): DayOff {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`takeDaysOff: n must be a whole number of days ≥ 1, got ${n}`);
  }
  const today = localDayNum(timeZone, now.getTime());
  const from = formatLocalDate(today);
  const to = formatLocalDate(today + n - 1);
  const dayOff: DayOff = { id: from === to ? `off-${from}` : `off-${from}-${to}`, from, to };
  const trimmed = reason?.trim();
  if (trimmed) dayOff.reason = trimmed;
  return dayOff;
}

/** Today off: windows that start today (local date) do not happen; the state becomes "paused". */
export function takeTodayOff(now: Date, timeZone: string, reason?: string): DayOff {
  return takeDaysOff(now, timeZone, 1, reason);
}
