import { describe, expect, it } from 'vitest';
import { CalendarError } from '../../../../electron/core/sync/calendar/calendar-error';
import { patchEvent } from '../../../../electron/core/sync/calendar/patch-event';
import { eventUid, readEventFields } from '../../../../electron/core/sync/calendar/read-event';
import { readEvent } from './fixtures';

const calendar = (...event: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//t//t//EN',
    'BEGIN:VEVENT',
    ...event,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

describe('readEventFields on real objects', () => {
  it('Apple: UTC times, a quoted CN on the organizer', () => {
    expect(readEventFields(readEvent('apple-macos.ics'))).toEqual({
      summary: 'Ein Geburtstag',
      location: '',
      description: '',
      start: '2015-12-23T17:30:00Z',
      end: '2015-12-23T22:30:00Z',
      allDay: false,
      status: 'CONFIRMED',
      organizer: { email: 'user1@example.com', name: 'User 1' },
      attendees: [],
      sequence: 0,
    });
  });

  it('BlackBerry: an all-day event (exclusive end date) with three guests', () => {
    const fields = readEventFields(readEvent('blackberry-attendees-all-day.ics'));
    expect(fields).toMatchObject({
      allDay: true,
      start: '2012-08-14',
      end: '2012-08-15',
      sequence: 2,
    });
    expect(fields.organizer).toEqual({ email: 'rembrand@daxlab.com', name: '' });
    expect(fields.attendees).toEqual([
      { email: 'rembrand@xs4all.nl', name: 'RembrandXS', partstat: 'NEEDS-ACTION' },
      { email: 'rembrand@daxlab.com', name: 'RembrandDX', partstat: 'NEEDS-ACTION' },
      { email: 'rembspam@xs4all.nl', name: 'RembrandSB', partstat: 'NEEDS-ACTION' },
    ]);
  });

  it("Google: an ATTENDEE inside a VALARM (the alarm's email) is not a guest", () => {
    const fields = readEventFields(readEvent('google-alarms.ics'));
    expect(fields.attendees).toEqual([]);
    expect(fields).toMatchObject({ start: '2024-10-04T18:15:00Z', end: '2024-10-04T19:00:00Z' });
  });

  it('Thunderbird: a TZID read through its VTIMEZONE (15:00 BST is 14:00 UTC)', () => {
    expect(readEventFields(readEvent('thunderbird-tzid.ics'))).toMatchObject({
      start: '2024-10-23T14:00:00Z',
      end: '2024-10-23T15:00:00Z',
    });
  });

  it('Outlook: a Windows zone name ("GMT Standard Time") read through its VTIMEZONE', () => {
    expect(readEventFields(readEvent('outlook-exchange.ics'))).toMatchObject({
      start: '2024-10-04T17:30:00Z',
      end: '2024-10-04T18:00:00Z',
      location: '',
      description: '\n',
    });
  });

  it('Nextcloud: the master VEVENT, not the override; an IANA TZID with no VTIMEZONE', () => {
    expect(readEventFields(readEvent('nextcloud-recurring-override.ics'))).toMatchObject({
      start: '2020-11-03T09:00:00Z',
      end: '2020-11-03T10:00:00Z',
      sequence: 2,
    });
  });

  it('iPhone via Google: escaped line breaks in LOCATION', () => {
    expect(readEventFields(readEvent('google-apple-location-recurring.ics')).location).toBe(
      'Roadstar 16\n12764 Happyville\nDenmark',
    );
  });
});

describe('readEventFields: the RFC rules', () => {
  it('a DURATION gives the end; no end at all is a day for a date, no time for a time', () => {
    expect(
      readEventFields(calendar('UID:a', 'DTSTART:20260105T100000Z', 'DURATION:PT1H30M')).end,
    ).toBe('2026-01-05T11:30:00Z');
    expect(readEventFields(calendar('UID:a', 'DTSTART;VALUE=DATE:20260105')).end).toBe(
      '2026-01-06',
    );
    expect(readEventFields(calendar('UID:a', 'DTSTART:20260105T100000Z')).end).toBe(
      '2026-01-05T10:00:00Z',
    );
  });

  it('unknown PARTSTAT and STATUS values read as the RFC says (NEEDS-ACTION, the event is on)', () => {
    const fields = readEventFields(
      calendar(
        'UID:a',
        'DTSTART:20260105T100000Z',
        'STATUS:X-SOMETHING',
        'ATTENDEE;PARTSTAT=X-NETWELL-NO-REPLY:mailto:a@example.org',
        'ATTENDEE;CN=Room:urn:uuid:5f7e0a1c-0000-4000-8000-000000000000',
      ),
    );
    expect(fields.status).toBe('CONFIRMED');
    expect(fields.attendees).toEqual([
      { email: 'a@example.org', name: '', partstat: 'NEEDS-ACTION' },
    ]);
  });

  it("RFC 6868 in a CN: ^' is a double quote, ^n a line break", () => {
    const fields = readEventFields(
      calendar(
        'UID:a',
        'DTSTART:20260105T100000Z',
        "ORGANIZER;CN=George Herman ^'Babe^' Ruth:mailto:babe@example.com",
      ),
    );
    expect(fields.organizer?.name).toBe('George Herman "Babe" Ruth');
  });

  it.each([
    ['empty text', ''],
    ['not iCalendar', 'hello'],
    ['a vCard', 'BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n'],
    ['no END', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260105T100000Z\r\n'],
    ['crossed ENDs', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\nEND:VEVENT\r\n'],
    ['no VEVENT', 'BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:a\r\nEND:VTODO\r\nEND:VCALENDAR\r\n'],
    ['no DTSTART', calendar('UID:a', 'SUMMARY:x')],
    ['a DTSTART that is no time', calendar('UID:a', 'DTSTART:tomorrow')],
    ['a 31st of February', calendar('UID:a', 'DTSTART:20260231T100000Z')],
    [
      'a date ending as a time',
      calendar('UID:a', 'DTSTART;VALUE=DATE:20260105', 'DTEND:20260106T100000Z'),
    ],
    ['a bad DURATION', calendar('UID:a', 'DTSTART:20260105T100000Z', 'DURATION:1 hour')],
  ])('throws a CalendarError with a readable message: %s', (_, raw) => {
    expect(() => readEventFields(raw)).toThrow(CalendarError);
    expect(() => readEventFields(raw)).toThrow(/^[A-Z].{10,}/);
  });
});

describe('eventUid', () => {
  it('unfolds a long UID (Exchange folds it over two lines)', () => {
    expect(eventUid(readEvent('outlook-exchange.ics'))).toBe(
      '040000008200E00074C5B7101A82E00800000000EF8046288216DB010000000000000000100000000D748168D60A25439FA3E76297E80CB0',
    );
    expect(eventUid(readEvent('nextcloud-recurring-override.ics'))).toBe(
      'bd1d299d-3b03-4514-be69-e680ad2ff884',
    );
  });

  it('is null, never an exception, for text it cannot read', () => {
    expect(eventUid('garbage')).toBeNull();
    expect(eventUid(calendar('DTSTART:20260105T100000Z'))).toBeNull();
  });
});

describe('readEventFields: ends before starts', () => {
  it('reads as no length, and writing it back leaves the object as it was', () => {
    for (const end of ['DTEND:20260105T090000Z', 'DURATION:-PT1H']) {
      const raw = calendar('UID:a', 'DTSTART:20260105T100000Z', end);
      const fields = readEventFields(raw);
      expect(fields.end).toBe(fields.start);
      expect(patchEvent(raw, fields, { uid: 'a', now: '2026-12-07T09:00:00Z' })).toBe(raw);
    }
  });
});
