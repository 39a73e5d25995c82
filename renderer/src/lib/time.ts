/**
 * Times as Netwell shows them: 24-hour clock, in the schedule's time zone (which may differ from
 * the computer's), so the week view says what the host's schedule means.
 */
import { TZDate } from '@date-fns/tz';

export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;
export const WEEKDAY_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
/** The order days are offered in forms: Monday first. */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    try {
      found = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
    } catch {
      found = new Intl.DateTimeFormat('en-GB', options);
    }
    formatters.set(key, found);
  }
  return found;
}

function parts(iso: string, timeZone: string): Record<string, string> {
  const out: Record<string, string> = {};
  const format = formatter(timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  for (const part of format.formatToParts(new Date(iso))) out[part.type] = part.value;
  return out;
}

/** "12:00" in `timeZone`. */
export function clockTime(iso: string, timeZone: string): string {
  const p = parts(iso, timeZone);
  return `${p['hour']}:${p['minute']}`;
}

/** "Wed 12:00" in `timeZone`. */
export function weekdayTime(iso: string, timeZone: string): string {
  const p = parts(iso, timeZone);
  return `${p['weekday']} ${p['hour']}:${p['minute']}`;
}

/** "2026-12-02": the calendar date of an instant in `timeZone`. */
export function localDate(iso: string, timeZone: string): string {
  const p = parts(iso, timeZone);
  return `${p['year']}-${p['month']}-${p['day']}`;
}

/** "Wed 2 Dec" for a calendar date "2026-12-02" (no time zone involved). */
export function dayLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(y, m - 1, d));
  const month = utc.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  return `${WEEKDAY_SHORT[utc.getUTCDay()]} ${d} ${month}`;
}

/** "Wednesday 2 December" for a calendar date. */
export function longDayLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(y, m - 1, d));
  const month = utc.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${WEEKDAY_NAMES[utc.getUTCDay()]} ${d} ${month}`;
}

/** The instant a wall-clock date and time happen in `timeZone`, as ISO; null if not a real time. */
export function zonedInstant(date: string, time: string, timeZone: string): string | null {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dateMatch || !timeMatch) return null;
  const [, y, mo, d] = dateMatch.map(Number) as [number, number, number, number];
  const [, h, mi] = timeMatch.map(Number) as [number, number, number];
  const zoned = new TZDate(y, mo - 1, d, h, mi, timeZone);
  return Number.isNaN(zoned.getTime()) ? null : new Date(zoned.getTime()).toISOString();
}

/** The calendar date after `date`. */
export function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** "18 min", "1 h 5 min". Whole minutes, rounded down (what has really been used). */
export function minutesText(minutes: number): string {
  const whole = Math.max(0, Math.floor(minutes));
  if (whole < 60) return `${whole} min`;
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** The computer's own time zone (the renderer's), e.g. "Europe/Berlin". */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
