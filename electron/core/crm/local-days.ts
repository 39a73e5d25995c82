/**
 * Local-calendar helpers for the CRM, over the schedule's zone rules (zoned-time.ts). "Days ago"
 * counts calendar days in the user's zone, so a message last night is "yesterday" this morning.
 */
import {
  DAY_MS,
  formatLocalDate,
  instantToWallTime,
  localDayNum,
  parseLocalDate,
  startOfLocalDay,
} from '../schedule/zoned-time';

export { DAY_MS, formatLocalDate, parseLocalDate };
export const MINUTE_MS = 60_000;

const toMs = (t: Date | string | number): number =>
  typeof t === 'number' ? t : typeof t === 'string' ? Date.parse(t) : t.getTime();

/** The local day number (days since 1970-01-01 of the local calendar) of an instant. */
export const dayOf = (t: Date | string | number, tz: string): number => localDayNum(tz, toMs(t));

/** The first instant of a local day. */
export const startOfDay = (dayNum: number, tz: string): Date =>
  new Date(startOfLocalDay(tz, dayNum));

/** "HH:mm" on the local wall clock. */
export function wallClock(t: Date | string | number, tz: string): string {
  const { minuteOfDay } = instantToWallTime(tz, toMs(t));
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  return `${hh}:${mm}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const WEEKDAYS = ['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed'] as const;

/** Calendar parts of a day number. */
export function partsOf(dayNum: number): { year: number; month: number; day: number } {
  const d = new Date(dayNum * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate() };
}

/** "March" this year, "March 2025" otherwise. */
export function monthName(dayNum: number, todayNum: number): string {
  const { year, month } = partsOf(dayNum);
  return year === partsOf(todayNum).year ? MONTHS[month]! : `${MONTHS[month]!} ${year}`;
}

/** "Fri 3 April": short enough for a notification. */
export function shortDate(dayNum: number): string {
  const { month, day } = partsOf(dayNum);
  const weekday = WEEKDAYS[((dayNum % 7) + 7) % 7]!;
  return `${weekday} ${day} ${MONTHS[month]!}`;
}

/** "today", "yesterday", "12 days ago". */
export function daysAgoText(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;
