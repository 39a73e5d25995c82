/**
 * Writing fields into a calendar object: a new object, or a surgical patch of the server's one in
 * which only the properties whose value changed are rewritten. Everything else (alarms, X-
 * properties, time zones, overrides, unknown properties, folds and line ends) stays byte for byte,
 * so a sync round trip loses nothing another client wrote. A recurring series that moves takes its
 * overrides and exceptions with it (move-series.ts).
 */
import { escapeText, foldLine } from '../../interchange/export/content-lines';
import { CalendarError } from './calendar-error';
import type { EventAttendee, EventFields, EventPerson } from './event-fields';
import { EVENT_STATUSES, PARTSTATS, canonicalInstant, emailKey } from './event-fields';
import type { Component, IcsDocument, Property } from './ics-lines';
import { encodeParam, masterEvent, parseIcs, prop, props } from './ics-lines';
import type { Zone } from './ics-time';
import {
  addDays,
  formatDate,
  formatDuration,
  formatUtc,
  formatWall,
  readDuration,
  zoneLookup,
} from './ics-time';
import { moveSeries } from './move-series';
import { fieldsOf, readAttendee, readPerson, readTimes } from './read-event';

export const NETWELL_PRODID = '-//Netwell//Netwell//EN';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The fields with canonical times; throws CalendarError when they cannot be written. */
export function normalizeFields(fields: EventFields): EventFields {
  const time = (value: string, what: string): string => {
    if (fields.allDay) {
      if (!ISO_DATE.test(value) || addDays(value, 0) !== value) {
        throw new CalendarError(`The ${what} of an all-day event must be a date (got "${value}").`);
      }
      return value;
    }
    const ms = Date.parse(value);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(ms)) {
      throw new CalendarError(`The ${what} must be a date and time (got "${value}").`);
    }
    return canonicalInstant(ms);
  };
  const start = time(fields.start, 'start');
  const end = time(fields.end, 'end');
  if (end < start) throw new CalendarError('The event ends before it starts.');
  if (!EVENT_STATUSES.includes(fields.status)) {
    throw new CalendarError(`"${String(fields.status)}" is not an event status.`);
  }
  if (!Number.isSafeInteger(fields.sequence) || fields.sequence < 0) {
    throw new CalendarError('The revision (SEQUENCE) must be a whole number from 0.');
  }
  for (const attendee of fields.attendees) {
    if (!PARTSTATS.includes(attendee.partstat)) {
      throw new CalendarError(`"${String(attendee.partstat)}" is not a guest's answer.`);
    }
  }
  return { ...fields, start, end };
}

const mailto = (email: string) => `mailto:${email}`;

const personParams = (person: EventPerson) =>
  person.name ? `;CN=${encodeParam(person.name)}` : '';

/**
 * A new attendee line. SCHEDULE-AGENT=CLIENT (RFC 6638 §7.1) tells a scheduling server such as
 * Nextcloud's not to email the guest: Netwell records who comes, the user sends invitations.
 */
const attendeeLine = (a: EventAttendee) =>
  `ATTENDEE${personParams(a)};PARTSTAT=${a.partstat};SCHEDULE-AGENT=CLIENT:${mailto(a.email)}`;

const organizerLine = (o: EventPerson) => `ORGANIZER${personParams(o)}:${mailto(o.email)}`;

function newObject(to: EventFields, uid: string, now: number): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${NETWELL_PRODID}`,
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${formatUtc(now)}`,
    `SEQUENCE:${to.sequence}`,
    to.allDay
      ? `DTSTART;VALUE=DATE:${formatDate(to.start)}`
      : `DTSTART:${formatUtc(Date.parse(to.start))}`,
  ];
  if (to.allDay) lines.push(`DTEND;VALUE=DATE:${formatDate(to.end)}`);
  else if (to.end !== to.start) lines.push(`DTEND:${formatUtc(Date.parse(to.end))}`);
  if (to.summary) lines.push(`SUMMARY:${escapeText(to.summary)}`);
  if (to.location) lines.push(`LOCATION:${escapeText(to.location)}`);
  if (to.description) lines.push(`DESCRIPTION:${escapeText(to.description)}`);
  lines.push(`STATUS:${to.status}`);
  if (to.organizer) lines.push(organizerLine(to.organizer));
  for (const attendee of to.attendees) lines.push(attendeeLine(attendee));
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('');
}

/** Edits to a document, as spans of its raw text. */
class Edits {
  private readonly spans: { from: number; to: number; text: string; order: number }[] = [];

  constructor(private readonly doc: IcsDocument) {}

  get count(): number {
    return this.spans.length;
  }

  private folded(lines: string[]): string {
    const text = lines.map(foldLine).join('');
    return this.doc.eol === '\r\n' ? text : text.replace(/\r\n/g, this.doc.eol);
  }

  replace(property: Property, line: string): void {
    const { from, to } = this.doc.lines[property.line]!;
    this.spans.push({ from, to, text: this.folded([line]), order: this.spans.length });
  }

  remove(property: Property): void {
    const { from, to } = this.doc.lines[property.line]!;
    this.spans.push({ from, to, text: '', order: this.spans.length });
  }

  insertAt(offset: number, lines: string[]): void {
    if (lines.length === 0) return;
    this.spans.push({
      from: offset,
      to: offset,
      text: this.folded(lines),
      order: this.spans.length,
    });
  }

  apply(): string {
    const sorted = [...this.spans].sort((a, b) => a.from - b.from || a.order - b.order);
    let out = '';
    let at = 0;
    for (const span of sorted) {
      out += this.doc.raw.slice(at, span.from) + span.text;
      at = Math.max(at, span.to);
    }
    return out + this.doc.raw.slice(at);
  }
}

/** The property rewritten: same name spelling, the given parameters set (null: removed), value. */
function rewrite(
  doc: IcsDocument,
  property: Property,
  value: string,
  set: Record<string, string | null> = {},
): string {
  const name = doc.lines[property.line]!.text.slice(0, property.name.length);
  const done = new Set<string>();
  let params = '';
  for (const p of property.params) {
    if (!(p.name in set)) params += p.raw;
    else if (!done.has(p.name)) {
      const next = set[p.name];
      if (next !== null && next !== undefined)
        params += `;${p.raw.slice(1, 1 + p.name.length)}=${next}`;
    }
    done.add(p.name);
  }
  for (const [key, next] of Object.entries(set)) {
    if (!done.has(key) && next !== null) params += `;${key}=${next}`;
  }
  return `${name}${params}:${value}`;
}

/** Where new properties go: before the event's first alarm (RFC 5545 puts properties first). */
function propertyInsertOffset(doc: IcsDocument, event: Component): number {
  const line = event.children[0]?.begin ?? event.end;
  return doc.lines[line]!.from;
}

const afterLine = (doc: IcsDocument, property: Property) => doc.lines[property.line]!.to;

/** A time written as the property it replaces was: a date, in its TZID, or in UTC. */
function timeLine(
  doc: IcsDocument,
  property: Property | undefined,
  name: string,
  value: string,
  allDay: boolean,
  zoneOf: (tzid: string | undefined) => Zone,
): string {
  if (allDay) {
    const text = formatDate(value);
    return property
      ? rewrite(doc, property, text, { VALUE: 'DATE', TZID: null })
      : `${name};VALUE=DATE:${text}`;
  }
  const ms = Date.parse(value);
  const tzid = property?.params.find((p) => p.name === 'TZID')?.values[0];
  const wasDate = property !== undefined && /^\d{8}$/.test(property.value.trim());
  if (property && tzid && !wasDate) {
    const zone = zoneOf(tzid);
    const wall = zone.toWall(ms);
    // Written in the event's zone only when that reads back as the same instant (not in a
    // repeated hour after a clock change).
    if (zone.toInstant(wall) === ms)
      return rewrite(doc, property, formatWall(wall), { VALUE: null });
  }
  const text = formatUtc(ms);
  return property ? rewrite(doc, property, text, { VALUE: null, TZID: null }) : `${name}:${text}`;
}

const sortedAttendees = (list: readonly EventAttendee[]) =>
  JSON.stringify(
    [...list]
      .map((a) => [emailKey(a.email), a.email, a.name, a.partstat])
      .sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0)),
  );

const samePerson = (a: EventPerson | null, b: EventPerson | null) =>
  a === null || b === null ? a === b : a.email === b.email && a.name === b.name;

/**
 * raw null: a new VCALENDAR with one VEVENT. Otherwise the same object with only the changed
 * fields' properties rewritten; SEQUENCE goes up when the time, status or place changed (RFC 5545
 * §3.8.7.4, RFC 5546 §2.1.4); DTSTAMP and LAST-MODIFIED become `now` only when something changed.
 */
export function patchEvent(
  raw: string | null,
  fields: EventFields,
  opts: { uid: string; now: string },
): string {
  const to = normalizeFields(fields);
  const now = Date.parse(opts.now);
  if (Number.isNaN(now)) throw new CalendarError(`"${opts.now}" is not a time.`);
  if (raw === null) return newObject(to, opts.uid, now);

  const doc = parseIcs(raw);
  const event = masterEvent(doc);
  const from = fieldsOf(doc, event);
  const edits = new Edits(doc);
  const insertOffset = propertyInsertOffset(doc, event);
  const zoneOf = zoneLookup(doc);

  for (const key of ['summary', 'location', 'description'] as const) {
    if (from[key] === to[key]) continue;
    const existing = prop(event, key.toUpperCase());
    if (!existing) edits.insertAt(insertOffset, [`${key.toUpperCase()}:${escapeText(to[key])}`]);
    else if (to[key] === '') edits.remove(existing);
    // ALTREP points at the old text (Outlook's HTML copy): it goes with it.
    else edits.replace(existing, rewrite(doc, existing, escapeText(to[key]), { ALTREP: null }));
  }

  const timeChanged = from.start !== to.start || from.end !== to.end || from.allDay !== to.allDay;
  if (timeChanged) {
    patchTimes(doc, event, from, to, edits, zoneOf);
    for (const { property, value } of moveSeries(doc, event, from, to, zoneOf))
      edits.replace(property, rewrite(doc, property, value));
  }

  if (from.status !== to.status) {
    const existing = prop(event, 'STATUS');
    if (existing) edits.replace(existing, rewrite(doc, existing, to.status));
    else edits.insertAt(insertOffset, [`STATUS:${to.status}`]);
  }

  if (!samePerson(from.organizer, to.organizer)) {
    const existing = prop(event, 'ORGANIZER');
    if (!to.organizer) {
      if (existing) edits.remove(existing);
    } else if (existing) {
      const cn = to.organizer.name ? encodeParam(to.organizer.name) : null;
      edits.replace(existing, rewrite(doc, existing, mailto(to.organizer.email), { CN: cn }));
    } else edits.insertAt(insertOffset, [organizerLine(to.organizer)]);
  }

  if (sortedAttendees(from.attendees) !== sortedAttendees(to.attendees)) {
    patchAttendees(doc, event, to.attendees, edits, insertOffset);
  }

  const significant = timeChanged || from.status !== to.status || from.location !== to.location;
  const sequence = significant && to.sequence <= from.sequence ? from.sequence + 1 : to.sequence;
  if (sequence !== from.sequence) {
    const existing = prop(event, 'SEQUENCE');
    if (existing) edits.replace(existing, rewrite(doc, existing, String(sequence)));
    else edits.insertAt(insertOffset, [`SEQUENCE:${sequence}`]);
  }

  if (edits.count === 0) return raw;
  for (const name of ['DTSTAMP', 'LAST-MODIFIED']) {
    const existing = prop(event, name);
    const stamp = formatUtc(now);
    if (existing)
      edits.replace(existing, rewrite(doc, existing, stamp, { VALUE: null, TZID: null }));
    else edits.insertAt(insertOffset, [`${name}:${stamp}`]);
  }
  return edits.apply();
}

function patchTimes(
  doc: IcsDocument,
  event: Component,
  from: EventFields,
  to: EventFields,
  edits: Edits,
  zoneOf: (tzid: string | undefined) => Zone,
): void {
  const times = readTimes(doc, event);
  const dtstart = prop(event, 'DTSTART')!;
  const kindChanged = from.allDay !== to.allDay;
  if (from.start !== to.start || kindChanged) {
    edits.replace(dtstart, timeLine(doc, dtstart, 'DTSTART', to.start, to.allDay, zoneOf));
  }
  if (times.endFrom === 'dtend') {
    if (from.end !== to.end || kindChanged) {
      const dtend = prop(event, 'DTEND')!;
      edits.replace(dtend, timeLine(doc, dtend, 'DTEND', to.end, to.allDay, zoneOf));
    }
    return;
  }
  const seconds = to.allDay
    ? (Date.parse(`${to.end}T00:00:00Z`) - Date.parse(`${to.start}T00:00:00Z`)) / 1000
    : (Date.parse(to.end) - Date.parse(to.start)) / 1000;
  if (times.endFrom === 'duration') {
    const duration = prop(event, 'DURATION')!;
    if (readDuration(duration.value) !== seconds || kindChanged) {
      edits.replace(duration, rewrite(doc, duration, formatDuration(seconds)));
    }
    return;
  }
  // No end written: the RFC's default is a day for a date, no time at all for a time.
  const defaultEnd = to.allDay ? addDays(to.start, 1) : to.start;
  if (to.end === defaultEnd) return;
  // Beside DTSTART, and in DTSTART's zone when it has one.
  const tzid = !to.allDay && !times.start.allDay ? times.start.tzid : undefined;
  if (tzid) {
    const zone = zoneOf(tzid);
    const wall = zone.toWall(Date.parse(to.end));
    if (zone.toInstant(wall) === Date.parse(to.end)) {
      edits.insertAt(afterLine(doc, dtstart), [
        `DTEND;TZID=${encodeParam(tzid)}:${formatWall(wall)}`,
      ]);
      return;
    }
  }
  edits.insertAt(afterLine(doc, dtstart), [
    timeLine(doc, undefined, 'DTEND', to.end, to.allDay, zoneOf),
  ]);
}

function patchAttendees(
  doc: IcsDocument,
  event: Component,
  attendees: readonly EventAttendee[],
  edits: Edits,
  insertOffset: number,
): void {
  const existing = new Map<string, { property: Property; attendee: EventAttendee }>();
  const lines = props(event, 'ATTENDEE');
  for (const property of lines) {
    const attendee = readAttendee(property);
    if (attendee && !existing.has(emailKey(attendee.email))) {
      existing.set(emailKey(attendee.email), { property, attendee });
    }
  }
  const wanted = new Set(attendees.map((a) => emailKey(a.email)));
  for (const property of lines) {
    const person = readPerson(property);
    if (person && !wanted.has(emailKey(person.email))) edits.remove(property);
  }
  const added: string[] = [];
  for (const attendee of attendees) {
    const found = existing.get(emailKey(attendee.email));
    if (!found) {
      added.push(attendeeLine(attendee));
      continue;
    }
    const was = found.attendee;
    if (
      was.email === attendee.email &&
      was.name === attendee.name &&
      was.partstat === attendee.partstat
    ) {
      continue;
    }
    const value = was.email === attendee.email ? found.property.value : mailto(attendee.email);
    edits.replace(
      found.property,
      rewrite(doc, found.property, value, {
        CN: attendee.name ? encodeParam(attendee.name) : null,
        PARTSTAT: attendee.partstat,
      }),
    );
  }
  const last = lines.at(-1);
  edits.insertAt(last ? afterLine(doc, last) : insertOffset, added);
}
