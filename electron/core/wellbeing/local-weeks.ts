import { formatLocalDate, localDayNum, weekdayOf } from '../schedule/zoned-time';

/**
 * Weeks as runs of local day numbers (Monday first) in the user's zone. Day numbers count
 * calendar days, so a week across a DST change is still seven days; an instant is placed by its
 * local day (localDayNum uses @date-fns/tz's offsets, as the schedule does).
 */
export const mondayOf = (dayNum: number) => dayNum - ((weekdayOf(dayNum) + 6) % 7);

export interface WeekSpan {
  /** Local day number of the first Monday. */
  first: number;
  /** Today's local day number (the last day counted). */
  today: number;
  weeks: number;
}

/** The last `weeks` weeks, the current one included, ending today. */
export function lastWeeks(timeZone: string, now: Date, weeks: number): WeekSpan {
  const today = localDayNum(timeZone, now.getTime());
  return { first: mondayOf(today) - 7 * (weeks - 1), today, weeks };
}

/** Which week of the span a local day falls in, or -1 outside it. */
export function weekIndex(span: WeekSpan, dayNum: number): number {
  if (dayNum < span.first || dayNum > span.today) return -1;
  return Math.floor((dayNum - span.first) / 7);
}

export const dateOf = formatLocalDate;
