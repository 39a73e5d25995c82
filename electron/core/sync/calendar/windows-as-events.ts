/**
 * The weekly networking windows as recurring events, so the phone shows when the user has chosen
 * to network: one calendar object per window, a weekly RRULE in the schedule's zone (with its
 * VTIMEZONE, so every client keeps 12:00 at 12:00 across a clock change) and the days off as
 * EXDATEs; and the one-off extra windows as single events. The objects depend only on the schedule and the year of `now`, so they stay
 * byte-identical while the schedule does and the engine can compare texts to know what to PUT.
 */
import type { ScheduleSettings, WeeklyWindow } from '../../../shared/schedule';
import { escapeText, foldLine } from '../../interchange/export/content-lines';
import {
  DAY_MS,
  formatLocalDate,
  isKnownTimeZone,
  localDayNum,
  parseLocalDate,
  parseWallTime,
  weekdayOf,
} from '../../schedule/zoned-time';
import { CalendarError } from './calendar-error';
import { NETWELL_PRODID } from './patch-event';
import { vtimezoneLines } from './vtimezone';

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** How many years of the zone's changes the VTIMEZONE looks at (its rules recur beyond them). */
const ZONE_YEARS_AHEAD = 10;

export const WINDOW_SUMMARY = 'Networking window';

/** A stable UID from the window's id (any character that could trouble a file name encoded). */
export const windowUid = (windowId: string): string =>
  `netwell-window-${encodeURIComponent(windowId).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;

/** An extra (one-off) window's UID: its own prefix, so it never meets a weekly window's. */
export const extraWindowUid = (windowId: string): string =>
  windowUid(windowId).replace(/^netwell-window-/, 'netwell-extra-window-');

/** "20260105T120000": a local day and a minute of the day. */
const wallText = (dayNum: number, minuteOfDay: number) =>
  `${formatLocalDate(dayNum).replace(/-/g, '')}T${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}${String(minuteOfDay % 60).padStart(2, '0')}00`;

function windowEvent(
  window: WeeklyWindow,
  zone: string,
  anchorDay: number,
  offDays: readonly number[],
  stamp: string,
): string[] | null {
  const startMin = parseWallTime(window.start);
  const endMin = parseWallTime(window.end);
  const days = [...new Set(window.days)].sort((a, b) => a - b);
  if (startMin === endMin || days.length === 0) return null;
  // The series starts on the first of its weekdays from the anchor.
  let first = anchorDay;
  while (!days.includes(weekdayOf(first))) first++;
  const endDay = endMin < startMin ? first + 1 : first;
  const tz = `TZID=${zone}`;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(windowUid(window.id))}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;${tz}:${wallText(first, startMin)}`,
    `DTEND;${tz}:${wallText(endDay, endMin)}`,
    `RRULE:FREQ=WEEKLY;BYDAY=${days.map((d) => BYDAY[d]).join(',')}`,
  ];
  // A day off cancels the windows that start on it (as the scheduler does).
  const excluded = offDays.filter((d) => d >= first && days.includes(weekdayOf(d)));
  if (excluded.length > 0) {
    lines.push(`EXDATE;${tz}:${excluded.map((d) => wallText(d, startMin)).join(',')}`);
  }
  lines.push(`SUMMARY:${WINDOW_SUMMARY}`);
  const label = window.label?.trim();
  if (label) lines.push(`DESCRIPTION:${escapeText(label)}`);
  // Time set aside, not time taken: it does not make the user busy to others.
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/**
 * One VCALENDAR per weekly window: UID from the window's id, RRULE:FREQ=WEEKLY;BYDAY=…,
 * DTSTART/DTEND in `zone` with its VTIMEZONE, days off (from the start of the series on) as
 * EXDATE, summary "Networking window" (the window's label as the description). The series starts
 * on the first of its days in the year of `now`, in `zone`.
 */
export function windowsAsEvents(
  settings: ScheduleSettings,
  zone: string,
  now: string,
): { uid: string; ics: string }[] {
  if (!isKnownTimeZone(zone))
    throw new CalendarError(`"${zone}" is not a time zone Netwell knows.`);
  const nowMs = Date.parse(now);
  if (Number.isNaN(nowMs)) throw new CalendarError(`"${now}" is not a time.`);
  const year = Number(formatLocalDate(localDayNum(zone, nowMs)).slice(0, 4));
  const anchorDay = Date.UTC(year, 0, 1) / DAY_MS;
  const stamp = `${year}0101T000000Z`;
  // Days off further ahead than the zone's years are not worth a line each.
  const horizon = anchorDay + 366 * ZONE_YEARS_AHEAD;
  const offDays = [
    ...new Set(
      settings.exceptions.daysOff.flatMap((off) => {
        const from = Math.max(parseLocalDate(off.from), anchorDay);
        const to = Math.min(parseLocalDate(off.to), horizon);
        return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
      }),
    ),
  ].sort((a, b) => a - b);
  const timezone = vtimezoneLines(zone, year - 1, year + ZONE_YEARS_AHEAD);
  const weekly = settings.schedule.windows.flatMap((window) => {
    const event = windowEvent(window, zone, anchorDay, offDays, stamp);
    if (!event) return [];
    const lines = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `PRODID:${NETWELL_PRODID}`,
      'CALSCALE:GREGORIAN',
      ...timezone,
      ...event,
      'END:VCALENDAR',
    ];
    return [{ uid: windowUid(window.id), ics: lines.map(foldLine).join('') }];
  });
  // One-off extra windows from this year on, at their instants (UTC: they are not wall times).
  const extras = settings.exceptions.extraWindows.flatMap((extra) => {
    const start = Date.parse(extra.start);
    const end = Date.parse(extra.end);
    if (!(end > start) || end < anchorDay * DAY_MS) return [];
    const uid = extraWindowUid(extra.id);
    const label = extra.label?.trim();
    const lines = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `PRODID:${NETWELL_PRODID}`,
      'CALSCALE:GREGORIAN',
      'BEGIN:VEVENT',
      `UID:${escapeText(uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcText(start)}`,
      `DTEND:${utcText(end)}`,
      `SUMMARY:${WINDOW_SUMMARY}`,
      ...(label ? [`DESCRIPTION:${escapeText(label)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
    ];
    return [{ uid, ics: lines.map(foldLine).join('') }];
  });
  return [...weekly, ...extras];
}

/** "20260105T120000Z". */
const utcText = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
