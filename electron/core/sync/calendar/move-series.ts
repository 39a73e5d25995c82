/**
 * Moving a recurring series moves all of it. A meeting the phone made repeat, then moved in
 * Netwell, gets a new DTSTART; alone, that would leave its overrides (RECURRENCE-ID) naming
 * instances that no longer exist, which calendars drop or show beside the moved ones, and its
 * exceptions (EXDATE) excluding nothing. So they follow DTSTART by the same wall-clock amount
 * (10:00 → 11:00 local stays 11:00 across a clock change), as do RDATEs and the rule's UNTIL (the
 * same number of instances), and a weekly rule on the start's own weekday moves to the new one.
 *
 * Left as they are: a rule's other day parts (every weekday, the last Sunday of the month: what a
 * move means for them is the user's to say, in their calendar), PERIOD values, and a series that
 * changes between all-day and timed.
 */
import { DAY_MS } from '../../schedule/zoned-time';
import type { EventFields } from './event-fields';
import type { Component, IcsDocument, Property } from './ics-lines';
import { param, prop, props, vevents } from './ics-lines';
import type { Wall, Zone } from './ics-time';
import {
  addDays,
  formatDate,
  formatUtc,
  formatWall,
  readTime,
  readWrittenTime,
  UTC_ZONE,
  wallDistance,
  wallPlus,
} from './ics-time';

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** A property's new value. */
export interface SeriesEdit {
  property: Property;
  value: string;
}

interface Shift {
  allDay: boolean;
  /** The series' own zone (its DTSTART's TZID; UTC for UTC and floating times). */
  zone: Zone;
  tzid: string | undefined;
  /** The move on the wall, in ms (whole days for an all-day series). */
  wallMs: number;
  /** The move in calendar days, and the weekday the series started on (0 = Sunday). */
  days: number;
  fromWeekday: number;
}

const dayNumber = (w: Wall) => Date.UTC(w.year, w.month - 1, w.day) / DAY_MS;
const weekdayOfDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`).getUTCDay();

const isSeries = (event: Component): boolean =>
  prop(event, 'RRULE') !== undefined || prop(event, 'RDATE') !== undefined;

/**
 * The edits that move the series `master` from `from.start` to `to.start` with it: its EXDATEs,
 * RDATEs, RRULE and overrides. Empty when it is not a series or the move cannot be followed.
 */
export function moveSeries(
  doc: IcsDocument,
  master: Component,
  from: Pick<EventFields, 'start' | 'allDay'>,
  to: Pick<EventFields, 'start' | 'allDay'>,
  zoneOf: (tzid: string | undefined) => Zone,
): SeriesEdit[] {
  if (!isSeries(master) || from.allDay !== to.allDay || from.start === to.start) return [];
  const shift = shiftOf(master, from.start, to.start, zoneOf);
  if (!shift) return [];
  const edits: SeriesEdit[] = [];
  const edit = (property: Property, value: string | null) => {
    if (value !== null && value !== property.value) edits.push({ property, value });
  };
  for (const property of [...props(master, 'EXDATE'), ...props(master, 'RDATE')])
    edit(property, shiftList(property, shift, zoneOf));
  for (const rule of props(master, 'RRULE')) edit(rule, shiftRule(rule.value, shift, zoneOf));

  for (const override of vevents(doc)) {
    const recurrenceId = override === master ? undefined : prop(override, 'RECURRENCE-ID');
    if (!recurrenceId) continue;
    edit(recurrenceId, shiftList(recurrenceId, shift, zoneOf));
    // An instance changed in other ways than its time sits at the series' time: it moves too.
    // One moved on its own keeps its own time.
    const start = prop(override, 'DTSTART');
    if (start && sameTime(start, recurrenceId, zoneOf)) {
      edit(start, shiftList(start, shift, zoneOf));
      const end = prop(override, 'DTEND');
      if (end) edit(end, shiftList(end, shift, zoneOf));
    }
  }
  return edits;
}

function shiftOf(
  master: Component,
  fromStart: string,
  toStart: string,
  zoneOf: (tzid: string | undefined) => Zone,
): Shift | null {
  const dtstart = prop(master, 'DTSTART');
  if (!dtstart) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(fromStart)) {
    const days = Math.round((Date.parse(toStart) - Date.parse(fromStart)) / DAY_MS);
    return {
      allDay: true,
      zone: UTC_ZONE,
      tzid: undefined,
      wallMs: days * DAY_MS,
      days,
      fromWeekday: weekdayOfDate(fromStart),
    };
  }
  const written = readWrittenTime(dtstart.value);
  const tzid = written && 'wall' in written && !written.utc ? param(dtstart, 'TZID') : undefined;
  const zone = zoneOf(tzid);
  const fromWall = zone.toWall(Date.parse(fromStart));
  const toWall = zone.toWall(Date.parse(toStart));
  return {
    allDay: false,
    zone,
    tzid,
    wallMs: wallDistance(fromWall, toWall),
    days: dayNumber(toWall) - dayNumber(fromWall),
    fromWeekday: new Date(Date.UTC(fromWall.year, fromWall.month - 1, fromWall.day)).getUTCDay(),
  };
}

/** One value moved, written the way it was (a date, UTC, in its TZID, or floating). */
function shiftValue(
  text: string,
  tzid: string | undefined,
  shift: Shift,
  zoneOf: (tzid: string | undefined) => Zone,
): string | null {
  const value = readWrittenTime(text);
  if (!value) return null;
  if ('date' in value) return formatDate(addDays(value.date, shift.days));
  const { wall, utc } = value;
  // Any time of an all-day series, and a time in the series' own zone or floating, moves on the
  // wall.
  if (shift.allDay || (!utc && (!tzid || tzid === shift.tzid)))
    return `${formatWall(wallPlus(wall, shift.wallMs))}${utc ? 'Z' : ''}`;
  // Another zone, or UTC: moved as the series' own clock moves, then written back in its own.
  const own = utc ? UTC_ZONE : zoneOf(tzid);
  const instant = own.toInstant(wall);
  const moved = shift.zone.toInstant(wallPlus(shift.zone.toWall(instant), shift.wallMs));
  return utc ? formatUtc(moved) : formatWall(own.toWall(moved));
}

/** A property's comma-separated values moved; null when one of them cannot be (a PERIOD). */
function shiftList(
  property: Property,
  shift: Shift,
  zoneOf: (tzid: string | undefined) => Zone,
): string | null {
  const tzid = param(property, 'TZID');
  const moved = property.value.split(',').map((v) => shiftValue(v, tzid, shift, zoneOf));
  return moved.every((v): v is string => v !== null) ? moved.join(',') : null;
}

function shiftRule(
  rule: string,
  shift: Shift,
  zoneOf: (tzid: string | undefined) => Zone,
): string | null {
  const parts = rule.split(';');
  const freq = parts
    .find((p) => /^FREQ=/i.test(p))
    ?.slice(5)
    .toUpperCase();
  const out = parts.map((part) => {
    const [key = '', value = ''] = part.split('=', 2);
    const name = key.toUpperCase();
    if (name === 'UNTIL') {
      const until = shiftValue(value, undefined, shift, zoneOf);
      return until === null ? part : `${key}=${until}`;
    }
    // "Every week on Tuesday" from a Tuesday, moved to a Wednesday: every week on Wednesday.
    if (name === 'BYDAY' && freq === 'WEEKLY' && shift.days % 7 !== 0) {
      const day = value.trim().toUpperCase();
      if (day === WEEKDAYS[shift.fromWeekday]) {
        const next = (((shift.fromWeekday + shift.days) % 7) + 7) % 7;
        return `${key}=${WEEKDAYS[next]}`;
      }
    }
    return part;
  });
  return out.join(';');
}

function sameTime(a: Property, b: Property, zoneOf: (tzid: string | undefined) => Zone): boolean {
  try {
    const x = readTime(a, zoneOf);
    const y = readTime(b, zoneOf);
    return x.allDay ? y.allDay && x.date === y.date : !y.allDay && x.ms === y.ms;
  } catch {
    return false;
  }
}
