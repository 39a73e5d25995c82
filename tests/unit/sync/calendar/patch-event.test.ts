import { describe, expect, it } from 'vitest';
import { CalendarError } from '../../../../electron/core/sync/calendar/calendar-error';
import type { EventFields } from '../../../../electron/core/sync/calendar/event-fields';
import { patchEvent } from '../../../../electron/core/sync/calendar/patch-event';
import { readEventFields } from '../../../../electron/core/sync/calendar/read-event';
import { EVENT_FIXTURES, NOW, readEvent } from './fixtures';

const opts = { uid: 'unused-for-existing', now: NOW };

/** Logical lines (folds undone), for comparing what changed. */
const logicalLines = (raw: string) => raw.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);

/** Lines of `after` not in `before`, and the reverse. */
function lineDiff(before: string, after: string) {
  const a = logicalLines(before);
  const b = logicalLines(after);
  return { removed: a.filter((l) => !b.includes(l)), added: b.filter((l) => !a.includes(l)) };
}

const names = (lines: string[]) => [...new Set(lines.map((l) => l.split(/[;:]/, 1)[0]))].sort();

describe('patchEvent on real objects', () => {
  it.each(EVENT_FIXTURES)('%s: writing back what was read changes not one byte', (name) => {
    const raw = readEvent(name);
    expect(patchEvent(raw, readEventFields(raw), opts)).toBe(raw);
  });

  it.each(EVENT_FIXTURES)('%s: a moved event keeps everything else', (name) => {
    const raw = readEvent(name);
    const fields = readEventFields(raw);
    const moved: EventFields = fields.allDay
      ? { ...fields, start: '2026-03-30', end: '2026-03-31' }
      : { ...fields, start: '2026-03-30T10:00:00Z', end: '2026-03-30T11:30:00Z' };
    const out = patchEvent(raw, moved, opts);
    expect(readEventFields(out)).toEqual({ ...moved, sequence: fields.sequence + 1 });
    const { removed, added } = lineDiff(raw, out);
    const allowed = ['DTEND', 'DTSTAMP', 'DTSTART', 'LAST-MODIFIED', 'SEQUENCE'];
    // A series takes its exceptions, overrides and end with it (move-series.test.ts).
    if (/^RRULE:/m.test(raw.slice(raw.indexOf('BEGIN:VEVENT'))))
      allowed.push('EXDATE', 'RDATE', 'RECURRENCE-ID', 'RRULE');
    expect(names(removed).every((n) => allowed.includes(n!))).toBe(true);
    expect(names(added).every((n) => allowed.includes(n!))).toBe(true);
    // Time zones, alarms and overrides are the server's bytes.
    for (const block of raw.match(/BEGIN:(VTIMEZONE|VALARM)[\s\S]*?END:\1\r?\n/g) ?? []) {
      expect(out).toContain(block);
    }
    // The same line ends as the server's.
    expect(out.includes('\r\n')).toBe(raw.includes('\r\n'));
  });

  it('a moved event in a TZID stays in that zone, in its local time across a DST change', () => {
    const raw = readEvent('thunderbird-tzid.ics');
    const out = patchEvent(
      raw,
      { ...readEventFields(raw), start: '2026-03-30T09:00:00Z', end: '2026-03-30T10:00:00Z' },
      opts,
    );
    // London is on BST (UTC+1) from 29 March 2026.
    expect(out).toContain('DTSTART;TZID=Europe/London:20260330T100000\r\n');
    expect(out).toContain('DTEND;TZID=Europe/London:20260330T110000\r\n');
    expect(out).toContain('SEQUENCE:1\r\n');
    expect(out).toContain('DTSTAMP:20261207T090000Z\r\n');
    expect(out).toContain('LAST-MODIFIED:20261207T090000Z\r\n');
  });

  it('a time in the repeated hour of a clock change is written in UTC (the zone would be ambiguous)', () => {
    const raw = readEvent('thunderbird-tzid.ics');
    // 01:30 BST and 01:30 GMT both happen on 25 October 2026; 00:30Z is the second one.
    const out = patchEvent(
      raw,
      { ...readEventFields(raw), start: '2026-10-25T01:30:00Z', end: '2026-10-25T02:00:00Z' },
      opts,
    );
    expect(readEventFields(out)).toMatchObject({
      start: '2026-10-25T01:30:00Z',
      end: '2026-10-25T02:00:00Z',
    });
  });

  it('the Nextcloud override stays as it was when the series changes', () => {
    const raw = readEvent('nextcloud-recurring-override.ics');
    const out = patchEvent(raw, { ...readEventFields(raw), summary: 'Standup' }, opts);
    const override = raw.slice(raw.lastIndexOf('BEGIN:VEVENT'));
    expect(out.endsWith(override)).toBe(true);
    expect(out).toContain('SUMMARY:Standup\r\n');
  });

  it('a new title alone does not bump SEQUENCE; a new place or status does (RFC 5546)', () => {
    const raw = readEvent('apple-macos.ics');
    const fields = readEventFields(raw);
    expect(patchEvent(raw, { ...fields, summary: 'Birthday' }, opts)).toContain('SEQUENCE:0\r\n');
    expect(patchEvent(raw, { ...fields, location: 'Berlin' }, opts)).toContain('SEQUENCE:1\r\n');
    expect(patchEvent(raw, { ...fields, status: 'CANCELLED' }, opts)).toContain('SEQUENCE:1\r\n');
    expect(patchEvent(raw, { ...fields, status: 'CANCELLED', sequence: 7 }, opts)).toContain(
      'SEQUENCE:7\r\n',
    );
  });

  it("a guest's answer rewrites their line only, keeping RSVP and the others' lines", () => {
    const raw = readEvent('blackberry-attendees-all-day.ics');
    const fields = readEventFields(raw);
    const attendees = fields.attendees.map((a, i) =>
      i === 1 ? { ...a, partstat: 'ACCEPTED' as const } : a,
    );
    const { removed, added } = lineDiff(raw, patchEvent(raw, { ...fields, attendees }, opts));
    expect(removed).toEqual([
      'ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="RembrandDX":MAILTO:rembrand@daxlab.com',
      'DTSTAMP:20120813T151458Z',
    ]);
    expect(added).toEqual([
      'ATTENDEE;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=RembrandDX:MAILTO:rembrand@daxlab.com',
      'DTSTAMP:20261207T090000Z',
      'LAST-MODIFIED:20261207T090000Z',
    ]);
  });

  it('guests come and go; a new one is marked SCHEDULE-AGENT=CLIENT so no server emails them', () => {
    const raw = readEvent('blackberry-attendees-all-day.ics');
    const fields = readEventFields(raw);
    const out = patchEvent(
      raw,
      {
        ...fields,
        attendees: [
          ...fields.attendees.slice(1),
          { email: 'ana@example.org', name: 'Ana "Nan" Ruiz', partstat: 'TENTATIVE' },
        ],
      },
      opts,
    );
    expect(out).not.toContain('rembrand@xs4all.nl');
    expect(logicalLines(out)).toContain(
      "ATTENDEE;CN=Ana ^'Nan^' Ruiz;PARTSTAT=TENTATIVE;SCHEDULE-AGENT=CLIENT:mailto:ana@example.org",
    );
    expect(readEventFields(out).attendees.map((a) => a.name)).toEqual([
      'RembrandDX',
      'RembrandSB',
      'Ana "Nan" Ruiz',
    ]);
  });

  it("a new guest goes with the event's own properties, never into an alarm's ATTENDEE", () => {
    const raw = readEvent('google-alarms.ics');
    const fields = readEventFields(raw);
    const guest = { email: 'ana@example.org', name: 'Ana', partstat: 'ACCEPTED' as const };
    const out = patchEvent(raw, { ...fields, attendees: [guest] }, opts);
    expect(out).toContain('ATTENDEE:mailto:niccokunzmann@googlemail.com\r\n');
    expect(out.indexOf('mailto:ana@example.org')).toBeLessThan(out.indexOf('BEGIN:VALARM'));
    expect(readEventFields(out).attendees).toEqual([guest]);
  });

  it('an emptied text field loses its line; a new one goes before the alarms', () => {
    const raw = readEvent('google-alarms.ics');
    const fields = readEventFields(raw);
    const out = patchEvent(
      raw,
      { ...fields, summary: '', description: 'Bring slides; and, coffee' },
      opts,
    );
    expect(out).not.toContain('SUMMARY:event with alarms');
    expect(out.indexOf('DESCRIPTION:Bring slides\\; and\\, coffee')).toBeLessThan(
      out.indexOf('BEGIN:VALARM'),
    );
    expect(readEventFields(out)).toMatchObject({
      summary: '',
      description: 'Bring slides; and, coffee',
    });
  });

  it('an event with no DTEND gets one beside DTSTART, in its zone, when its length changes', () => {
    const raw = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:a',
      'DTSTART;TZID=Europe/Berlin:20260327T120000',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const fields = readEventFields(raw);
    const out = patchEvent(raw, { ...fields, end: '2026-03-27T12:00:00Z' }, opts);
    expect(out).toContain(
      'DTSTART;TZID=Europe/Berlin:20260327T120000\r\nDTEND;TZID=Europe/Berlin:20260327T130000\r\n',
    );
  });

  it('a DURATION stays a DURATION', () => {
    const raw =
      'BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART:20260105T100000Z\nDURATION:PT1H\nEND:VEVENT\nEND:VCALENDAR\n';
    const out = patchEvent(raw, { ...readEventFields(raw), end: '2026-01-05T12:30:00Z' }, opts);
    expect(out).toContain('\nDURATION:PT2H30M\n');
    expect(out).not.toContain('\r');
  });
});

describe('patchEvent: a new object', () => {
  const fields: EventFields = {
    summary: 'Coffee with Ana',
    location: 'Café Central, Lisbon',
    description: 'Line one\nline two',
    start: '2026-03-30T10:00:00.000Z',
    end: '2026-03-30T10:45:00Z',
    allDay: false,
    status: 'TENTATIVE',
    organizer: { email: 'me@example.org', name: 'Me' },
    attendees: [{ email: 'ana@example.org', name: 'Ana', partstat: 'NEEDS-ACTION' }],
    sequence: 0,
  };

  it('is a VCALENDAR 2.0 from Netwell with one VEVENT, its UID and DTSTAMP now', () => {
    const out = patchEvent(null, fields, { uid: 'uid-1', now: NOW });
    expect(
      out.startsWith(
        'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Netwell//Netwell//EN\r\nBEGIN:VEVENT\r\nUID:uid-1\r\nDTSTAMP:20261207T090000Z\r\n',
      ),
    ).toBe(true);
    expect(out.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(readEventFields(out)).toEqual({ ...fields, start: '2026-03-30T10:00:00Z' });
  });

  it('refuses fields it cannot write, with a CalendarError', () => {
    const bad: Partial<EventFields>[] = [
      { start: 'soon' },
      { end: '2026-03-30T09:00:00Z' },
      { allDay: true },
      { sequence: -1 },
    ];
    for (const change of bad) {
      expect(() => patchEvent(null, { ...fields, ...change }, { uid: 'u', now: NOW })).toThrow(
        CalendarError,
      );
    }
    expect(() => patchEvent(null, fields, { uid: 'u', now: 'later' })).toThrow(CalendarError);
  });
});
