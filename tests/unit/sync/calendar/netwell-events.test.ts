import { describe, expect, it } from 'vitest';
import type { Meeting, MeetingStatus } from '../../../../electron/shared/crm/meeting';
import type { Invitation, NetworkEvent } from '../../../../electron/shared/crm/networking-event';
import { INVITATION_STATUSES } from '../../../../electron/shared/crm/networking-event';
import { mergeEventFields } from '../../../../electron/core/sync/calendar/merge-event';
import {
  invitationRepliesFrom,
  meetingChangesFrom,
  meetingEventFields,
  networkEventChangesFrom,
  networkEventFields,
} from '../../../../electron/core/sync/calendar/netwell-events';
import { patchEvent } from '../../../../electron/core/sync/calendar/patch-event';
import { readEventFields } from '../../../../electron/core/sync/calendar/read-event';
import { NOW } from './fixtures';

const meeting = (status: MeetingStatus = 'confirmed'): Meeting => ({
  id: 'm1',
  kind: 'coffee',
  start: '2026-03-30T10:00:00.000Z',
  durationMin: 45,
  place: 'Café Central',
  contactIds: ['c-ana', 'c-ben', 'c-cy'],
  agenda: 'Catch up',
  status,
  note: '',
  createdAt: '2026-03-01T09:00:00.000Z',
  uid: 'meeting-uid',
  sequence: 2,
});
const people = [
  { name: 'Ana', email: 'ana@example.org' },
  { name: 'Ben', email: null },
  { name: 'Cy', email: 'cy@example.org' },
];
const owner = { name: 'Me', email: 'me@example.org' };

describe('meetings', () => {
  it('a meeting is its title, place, agenda, time, status and the guests with an email', () => {
    expect(meetingEventFields(meeting(), people, owner)).toEqual({
      summary: 'Coffee with Ana, Ben and Cy',
      location: 'Café Central',
      description: 'Catch up',
      start: '2026-03-30T10:00:00Z',
      end: '2026-03-30T10:45:00Z',
      allDay: false,
      status: 'CONFIRMED',
      organizer: { email: 'me@example.org', name: 'Me' },
      attendees: [
        { email: 'ana@example.org', name: 'Ana', partstat: 'ACCEPTED' },
        { email: 'cy@example.org', name: 'Cy', partstat: 'ACCEPTED' },
      ],
      sequence: 2,
    });
    expect(meetingEventFields(meeting('proposed'), people, null)).toMatchObject({
      status: 'TENTATIVE',
      organizer: null,
      attendees: [{ partstat: 'NEEDS-ACTION' }, { partstat: 'NEEDS-ACTION' }],
    });
  });

  it("a guest's answer from the server is kept while the meeting's status is unchanged", () => {
    const synced = meetingEventFields(meeting(), people, owner);
    synced.attendees[0]!.partstat = 'DECLINED';
    expect(meetingEventFields(meeting(), people, owner, synced).attendees[0]!.partstat).toBe(
      'DECLINED',
    );
    // Netwell cancelled it since: its own status speaks.
    expect(
      meetingEventFields(meeting('cancelled'), people, owner, synced).attendees[0]!.partstat,
    ).toBe('NEEDS-ACTION');
  });

  it.each(['proposed', 'confirmed', 'rescheduled', 'done', 'cancelled'] as const)(
    'a %s meeting read back from its own fields changes nothing',
    (status) => {
      const m = meeting(status);
      expect(meetingChangesFrom(meetingEventFields(m, people, owner), m)).toEqual({});
      const viaIcs = readEventFields(
        patchEvent(null, meetingEventFields(m, people, owner), { uid: 'u', now: NOW }),
      );
      expect(meetingChangesFrom(viaIcs, m)).toEqual({});
    },
  );

  it('moved on the phone: a new time and length', () => {
    const m = meeting();
    const fields = {
      ...meetingEventFields(m, people, owner),
      start: '2026-03-31T15:00:00Z',
      end: '2026-03-31T16:30:00Z',
    };
    expect(meetingChangesFrom(fields, m)).toEqual({
      start: '2026-03-31T15:00:00Z',
      durationMin: 90,
    });
  });

  it('cancelled or confirmed on the phone; a done meeting keeps its time and status', () => {
    const cancelled = {
      ...meetingEventFields(meeting(), people, owner),
      status: 'CANCELLED' as const,
    };
    expect(meetingChangesFrom(cancelled, meeting())).toEqual({ status: 'cancelled' });
    const confirmed = {
      ...meetingEventFields(meeting('proposed'), people, owner),
      status: 'CONFIRMED' as const,
    };
    expect(meetingChangesFrom(confirmed, meeting('proposed'))).toEqual({ status: 'confirmed' });
    const tentative = {
      ...meetingEventFields(meeting(), people, owner),
      status: 'TENTATIVE' as const,
    };
    expect(meetingChangesFrom(tentative, meeting())).toEqual({});
    const done = meeting('done');
    const movedDone = { ...cancelled, start: '2026-04-01T10:00:00Z', end: '2026-04-01T11:00:00Z' };
    expect(meetingChangesFrom(movedDone, done)).toEqual({});
  });

  it('place, agenda and a higher SEQUENCE come back; the title does not', () => {
    const fields = {
      ...meetingEventFields(meeting(), people, owner),
      summary: 'Renamed on the phone',
      location: 'Time Out Market',
      description: 'New agenda',
      sequence: 5,
    };
    expect(meetingChangesFrom(fields, meeting())).toEqual({
      place: 'Time Out Market',
      agenda: 'New agenda',
      sequence: 5,
    });
  });
});

const event: NetworkEvent = {
  id: 'e1',
  name: 'Web Summit',
  kind: 'conference',
  start: '2026-11-02T09:00:00.000Z',
  end: '2026-11-05T18:00:00.000Z',
  place: 'Altice Arena',
  city: 'Lisbon',
  link: null,
  notes: 'Stand B12',
  myStatus: 'going',
  uid: 'event-uid',
  sequence: 0,
};
const invitations: Invitation[] = INVITATION_STATUSES.map((status, i) => ({
  id: `i-${status}`,
  eventId: 'e1',
  contactId: `c${i}`,
  status,
  sentAt: null,
  answeredAt: null,
}));
const guestEmail = (contactId: string) =>
  contactId === 'c6' ? `Guest6@Example.org` : `guest${contactId.slice(1)}@example.org`;

describe('networking events and invitations', () => {
  it("an event is its name, place and city, notes, time, the user's answer and the sent invitations", () => {
    const fields = networkEventFields(event, invitations, guestEmail);
    expect(fields).toMatchObject({
      summary: 'Web Summit',
      location: 'Altice Arena, Lisbon',
      description: 'Stand B12',
      start: '2026-11-02T09:00:00Z',
      end: '2026-11-05T18:00:00Z',
      status: 'CONFIRMED',
    });
    // not-sent is left out; invited and no-reply are NEEDS-ACTION to other calendars.
    expect(fields.attendees.map((a) => a.partstat)).toEqual([
      'NEEDS-ACTION',
      'ACCEPTED',
      'DECLINED',
      'TENTATIVE',
      'DELEGATED',
      'NEEDS-ACTION',
    ]);
    expect(networkEventFields({ ...event, myStatus: 'maybe' }, [], guestEmail).status).toBe(
      'TENTATIVE',
    );
    expect(networkEventFields({ ...event, myStatus: 'not-going' }, [], guestEmail).status).toBe(
      'CANCELLED',
    );
  });

  it('its own fields give no replies; answers on the server show on the invitations', () => {
    const fields = networkEventFields(event, invitations, guestEmail);
    expect(invitationRepliesFrom(fields, invitations, guestEmail)).toEqual([]);
    const answered = {
      ...fields,
      attendees: fields.attendees.map((a) =>
        a.email === 'guest1@example.org'
          ? { ...a, partstat: 'DECLINED' as const }
          : a.email === 'guest2@example.org'
            ? { ...a, partstat: 'NEEDS-ACTION' as const }
            : a.email === 'Guest6@Example.org'
              ? { ...a, email: 'guest6@example.org', partstat: 'ACCEPTED' as const }
              : a,
      ),
    };
    expect(invitationRepliesFrom(answered, invitations, guestEmail)).toEqual([
      { invitationId: 'i-invited', status: 'declined' },
      { invitationId: 'i-accepted', status: 'invited' },
      { invitationId: 'i-no-reply', status: 'accepted' },
    ]);
  });

  it("a guest's name on the server survives Netwell's nameless invitation", () => {
    const local = networkEventFields(event, invitations.slice(1, 2), guestEmail);
    const remote = { ...local, attendees: [{ ...local.attendees[0]!, name: 'Guest One' }] };
    for (const base of [null, remote]) {
      const merged = mergeEventFields(base, local, remote);
      expect(merged.conflicts).toEqual([]);
      expect(merged.remote.attendees[0]!.name).toBe('Guest One');
    }
  });
});

describe('networking events changed on the phone', () => {
  it('its own fields change nothing, for every answer of the user', () => {
    for (const myStatus of ['going', 'maybe', 'not-going'] as const) {
      const e = { ...event, myStatus };
      expect(networkEventChangesFrom(networkEventFields(e, invitations, guestEmail), e)).toEqual(
        {},
      );
    }
  });

  it('a new name, time, notes, answer and revision come back', () => {
    const fields = {
      ...networkEventFields(event, invitations, guestEmail),
      summary: 'Web Summit 2026',
      start: '2026-11-03T09:00:00Z',
      description: 'Stand C3',
      status: 'TENTATIVE' as const,
      sequence: 4,
    };
    expect(networkEventChangesFrom(fields, event)).toEqual({
      name: 'Web Summit 2026',
      start: '2026-11-03T09:00:00Z',
      notes: 'Stand C3',
      myStatus: 'maybe',
      sequence: 4,
    });
  });

  it('a new place keeps the city when the location still ends with it', () => {
    const at = (location: string) =>
      networkEventChangesFrom({ ...networkEventFields(event, [], guestEmail), location }, event);
    expect(at('FIL, Lisbon')).toEqual({ place: 'FIL' });
    expect(at('Lisbon')).toEqual({ place: '' });
    expect(at('Online')).toEqual({ place: 'Online' });
  });
});
