/**
 * Netwell's meetings and events ⇄ EventFields. The mappings are the export's
 * (icalendar-writer.ts, invitation-partstat.ts), so a synced object and an exported file say the
 * same thing; what Netwell cannot store (a meeting's title is made from its guests' names) is
 * Netwell's to write and is not read back.
 */
import type { Meeting } from '../../../shared/crm/meeting';
import type {
  Invitation,
  InvitationStatus,
  NetworkEvent,
} from '../../../shared/crm/networking-event';
import { importPartstat, toPartstat } from '../../crm/events/invitation-partstat';
import { canTransition } from '../../crm/meetings/meeting-status';
import { MEETING_STATUS, meetingTitle } from '../../interchange/export/icalendar-writer';
import type { EventAttendee, EventFields, EventStatus, Partstat } from './event-fields';
import { PARTSTATS, canonicalInstant, emailKey } from './event-fields';

const MINUTE_MS = 60_000;

/** Guests with an email, each once (an ATTENDEE is an address). */
function uniqueByEmail(list: EventAttendee[]): EventAttendee[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const key = emailKey(a.email);
    if (!a.email.trim() || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A meeting as event fields. `people` are its guests in order (their names make the title).
 * A meeting keeps no answers of its own: agreed means everyone accepted, as in the export. Given
 * the fields last synced (`synced`, optional), a guest's answer from the server is kept while the
 * meeting's own status has not changed since, so a decline on the phone is not overwritten by
 * Netwell's "everyone accepted".
 */
export function meetingEventFields(
  meeting: Meeting,
  people: readonly { name: string; email: string | null }[],
  owner: { name: string; email: string } | null,
  synced: EventFields | null = null,
): EventFields {
  const start = Date.parse(meeting.start);
  const status: EventStatus = MEETING_STATUS[meeting.status];
  const agreed = meeting.status === 'confirmed' || meeting.status === 'done';
  const answers =
    synced && synced.status === status
      ? new Map(synced.attendees.map((a) => [emailKey(a.email), a.partstat] as const))
      : new Map<string, Partstat>();
  return {
    summary: meetingTitle(
      meeting.kind,
      people.map((p) => p.name),
    ),
    location: meeting.place,
    description: meeting.agenda,
    start: canonicalInstant(start),
    end: canonicalInstant(start + meeting.durationMin * MINUTE_MS),
    allDay: false,
    status,
    organizer: owner?.email ? { email: owner.email, name: owner.name } : null,
    attendees: uniqueByEmail(
      people.flatMap((p) =>
        p.email
          ? [
              {
                email: p.email,
                name: p.name,
                partstat: answers.get(emailKey(p.email)) ?? (agreed ? 'ACCEPTED' : 'NEEDS-ACTION'),
              },
            ]
          : [],
      ),
    ),
    sequence: meeting.sequence ?? 0,
  };
}

/** What a meeting takes from the calendar. */
export type MeetingChanges = Partial<
  Pick<Meeting, 'start' | 'durationMin' | 'status' | 'place' | 'agenda' | 'sequence'>
>;

const clampMinutes = (minutes: number) => Math.min(24 * 60, Math.max(5, Math.round(minutes)));

/**
 * The changes the calendar's fields make to a meeting: a new time (moved on the phone), cancelled
 * or confirmed there, a new place or agenda, a higher SEQUENCE. The meeting's state machine
 * rules: a done or cancelled meeting keeps its time and status (they are final); a meeting is
 * never demoted from confirmed by a TENTATIVE. The title is not read back: Netwell makes it from
 * the guests' names. An empty result means nothing to change.
 */
export function meetingChangesFrom(fields: EventFields, meeting: Meeting): MeetingChanges {
  const changes: MeetingChanges = {};
  const final = meeting.status === 'done' || meeting.status === 'cancelled';
  if (!fields.allDay && !final) {
    const start = Date.parse(fields.start);
    const durationMin = clampMinutes((Date.parse(fields.end) - start) / MINUTE_MS);
    if (canonicalInstant(start) !== canonicalInstant(Date.parse(meeting.start))) {
      changes.start = canonicalInstant(start);
    }
    if (durationMin !== meeting.durationMin) changes.durationMin = durationMin;
  }
  if (fields.status === 'CANCELLED' && canTransition(meeting.status, 'cancelled')) {
    changes.status = 'cancelled';
  } else if (
    fields.status === 'CONFIRMED' &&
    (meeting.status === 'proposed' || meeting.status === 'rescheduled')
  ) {
    changes.status = 'confirmed';
  }
  const place = fields.location.trim().slice(0, 500);
  if (place !== meeting.place) changes.place = place;
  const agenda = fields.description.trim().slice(0, 5000);
  if (agenda !== meeting.agenda) changes.agenda = agenda;
  if (fields.sequence > (meeting.sequence ?? 0)) changes.sequence = fields.sequence;
  return changes;
}

/** The user's own answer as the event's STATUS: not going is off for them. */
const EVENT_STATUS: Record<NetworkEvent['myStatus'], EventStatus> = {
  going: 'CONFIRMED',
  maybe: 'TENTATIVE',
  'not-going': 'CANCELLED',
};

/**
 * An invitation's PARTSTAT as a plain RFC value: Netwell's x-names (not sent, no reply) read as
 * NEEDS-ACTION everywhere else, which is what the fields carry.
 */
function fieldPartstat(status: InvitationStatus): Partstat {
  const partstat: string = toPartstat(status);
  return PARTSTATS.find((p) => p === partstat) ?? 'NEEDS-ACTION';
}

/**
 * A networking event as event fields. Guests whose invitation is not sent yet are left out (the
 * calendar would show them as invited); guests without an email cannot be ATTENDEEs. The user is
 * the ORGANIZER of an event they invite people to; one they only go to carries none (its
 * organizer is someone else, whom Netwell does not know).
 */
export function networkEventFields(
  event: NetworkEvent,
  invitations: readonly Invitation[],
  guestEmail: (contactId: string) => string | null,
  owner: { name: string; email: string } | null = null,
): EventFields {
  const attendees = uniqueByEmail(
    invitations.flatMap((invitation) => {
      const email = invitation.status === 'not-sent' ? null : guestEmail(invitation.contactId);
      return email ? [{ email, name: '', partstat: fieldPartstat(invitation.status) }] : [];
    }),
  );
  return {
    summary: event.name,
    location: [event.place, event.city].filter(Boolean).join(', '),
    description: event.notes,
    start: canonicalInstant(Date.parse(event.start)),
    end: canonicalInstant(Date.parse(event.end)),
    allDay: false,
    status: EVENT_STATUS[event.myStatus],
    organizer:
      owner?.email && attendees.length > 0 ? { email: owner.email, name: owner.name } : null,
    attendees,
    sequence: event.sequence ?? 0,
  };
}

/**
 * Guests' answers that the calendar shows and the invitations do not: ACCEPTED → accepted,
 * DECLINED → declined and so on (invitation-partstat.ts); NEEDS-ACTION after an answer → invited.
 * An invitation whose PARTSTAT already says the same (no-reply and NEEDS-ACTION) is left alone.
 */
export function invitationRepliesFrom(
  fields: EventFields,
  invitations: readonly Invitation[],
  guestEmail: (contactId: string) => string | null,
): { invitationId: string; status: InvitationStatus }[] {
  const byEmail = new Map(fields.attendees.map((a) => [emailKey(a.email), a.partstat] as const));
  return invitations.flatMap((invitation) => {
    const email = guestEmail(invitation.contactId);
    const partstat = email ? byEmail.get(emailKey(email)) : undefined;
    if (!partstat || partstat === fieldPartstat(invitation.status)) return [];
    return [{ invitationId: invitation.id, status: importPartstat(partstat) }];
  });
}

/** What a networking event takes from the calendar. */
export type NetworkEventChanges = Partial<
  Pick<
    NetworkEvent,
    'name' | 'start' | 'end' | 'place' | 'city' | 'notes' | 'myStatus' | 'sequence'
  >
>;

const MY_STATUS: Record<EventStatus, NetworkEvent['myStatus']> = {
  CONFIRMED: 'going',
  TENTATIVE: 'maybe',
  CANCELLED: 'not-going',
};

/**
 * The changes the calendar's fields make to a networking event: its name, time, notes, the
 * user's answer (the event's STATUS) and place. LOCATION is "place, city": a new one that still
 * ends with the city changes the place only; otherwise it is the place and the city stays (the
 * city feeds "people you know there"), so the next sync writes "place, city" back.
 */
export function networkEventChangesFrom(
  fields: EventFields,
  event: NetworkEvent,
): NetworkEventChanges {
  const changes: NetworkEventChanges = {};
  const name = fields.summary.trim().slice(0, 200);
  if (name && name !== event.name) changes.name = name;
  if (!fields.allDay && Date.parse(fields.end) > Date.parse(fields.start)) {
    if (fields.start !== canonicalInstant(Date.parse(event.start))) changes.start = fields.start;
    if (fields.end !== canonicalInstant(Date.parse(event.end))) changes.end = fields.end;
  }
  const notes = fields.description.trim().slice(0, 5000);
  if (notes !== event.notes) changes.notes = notes;
  if (MY_STATUS[fields.status] !== event.myStatus) changes.myStatus = MY_STATUS[fields.status];
  const location = fields.location.trim();
  if (location !== [event.place, event.city].filter(Boolean).join(', ')) {
    const suffix = `, ${event.city}`;
    const place =
      event.city && location.endsWith(suffix)
        ? location.slice(0, -suffix.length)
        : event.city && location === event.city
          ? ''
          : location;
    if (place.slice(0, 500) !== event.place) changes.place = place.slice(0, 500);
  }
  if (fields.sequence > (event.sequence ?? 0)) changes.sequence = fields.sequence;
  return changes;
}
