/** Reading the synced fields out of a calendar object from the server. */
import { CalendarError } from './calendar-error';
import type {
  EventAttendee,
  EventFields,
  EventPerson,
  EventStatus,
  Partstat,
} from './event-fields';
import { EVENT_STATUSES, PARTSTATS } from './event-fields';
import type { Component, IcsDocument, Property } from './ics-lines';
import { masterEvent, param, parseIcs, prop, props, unescapeText, vevents } from './ics-lines';
import type { TimeValue } from './ics-time';
import { addDays, readDuration, readTime, zoneLookup } from './ics-time';

/** A calendar user address as an email: "mailto:" URIs only (urn:uuid and others are not one). */
export function mailtoEmail(value: string): string | null {
  const match = /^mailto:(.+)$/i.exec(value.trim());
  const email = match?.[1]?.trim();
  return email && !/[\s<>]/.test(email) ? email : null;
}

export function readPerson(property: Property): EventPerson | null {
  const email = mailtoEmail(property.value);
  return email ? { email, name: (param(property, 'CN') ?? '').trim() } : null;
}

export function readAttendee(property: Property): EventAttendee | null {
  const person = readPerson(property);
  if (!person) return null;
  const value = (param(property, 'PARTSTAT') ?? 'NEEDS-ACTION').trim().toUpperCase();
  // RFC 5545: an unknown PARTSTAT is read as NEEDS-ACTION.
  const partstat = (PARTSTATS as readonly string[]).includes(value)
    ? (value as Partstat)
    : 'NEEDS-ACTION';
  return { ...person, partstat };
}

const text = (event: Component, name: string): string => {
  const property = prop(event, name);
  return property ? unescapeText(property.value) : '';
};

export interface EventTimes {
  start: TimeValue;
  end: TimeValue;
  /** How the end is written: its own DTEND, a DURATION, or nothing (the RFC's default). */
  endFrom: 'dtend' | 'duration' | 'default';
}

/** DTSTART with DTEND, DURATION or the RFC 5545 §3.6.1 default (a day, or no time at all). */
export function readTimes(doc: IcsDocument, event: Component): EventTimes {
  const zoneOf = zoneLookup(doc);
  const dtstart = prop(event, 'DTSTART');
  if (!dtstart) {
    if (event.broken.includes('DTSTART')) throw new CalendarError('The start time cannot be read.');
    throw new CalendarError('The event has no start time (DTSTART).');
  }
  const start = readTime(dtstart, zoneOf);
  const dtend = prop(event, 'DTEND');
  if (dtend) {
    const end = readTime(dtend, zoneOf);
    if (end.allDay !== start.allDay) {
      throw new CalendarError(
        'The event starts and ends in different kinds of time (date and time).',
      );
    }
    // An end before the start (some clients write one) reads as no length at all.
    return { start, end: before(end, start) ? start : end, endFrom: 'dtend' };
  }
  const durationProp = prop(event, 'DURATION');
  if (durationProp) {
    const seconds = readDuration(durationProp.value);
    if (seconds === null)
      throw new CalendarError(`The duration "${durationProp.value}" cannot be read.`);
    return { start, end: shift(start, Math.max(0, seconds)), endFrom: 'duration' };
  }
  return { start, end: shift(start, start.allDay ? 86_400 : 0), endFrom: 'default' };
}

const before = (a: TimeValue, b: TimeValue): boolean =>
  a.allDay && b.allDay ? a.date < b.date : !a.allDay && !b.allDay && a.ms < b.ms;

/** A time moved by a number of seconds (whole days for a date). */
export function shift(time: TimeValue, seconds: number): TimeValue {
  if (time.allDay) {
    const date = addDays(time.date, Math.trunc(seconds / 86_400));
    return { allDay: true, date, dayMs: Date.parse(`${date}T00:00:00Z`) };
  }
  const ms = time.ms + seconds * 1000;
  const instant = new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  return { allDay: false, instant, ms, tzid: time.tzid };
}

const timeText = (time: TimeValue): string => (time.allDay ? time.date : time.instant);

export function readStatus(event: Component): EventStatus {
  const value = prop(event, 'STATUS')?.value.trim().toUpperCase() ?? '';
  // No STATUS (or a to-do's) reads as CONFIRMED: the event is on.
  return (EVENT_STATUSES as readonly string[]).includes(value)
    ? (value as EventStatus)
    : 'CONFIRMED';
}

export function readSequence(event: Component): number {
  const value = prop(event, 'SEQUENCE')?.value.trim() ?? '';
  return /^\d{1,9}$/.test(value) ? Number(value) : 0;
}

/** The master VEVENT's fields. Throws CalendarError when the object is malformed. */
export function readEventFields(raw: string): EventFields {
  const doc = parseIcs(raw);
  return fieldsOf(doc, masterEvent(doc));
}

export function fieldsOf(doc: IcsDocument, event: Component): EventFields {
  const times = readTimes(doc, event);
  const organizerProp = prop(event, 'ORGANIZER');
  return {
    summary: text(event, 'SUMMARY'),
    location: text(event, 'LOCATION'),
    description: text(event, 'DESCRIPTION'),
    start: timeText(times.start),
    end: timeText(times.end),
    allDay: times.start.allDay,
    status: readStatus(event),
    organizer: organizerProp ? readPerson(organizerProp) : null,
    attendees: props(event, 'ATTENDEE').flatMap((p) => readAttendee(p) ?? []),
    sequence: readSequence(event),
  };
}

/** The object's UID (every VEVENT of one object shares it); null when there is none to read. */
export function eventUid(raw: string): string | null {
  try {
    const doc = parseIcs(raw);
    const uid = vevents(doc)
      .map((event) => prop(event, 'UID'))
      .find((p) => p !== undefined);
    const value = uid ? unescapeText(uid.value).trim() : '';
    return value || null;
  } catch {
    return null;
  }
}
