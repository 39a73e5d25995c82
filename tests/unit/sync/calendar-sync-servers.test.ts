import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../electron/shared/crm/meeting';
import type { SyncStatus } from '../../../electron/shared/sync';
import {
  DAV_USER,
  davServerAvailable,
  startDavServer,
  type DavServer,
  type DavServerKind,
} from '../../fixtures/dav-servers';
import { DavTestClient } from '../../fixtures/dav-test-client';
import { coreAt } from '../core-harness';

/** Meetings, events and the networking windows in a real calendar (Radicale and Xandikos). */
const kinds: DavServerKind[] = ['radicale', 'xandikos'];

describe.each(kinds)('calendar sync with %s', (kind) => {
  let server: DavServer;
  const open: Awaited<ReturnType<typeof coreAt>>[] = [];

  beforeAll(async () => {
    if (!davServerAvailable(kind))
      throw new Error(`${kind} is not installed (apt-get install ${kind})`);
    server = await startDavServer(kind);
  }, 30_000);
  afterAll(async () => server?.stop());
  afterEach(async () => {
    for (const h of open.splice(0)) await h.core.close();
  });

  const setup = async (options = { syncNotes: false, syncWindows: false }, on = server) => {
    const server = on;
    const h = await coreAt();
    open.push(h);
    const ana = await h.call<{ id: string }>('contacts.create', {
      name: 'Ana Lima',
      emails: ['ana@example.org'],
    });
    const suffix = Math.random().toString(36).slice(2, 8);
    const status = await h.call<SyncStatus>('sync.connect', {
      serverUrl: server.url,
      username: server.username,
      password: server.password,
      addressBook: { create: `Book ${suffix}` },
      calendar: { create: `Calendar ${suffix}` },
      options,
    });
    const url = status.account!.calendar!.url;
    const client = new DavTestClient(server.username, server.password, server.url);
    const sync = () => h.call<SyncStatus>('sync.now');
    return { h, ana, url, client, sync };
  };

  it('puts a meeting in the calendar and takes it back moved on the phone', async () => {
    const { h, ana, url, client, sync } = await setup();
    const meeting = await h.call<Meeting>('meetings.propose', {
      kind: 'coffee',
      start: '2026-03-05T10:00:00Z',
      durationMin: 45,
      contactIds: [ana.id],
      place: 'Café Central',
    });
    const first = await sync();
    expect(first.state).toBe('idle');
    const items = await client.all(url);
    expect(items.size).toBe(1);
    const [href, text] = [...items][0]!;
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('BEGIN:VEVENT');
    expect(unfolded).toMatch(/ATTENDEE[^\r\n]*mailto:ana@example\.org/);
    expect(text).toContain('LOCATION:Café Central');
    // Moved an hour later on the phone.
    await client.put(
      href,
      text
        .replace('DTSTART:20260305T100000Z', 'DTSTART:20260305T110000Z')
        .replace('DTEND:20260305T104500Z', 'DTEND:20260305T114500Z'),
      'text/calendar',
    );
    const moved = await sync();
    expect(moved.lastRun?.pulled.updated).toBe(1);
    const { meetings } = await h.call<{ meetings: Meeting[] }>('meetings.list');
    expect(meetings.find((m) => m.id === meeting.id)?.start).toBe('2026-03-05T11:00:00.000Z');
  });

  it('a meeting the phone made weekly, rescheduled in Netwell, moves with its changed instance', async () => {
    const { h, url, client, sync, ana } = await setup();
    const meeting = await h.call<Meeting>('meetings.propose', {
      kind: 'coffee',
      start: '2026-03-05T10:00:00Z',
      durationMin: 30,
      contactIds: [ana.id],
    });
    await sync();
    const [href, text] = [...(await client.all(url))][0]!;
    // On the phone: every Thursday, and the second one moved to the afternoon.
    const vevent = text.slice(text.indexOf('BEGIN:VEVENT'), text.indexOf('END:VEVENT'));
    const uid = /^UID:(.*)\r$/m.exec(vevent)![1]!;
    const series = text.replace(
      'END:VEVENT\r\n',
      [
        'RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=4',
        'END:VEVENT',
        'BEGIN:VEVENT',
        `UID:${uid}`,
        'DTSTAMP:20260301T000000Z',
        'RECURRENCE-ID:20260312T100000Z',
        'DTSTART:20260312T150000Z',
        'DTEND:20260312T153000Z',
        'SUMMARY:Coffee in the afternoon',
        'END:VEVENT',
        '',
      ].join('\r\n'),
    );
    await client.put(href, series, 'text/calendar');
    await sync();

    // Rescheduled in Netwell to the Friday at 11:00: the series, its rule and its instance follow.
    await h.call('meetings.transition', {
      id: meeting.id,
      action: { to: 'rescheduled', start: '2026-03-06T11:00:00Z' },
    });
    const after = await sync();
    expect(after.lastRun?.pushed.updated).toBe(1);
    const written = (await client.get(href)).text.replace(/\r\n[ \t]/g, '');
    expect(written).toContain('DTSTART:20260306T110000Z\r\n');
    // The rule's parts in the server's order (Xandikos writes COUNT before BYDAY).
    const rule = /^RRULE:(.*)\r$/m.exec(written)![1]!.split(';').sort();
    expect(rule).toEqual(['BYDAY=FR', 'COUNT=4', 'FREQ=WEEKLY']);
    expect(written).toContain('RECURRENCE-ID:20260313T110000Z\r\n');
    // The instance moved on the phone keeps its own time.
    expect(written).toContain('DTSTART:20260312T150000Z\r\n');
    expect(written).toContain('SUMMARY:Coffee in the afternoon\r\n');
  });

  it('names the user as the ORGANIZER of their meetings and of events they invite people to', async () => {
    // Xandikos says who the user is (calendar-user-address-set); Radicale does not, so there the
    // user name has to be an email address (as iCloud's and Fastmail's are).
    const own =
      kind === 'radicale' ? await startDavServer(kind, { username: DAV_USER.email }) : server;
    try {
      const { h, ana, url, client, sync } = await setup(undefined, own);
      const account = (await h.call<SyncStatus>('sync.status')).account!;
      expect(account.organizer?.email).toBe(DAV_USER.email);
      await h.call<Meeting>('meetings.propose', {
        kind: 'lunch',
        start: '2026-03-06T12:00:00Z',
        durationMin: 60,
        contactIds: [ana.id],
      });
      const event = await h.call<{ id: string }>('events.save', {
        id: null,
        event: {
          name: 'Founders breakfast',
          kind: 'meetup',
          start: '2026-03-13T08:00:00Z',
          end: '2026-03-13T09:30:00Z',
          myStatus: 'going',
        },
      });
      await h.call('events.invite', { eventId: event.id, contactIds: [ana.id], sent: true });
      await sync();
      const texts = [...(await client.all(url)).values()].map((t) => t.replace(/\r\n[ \t]/g, ''));
      expect(texts).toHaveLength(2);
      for (const text of texts) {
        expect(text).toMatch(new RegExp(`\r\nORGANIZER[^\r\n]*:mailto:${DAV_USER.email}\r\n`));
        expect(text).toMatch(/\r\nATTENDEE[^\r\n]*mailto:ana@example\.org\r\n/);
      }
    } finally {
      if (own !== server) await own.stop();
    }
  });

  it('writes no ORGANIZER where the server gives no address and the user name is not one', async () => {
    if (kind !== 'radicale') return;
    const { h, ana, url, client, sync } = await setup();
    expect((await h.call<SyncStatus>('sync.status')).account!.organizer).toBeNull();
    await h.call<Meeting>('meetings.propose', {
      kind: 'coffee',
      start: '2026-03-06T09:00:00Z',
      durationMin: 30,
      contactIds: [ana.id],
    });
    await sync();
    const [text] = [...(await client.all(url)).values()];
    expect(text).toContain('ATTENDEE');
    expect(text).not.toContain('ORGANIZER');
  });

  it('keeps a meeting and its export one calendar item: the UID and SEQUENCE the calendar has', async () => {
    const { h, ana, url, client, sync } = await setup();
    const meeting = await h.call<Meeting>('meetings.propose', {
      kind: 'coffee',
      start: '2026-03-09T10:00:00Z',
      durationMin: 30,
      contactIds: [ana.id],
    });
    await sync();
    const serverUid = () =>
      client.all(url).then((items) => /\r\nUID:([^\r\n]+)/.exec([...items.values()][0]!)![1]);
    const stored = async () =>
      (await h.call<{ meetings: Meeting[] }>('meetings.list')).meetings.find(
        (m) => m.id === meeting.id,
      )!;
    expect((await stored()).uid).toBe(await serverUid());
    // Moved in Netwell (its revision 1) while the place was set on the phone (its revision 1 too):
    // the merged meeting goes back as revision 2, which Netwell's record keeps, and so its export.
    await h.call('meetings.transition', {
      id: meeting.id,
      action: { to: 'rescheduled', start: '2026-03-10T10:00:00Z' },
    });
    const [href, text] = [...(await client.all(url))][0]!;
    await client.put(
      href,
      text
        .replace('SEQUENCE:0', 'SEQUENCE:1')
        .replace('END:VEVENT', 'LOCATION:Café Central\r\nEND:VEVENT'),
      'text/calendar',
    );
    await sync();
    const onServer = [...(await client.all(url)).values()][0]!;
    const sequence = Number(/\r\nSEQUENCE:(\d+)/.exec(onServer)![1]);
    expect(onServer).toContain('LOCATION:Café Central');
    expect(onServer).toContain('DTSTART:20260310T100000Z');
    expect(sequence).toBe(2);
    const exported = await h.call<{ text: string }>('calendar.export', {
      target: { kind: 'meeting', id: meeting.id },
    });
    expect(exported.text).toContain(`\r\nUID:${await serverUid()}\r\n`);
    expect(exported.text).toContain(`\r\nSEQUENCE:${sequence}\r\n`);
  });

  it("shows a guest's answer from the calendar on the invitation, and leaves the calendar's own events alone", async () => {
    const { h, ana, url, client, sync } = await setup();
    const event = await h.call<{ id: string }>('events.save', {
      id: null,
      event: {
        name: 'Design meetup',
        kind: 'meetup',
        start: '2026-03-12T18:00:00Z',
        end: '2026-03-12T21:00:00Z',
        place: 'The Hub',
        city: 'Lisbon',
        myStatus: 'going',
      },
    });
    await h.call('events.invite', { eventId: event.id, contactIds: [ana.id], sent: true });
    // Someone's own appointment, already in that calendar.
    const dentist = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Phone//EN',
      'BEGIN:VEVENT',
      'UID:dentist-1',
      'DTSTAMP:20260301T090000Z',
      'DTSTART:20260310T080000Z',
      'DTEND:20260310T090000Z',
      'SUMMARY:Dentist',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    await client.put(`${url}dentist.ics`, dentist, 'text/calendar');
    await sync();
    const items = [...(await client.all(url))].filter(([, t]) => t.includes('Design meetup'));
    expect(items).toHaveLength(1);
    const [href, text] = items[0]!;
    expect(text).toMatch(/PARTSTAT=NEEDS-ACTION/);
    await client.put(
      href,
      text.replace('PARTSTAT=NEEDS-ACTION', 'PARTSTAT=ACCEPTED'),
      'text/calendar',
    );
    await sync();
    const events =
      await h.call<{ event: { id: string }; invitations: { status: string }[] }[]>('events.list');
    expect(events.find((e) => e.event.id === event.id)?.invitations[0]?.status).toBe('accepted');
    // The dentist is not a Netwell event, and is still on the server as it was.
    expect(events).toHaveLength(1);
    expect((await client.get(`${url}dentist.ics`)).text).toContain('SUMMARY:Dentist');
  });

  it('finds the calendars on a server of their own (as iCloud and Fastmail keep them)', async () => {
    const h = await coreAt();
    open.push(h);
    await h.call('meetings.propose', {
      kind: 'lunch',
      start: '2026-03-06T12:00:00Z',
      durationMin: 60,
      contactIds: [(await h.call<{ id: string }>('contacts.create', { name: 'Ana Lima' })).id],
    });
    // Another origin for the same server: the calendar must be reached through its own address.
    const calendarServer = server.url.replace('127.0.0.1', 'localhost');
    const status = await h.call<SyncStatus>('sync.connect', {
      serverUrl: server.url,
      calendarServerUrl: calendarServer,
      username: server.username,
      password: server.password,
      addressBook: { create: `Book ${Math.random().toString(36).slice(2, 8)}` },
      calendar: { create: `Calendar ${Math.random().toString(36).slice(2, 8)}` },
    });
    expect(status.account?.calendarServerUrl).toBe(calendarServer);
    expect(status.account?.calendar?.url.startsWith(calendarServer)).toBe(true);
    const done = await h.call<SyncStatus>('sync.now');
    expect(done.message).toBeNull();
    expect(done.state).toBe('idle');
    expect(done.lastRun?.pushed.created).toBe(2);
    const client = new DavTestClient(server.username, server.password, calendarServer);
    expect(await client.hrefs(status.account!.calendar!.url)).toHaveLength(1);
  });

  it('publishes the weekly windows as recurring events, and removes them when turned off', async () => {
    const { h, url, client, sync } = await setup({ syncNotes: false, syncWindows: true });
    const schedule = await h.call<{ schedule: Record<string, unknown> }>('schedule.get');
    await h.call('schedule.save', {
      ...schedule,
      schedule: {
        ...schedule.schedule,
        timeZone: 'Europe/Berlin',
        windows: [{ id: 'lunch', days: [1, 3, 5], start: '12:00', end: '12:45' }],
      },
    });
    await sync();
    const windows = [...(await client.all(url)).values()].filter((t) =>
      t.includes('Networking window'),
    );
    expect(windows.length).toBeGreaterThan(0);
    for (const w of windows) {
      expect(w).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR/);
      expect(w).toContain('BEGIN:VTIMEZONE');
      expect(w).toContain('DTSTART;TZID=Europe/Berlin:');
    }
    await h.call('sync.setOptions', { syncNotes: false, syncWindows: false });
    const off = await sync();
    expect(off.lastRun?.pushed.deleted).toBe(windows.length);
    expect(
      [...(await client.all(url)).values()].filter((t) => t.includes('Networking window')),
    ).toHaveLength(0);
  });
});
