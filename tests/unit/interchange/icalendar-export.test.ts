import { describe, expect, it } from 'vitest';
import { coreAt } from '../core-harness';
import { dispatch } from '../../../electron/core/dispatch';
import type { Meeting } from '../../../electron/shared/crm/meeting';
import type { NetworkEvent } from '../../../electron/shared/crm/networking-event';
import type { ExportedFile } from '../../../electron/shared/interchange-export';
import { fakeHost } from '../../main/test-core';
import { runPython } from '../../fixtures/python';

interface SeenCalendar {
  method: string | null;
  events: {
    uid: string;
    summary: string;
    dtstart: string;
    dtend: string;
    dtstamp: string;
    sequence: number;
    description: string | null;
    location: string | null;
    attendees: { address: string; cn: string | null; partstat: string | null }[];
  }[];
}

async function setup(opened: string[] = []) {
  const { clock, core, call, dataDir } = await coreAt(undefined, {
    host: fakeHost({
      systemTimeZone: () => 'Europe/Lisbon',
      openCalendarFile: (fileName) => {
        opened.push(fileName);
        return Promise.resolve(true);
      },
    }),
  });
  const ana = await call<{ id: string }>('contacts.create', {
    name: 'Ana, "the" López',
    emails: ['ana@example.com'],
  });
  const ben = await call<{ id: string }>('contacts.create', { name: 'Ben Okafor' });
  return { clock, core, call, dataDir, ana, ben };
}

const readBoth = (text: string) => ({
  vobject: runPython<SeenCalendar>('read_ics.py', text, ['vobject']),
  icalendar: runPython<SeenCalendar>('read_ics.py', text, ['icalendar']),
});

describe('iCalendar export', () => {
  it('writes an event with UTC times, a stored UID and PARTSTATs from the RSVPs, read by both python readers', async () => {
    const { call, ana, ben, core } = await setup();
    const event = await call<NetworkEvent>('events.save', {
      id: null,
      event: {
        name: 'Design meetup; spring, edition',
        kind: 'meetup',
        start: '2026-03-12T18:00:00.000Z',
        end: '2026-03-12T21:00:00.000Z',
        place: 'The Hub',
        city: 'Lisbon',
        notes: 'Bring cards;\nask about the venue, too',
        myStatus: 'going',
      },
    });
    expect(event.uid).toBeTruthy();
    expect(event.sequence).toBe(0);
    const [anaInvite] = await call<{ id: string }[]>('events.invite', {
      eventId: event.id,
      contactIds: [ana.id, ben.id],
      sent: true,
    });
    await call('invitations.setStatus', { id: anaInvite!.id, status: 'accepted' });

    const file = await call<ExportedFile>('calendar.export', {
      target: { kind: 'event', id: event.id },
    });
    expect(file.fileName).toBe('design-meetup-spring-edition.ics');
    expect(file.mimeType).toBe('text/calendar;charset=utf-8');
    expect(file.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(file.text).toMatch(/END:VCALENDAR\r\n$/);
    expect(file.text).not.toMatch(/^METHOD:/m);

    for (const seen of Object.values(readBoth(file.text))) {
      expect(seen.method).toBeNull();
      expect(seen.events).toHaveLength(1);
      const [vevent] = seen.events;
      expect(vevent!.uid).toBe(event.uid);
      expect(vevent!.summary).toBe('Design meetup; spring, edition');
      expect(vevent!.dtstart).toBe('2026-03-12T18:00:00Z');
      expect(vevent!.dtend).toBe('2026-03-12T21:00:00Z');
      expect(vevent!.dtstamp).toBe('2026-03-02T09:00:00Z');
      expect(vevent!.sequence).toBe(0);
      expect(vevent!.description).toBe('Bring cards;\nask about the venue, too');
      expect(vevent!.location).toBe('The Hub, Lisbon');
      const byAddress = new Map(vevent!.attendees.map((a) => [a.address.toLowerCase(), a]));
      expect(byAddress.get('mailto:ana@example.com')).toMatchObject({
        cn: "Ana, 'the' López",
        partstat: 'ACCEPTED',
      });
      expect(byAddress.get(`urn:uuid:${ben.id}`)).toMatchObject({
        cn: 'Ben Okafor',
        partstat: 'NEEDS-ACTION',
      });
    }
    await core.close();
  });

  it('keeps the UID and bumps SEQUENCE on every edit of an event or a meeting', async () => {
    const { call, ana, core } = await setup();
    const meeting = await call<Meeting>('meetings.propose', {
      kind: 'coffee',
      start: '2026-03-05T10:00:00.000Z',
      durationMin: 45,
      place: 'Café Central',
      contactIds: [ana.id],
      agenda: 'Catch up, plans; the rest',
    });
    expect(meeting.uid).toBeTruthy();
    expect(meeting.sequence).toBe(0);
    const confirmed = await call<Meeting>('meetings.transition', {
      id: meeting.id,
      action: { to: 'confirmed' },
    });
    const moved = await call<Meeting>('meetings.transition', {
      id: meeting.id,
      action: { to: 'rescheduled', start: '2026-03-06T11:00:00.000Z' },
    });
    expect([confirmed.uid, moved.uid]).toEqual([meeting.uid, meeting.uid]);
    expect([confirmed.sequence, moved.sequence]).toEqual([1, 2]);

    const file = await call<ExportedFile>('calendar.export', {
      target: { kind: 'meeting', id: meeting.id },
    });
    expect(file.fileName).toBe('coffee-with-ana-the-lopez.ics');
    const { vobject, icalendar } = readBoth(file.text);
    for (const seen of [vobject, icalendar]) {
      expect(seen.events[0]).toMatchObject({
        uid: meeting.uid,
        sequence: 2,
        dtstart: '2026-03-06T11:00:00Z',
        dtend: '2026-03-06T11:45:00Z',
        summary: 'Coffee with Ana, "the" López',
        description: 'Catch up, plans; the rest',
      });
    }

    const event = await call<NetworkEvent>('events.save', {
      id: null,
      event: {
        name: 'Dinner',
        kind: 'dinner',
        start: '2026-03-12T18:00:00.000Z',
        end: '2026-03-12T21:00:00.000Z',
        myStatus: 'maybe',
      },
    });
    // The renderer sends the event back as it got it; a stale or forged identity is ignored.
    const { id, ...fields } = event;
    const edited = await call<NetworkEvent>('events.save', {
      id,
      event: { ...fields, uid: 'forged', sequence: 99, myStatus: 'going' },
    });
    expect(edited.uid).toBe(event.uid);
    expect(edited.sequence).toBe(1);
    await core.close();
  });

  it('gives records made before calendar identities a UID on their first export, and keeps it', async () => {
    const { call, ana, core } = await setup();
    const meeting = await call<Meeting>('meetings.propose', {
      kind: 'lunch',
      start: '2026-03-05T12:00:00.000Z',
      durationMin: 60,
      contactIds: [ana.id],
    });
    // As if stored by an older Netwell.
    await core.store.update((d) => {
      const m = d.meetings.find((x) => x.id === meeting.id)!;
      delete m.uid;
      delete m.sequence;
    });
    const first = await call<ExportedFile>('calendar.export', {
      target: { kind: 'meeting', id: meeting.id },
    });
    const stored = core.store.read().meetings.find((m) => m.id === meeting.id)!;
    expect(stored.uid).toBeTruthy();
    expect(stored.sequence).toBe(0);
    const second = await call<ExportedFile>('calendar.export', {
      target: { kind: 'meeting', id: meeting.id },
    });
    expect(first.text).toContain(`UID:${stored.uid}\r\n`);
    expect(second.text).toBe(first.text);
    await core.close();
  });

  it('exports everything upcoming and skips what is past, done, cancelled or declined', async () => {
    const { call, ana, core, clock } = await setup();
    const soon = await call<Meeting>('meetings.propose', {
      kind: 'call',
      start: '2026-03-03T10:00:00.000Z',
      durationMin: 30,
      contactIds: [ana.id],
    });
    const cancelled = await call<Meeting>('meetings.propose', {
      kind: 'walk',
      start: '2026-03-04T10:00:00.000Z',
      durationMin: 30,
      contactIds: [ana.id],
    });
    await call('meetings.transition', { id: cancelled.id, action: { to: 'cancelled' } });
    const skipped = await call<NetworkEvent>('events.save', {
      id: null,
      event: {
        name: 'Skipped conference',
        kind: 'conference',
        start: '2026-03-10T09:00:00.000Z',
        end: '2026-03-10T17:00:00.000Z',
        myStatus: 'not-going',
      },
    });
    const going = await call<NetworkEvent>('events.save', {
      id: null,
      event: {
        name: 'Webinar',
        kind: 'webinar',
        start: '2026-03-11T09:00:00.000Z',
        end: '2026-03-11T10:00:00.000Z',
        myStatus: 'going',
      },
    });
    const file = await call<ExportedFile>('calendar.export', { target: { kind: 'upcoming' } });
    expect(file.fileName).toBe('netwell-upcoming-2026-03-02.ics');
    const uids = readBoth(file.text).icalendar.events.map((e) => e.uid);
    expect(uids.sort()).toEqual([soon.uid, going.uid].sort());
    expect(uids).not.toContain(skipped.uid);

    clock.set('2026-04-01T00:00:00Z');
    const none = await dispatch(core.handlers, 'calendar.export', { target: { kind: 'upcoming' } });
    expect(none.ok).toBe(false);
    await core.close();
  });

  it('asks the host to open the file, and says when it could not', async () => {
    const opened: string[] = [];
    const { call, ana, core } = await setup(opened);
    const meeting = await call<Meeting>('meetings.propose', {
      kind: 'coffee',
      start: '2026-03-05T10:00:00.000Z',
      durationMin: 30,
      contactIds: [ana.id],
    });
    const result = await call<{ opened: boolean; file: ExportedFile }>('calendar.open', {
      target: { kind: 'meeting', id: meeting.id },
    });
    expect(result.opened).toBe(true);
    expect(opened).toEqual([result.file.fileName]);
    await core.close();
  });
});
