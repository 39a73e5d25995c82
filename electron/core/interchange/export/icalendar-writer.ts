import ICAL from 'ical.js';
import type { CrmContact } from '../../../shared/crm/contact-crm-fields';
import type { Meeting } from '../../../shared/crm/meeting';
import type { Invitation, NetworkEvent } from '../../../shared/crm/networking-event';
import { toPartstat } from '../../crm/events/invitation-partstat';

/** Something to put in a calendar: a meeting or an event, with its guests. */
export type CalendarItem =
  | { kind: 'meeting'; meeting: Meeting & { uid: string } }
  | { kind: 'event'; event: NetworkEvent & { uid: string }; invitations: readonly Invitation[] };

const KIND_LABELS: Record<Meeting['kind'], string> = {
  coffee: 'Coffee',
  lunch: 'Lunch',
  call: 'Call',
  visit: 'Visit',
  walk: 'Walk',
};

const EVENT_KIND_LABELS: Record<NetworkEvent['kind'], string> = {
  'trade-show': 'Trade show',
  meetup: 'Meetup',
  conference: 'Conference',
  dinner: 'Dinner',
  webinar: 'Webinar',
};

/** "Coffee with Ana and Ben" (the meeting card's title) from the guests' names. */
export function meetingTitle(kind: Meeting['kind'], names: readonly string[]): string {
  const who =
    names.length <= 1
      ? (names[0] ?? 'someone')
      : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${KIND_LABELS[kind]} with ${who}`;
}

/** "Coffee with Ana and Ben" (the meeting card's title). */
export function meetingSummary(
  meeting: Meeting,
  contacts: ReadonlyMap<string, CrmContact>,
): string {
  return meetingTitle(
    meeting.kind,
    meeting.contactIds.map((id) => contacts.get(id)?.name ?? 'someone'),
  );
}

const utc = (instant: string | Date) =>
  ICAL.Time.fromJSDate(typeof instant === 'string' ? new Date(instant) : instant, true);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An ATTENDEE's address must be a URI: their first email, else the contact's id as a urn:uuid
 * (a name alone is not an address). Null when neither exists.
 */
function attendeeAddress(contact: CrmContact): string | null {
  if (contact.emails[0]) return `mailto:${contact.emails[0]}`;
  return UUID.test(contact.id) ? `urn:uuid:${contact.id.toLowerCase()}` : null;
}

function addAttendee(vevent: ICAL.Component, contact: CrmContact, partstat: string): void {
  const address = attendeeAddress(contact);
  if (!address) return;
  const property = new ICAL.Property('attendee');
  // RFC 5545 allows no DQUOTE inside a parameter value; ical.js quotes values with , ; or :.
  property.setParameter('cn', contact.name.replace(/"/g, "'"));
  property.setParameter('role', 'REQ-PARTICIPANT');
  property.setParameter('partstat', partstat);
  property.setValue(address);
  vevent.addProperty(property);
}

function addText(vevent: ICAL.Component, name: string, value: string): void {
  if (value) vevent.addPropertyWithValue(name, value);
}

/** STATUS from the meeting's state (RFC 5545 §3.8.1.11 VEVENT values). */
export const MEETING_STATUS = {
  proposed: 'TENTATIVE',
  rescheduled: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  done: 'CONFIRMED',
  cancelled: 'CANCELLED',
} as const satisfies Record<Meeting['status'], string>;

function meetingEvent(
  meeting: Meeting & { uid: string },
  contacts: ReadonlyMap<string, CrmContact>,
  now: Date,
): ICAL.Component {
  const vevent = new ICAL.Component('vevent');
  vevent.addPropertyWithValue('uid', meeting.uid);
  vevent.addPropertyWithValue('dtstamp', utc(now));
  vevent.addPropertyWithValue('sequence', meeting.sequence ?? 0);
  vevent.addPropertyWithValue('created', utc(meeting.createdAt));
  vevent.addPropertyWithValue('dtstart', utc(meeting.start));
  vevent.addPropertyWithValue(
    'dtend',
    utc(new Date(Date.parse(meeting.start) + meeting.durationMin * 60_000)),
  );
  vevent.addPropertyWithValue('summary', meetingSummary(meeting, contacts));
  addText(vevent, 'location', meeting.place);
  addText(vevent, 'description', meeting.agenda);
  vevent.addPropertyWithValue('status', MEETING_STATUS[meeting.status]);
  // A meeting has no RSVP of its own: agreed means everyone accepted.
  const agreed = meeting.status === 'confirmed' || meeting.status === 'done';
  for (const id of meeting.contactIds) {
    const contact = contacts.get(id);
    if (contact) addAttendee(vevent, contact, agreed ? 'ACCEPTED' : 'NEEDS-ACTION');
  }
  return vevent;
}

function networkEvent(
  event: NetworkEvent & { uid: string },
  invitations: readonly Invitation[],
  contacts: ReadonlyMap<string, CrmContact>,
  now: Date,
): ICAL.Component {
  const vevent = new ICAL.Component('vevent');
  vevent.addPropertyWithValue('uid', event.uid);
  vevent.addPropertyWithValue('dtstamp', utc(now));
  vevent.addPropertyWithValue('sequence', event.sequence ?? 0);
  vevent.addPropertyWithValue('dtstart', utc(event.start));
  vevent.addPropertyWithValue('dtend', utc(event.end));
  vevent.addPropertyWithValue('summary', event.name);
  addText(vevent, 'location', [event.place, event.city].filter(Boolean).join(', '));
  addText(vevent, 'description', event.notes);
  if (event.link) vevent.addPropertyWithValue('url', event.link);
  vevent.addPropertyWithValue('categories', EVENT_KIND_LABELS[event.kind]);
  // The user's own answer: going is confirmed for them, maybe is tentative.
  if (event.myStatus === 'going') vevent.addPropertyWithValue('status', 'CONFIRMED');
  if (event.myStatus === 'maybe') vevent.addPropertyWithValue('status', 'TENTATIVE');
  for (const invitation of invitations) {
    const contact = contacts.get(invitation.contactId);
    if (contact) addAttendee(vevent, contact, toPartstat(invitation.status));
  }
  return vevent;
}

/**
 * An iCalendar object (RFC 5545) with one VEVENT per item, every time in UTC (so no VTIMEZONE is
 * needed and no calendar shifts anything). It has no METHOD: with METHOD:PUBLISH, RFC 5546 forbids
 * ATTENDEE lines, and the guest list with each answer is worth keeping; a file without METHOD is a
 * plain calendar snapshot that every calendar app imports.
 */
export function calendarToIcs(
  items: readonly CalendarItem[],
  contacts: readonly CrmContact[],
  now: Date,
): string {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', '-//Netwell//Netwell//EN');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  for (const item of items) {
    calendar.addSubcomponent(
      item.kind === 'meeting'
        ? meetingEvent(item.meeting, byId, now)
        : networkEvent(item.event, item.invitations, byId, now),
    );
  }
  // ical.js folds at 75 octets; it ends lines with CRLF but not the last one.
  return `${calendar.toString()}\r\n`;
}
