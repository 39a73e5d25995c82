import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { EventFields } from '../../../../electron/core/sync/calendar/event-fields';
import { patchEvent } from '../../../../electron/core/sync/calendar/patch-event';
import { readEventFields } from '../../../../electron/core/sync/calendar/read-event';
import { NOW, readEvent } from './fixtures';

const opts = { uid: 'unused-for-existing', now: NOW };

/** Moves the series' start (and end) by `ms`, or by whole days for an all-day series. */
function moveBy(raw: string, amount: { ms?: number; days?: number }): string {
  const fields = readEventFields(raw);
  const shift = (value: string): string =>
    fields.allDay
      ? new Date(Date.parse(`${value}T00:00:00Z`) + (amount.days ?? 0) * 86_400_000)
          .toISOString()
          .slice(0, 10)
      : new Date(Date.parse(value) + (amount.ms ?? 0)).toISOString().replace('.000Z', 'Z');
  const moved: EventFields = { ...fields, start: shift(fields.start), end: shift(fields.end) };
  return patchEvent(raw, moved, opts);
}

/**
 * The first instances as ical.js, a reader we did not write, expands them: each instance's start
 * (wall time as written), and its summary (an override's own, where one applies).
 */
function instances(raw: string, count: number): string[] {
  const calendar = new ICAL.Component(ICAL.parse(raw));
  const vevents = calendar.getAllSubcomponents('vevent');
  const master = new ICAL.Event(vevents.find((v) => !v.hasProperty('recurrence-id')));
  for (const v of vevents) if (v.hasProperty('recurrence-id')) master.relateException(v);
  const iterator = master.iterator();
  const out: string[] = [];
  for (let next = iterator.next(); next && out.length < count; next = iterator.next()) {
    const details = master.getOccurrenceDetails(next);
    out.push(`${details.startDate.toString()} ${details.item.summary}`);
  }
  return out;
}

const line = (raw: string, name: string) =>
  raw
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter((l) => l.startsWith(name));

describe('a recurring series moved in Netwell takes its overrides and exceptions with it', () => {
  it('Nextcloud: the overridden instance still replaces its own instance, at the time it was moved to', () => {
    const raw = readEvent('nextcloud-recurring-override.ics');
    expect(instances(raw, 4)).toEqual([
      '2020-11-03T10:00:00 test recur',
      '2020-11-04T11:15:00 test recur',
      '2020-11-05T10:00:00 test recur',
      '2020-11-06T10:00:00 test recur',
    ]);
    // An hour later: 10:00 Paris (09:00Z) → 11:00.
    const out = moveBy(raw, { ms: 3_600_000 });
    expect(line(out, 'RECURRENCE-ID')).toEqual(['RECURRENCE-ID;TZID=Europe/Paris:20201104T110000']);
    // The instance moved on its own to 11:15 keeps its time; the rule keeps its four instances.
    expect(line(out, 'DTSTART')).toEqual([
      'DTSTART;TZID=Europe/Paris:20201103T110000',
      'DTSTART;TZID=Europe/Paris:20201104T111500',
    ]);
    expect(line(out, 'RRULE')).toEqual(['RRULE:FREQ=DAILY;COUNT=4']);
    expect(instances(out, 5)).toEqual([
      '2020-11-03T11:00:00 test recur',
      '2020-11-04T11:15:00 test recur',
      '2020-11-05T11:00:00 test recur',
      '2020-11-06T11:00:00 test recur',
    ]);
  });

  it('an override that only changed the title sits at the series’ time, so it moves with it', () => {
    const raw = readEvent('nextcloud-recurring-override.ics')
      .replace(
        'DTSTART;TZID=Europe/Paris:20201104T111500',
        'DTSTART;TZID=Europe/Paris:20201104T100000',
      )
      .replace('DTEND;TZID=Europe/Paris:20201104T121500', 'DTEND;TZID=Europe/Paris:20201104T110000')
      .replace(/SUMMARY:test recur\r\nCOLOR/, 'SUMMARY:Retro instead\r\nCOLOR');
    const out = moveBy(raw, { ms: 2 * 3_600_000 });
    expect(instances(out, 4)).toEqual([
      '2020-11-03T12:00:00 test recur',
      '2020-11-04T12:00:00 Retro instead',
      '2020-11-05T12:00:00 test recur',
      '2020-11-06T12:00:00 test recur',
    ]);
    expect(line(out, 'DTEND')).toEqual([
      'DTEND;TZID=Europe/Paris:20201103T130000',
      'DTEND;TZID=Europe/Paris:20201104T130000',
    ]);
  });

  it('Outlook, all-day and fortnightly: a day later, it repeats on Tuesdays, its exception and end come along', () => {
    const raw = readEvent('outlook-recurring-all-day.ics');
    // ical.js does not apply Outlook's timed EXDATE to a series of dates: it lists the 15th.
    expect(instances(raw, 3)).toEqual(['2024-07-01 test123', '2024-07-15 test123']);
    const out = moveBy(raw, { days: 1 });
    expect(line(out, 'RRULE:FREQ=WEEKLY')).toEqual([
      'RRULE:FREQ=WEEKLY;UNTIL=20240729T230000Z;INTERVAL=2;BYDAY=TU;WKST=MO',
    ]);
    expect(line(out, 'EXDATE')).toEqual(['EXDATE;TZID=GMT Standard Time:20240716T000000']);
    expect(instances(out, 3)).toEqual(['2024-07-02 test123', '2024-07-16 test123']);
  });

  it('a rule on several days (every weekday) is left for the user: only the start moves', () => {
    const raw = readEvent('google-apple-location-recurring.ics');
    const out = moveBy(raw, { ms: 86_400_000 });
    expect(line(out, 'RRULE:FREQ=WEEKLY')).toEqual(['RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR']);
    expect(line(out, 'DTSTART;TZID')).toEqual(['DTSTART;TZID=Europe/Zurich:20161029T140000']);
  });

  it('moves by the wall clock across a clock change, and writes each value as it was written', () => {
    const raw = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Example//Phone//EN',
      'BEGIN:VEVENT',
      'UID:series-1',
      'DTSTAMP:20260101T000000Z',
      // 10:00 London in winter (GMT), weekly on Thursdays until the summer.
      'DTSTART;TZID=Europe/London:20260305T100000',
      'DTEND;TZID=Europe/London:20260305T103000',
      'RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20260604T090000Z',
      'EXDATE:20260402T090000Z',
      'EXDATE;VALUE=DATE:20260409',
      'RDATE;TZID=Europe/London:20260610T100000,20260617T100000',
      'SUMMARY:Coffee with Ana',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:series-1',
      'DTSTAMP:20260101T000000Z',
      // A summer instance (BST), moved to 15:00 on its own.
      'RECURRENCE-ID;TZID=Europe/London:20260507T100000',
      'DTSTART;TZID=Europe/London:20260507T150000',
      'DTEND;TZID=Europe/London:20260507T153000',
      'SUMMARY:Coffee with Ana (afternoon)',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    // To Friday at 11:00 (a day and an hour later).
    const out = moveBy(raw, { ms: 25 * 3_600_000 });
    expect(line(out, 'DTSTART')).toEqual([
      'DTSTART;TZID=Europe/London:20260306T110000',
      'DTSTART;TZID=Europe/London:20260507T150000',
    ]);
    expect(line(out, 'RRULE')).toEqual(['RRULE:FREQ=WEEKLY;BYDAY=FR;UNTIL=20260605T100000Z']);
    // London is on BST from 29 March: the Thursday's 10:00 was 09:00Z, the Friday's 11:00 is
    // 10:00Z. A date exception moves a day.
    expect(line(out, 'EXDATE')).toEqual(['EXDATE:20260403T100000Z', 'EXDATE;VALUE=DATE:20260410']);
    expect(line(out, 'RDATE')).toEqual([
      'RDATE;TZID=Europe/London:20260611T110000,20260618T110000',
    ]);
    expect(line(out, 'RECURRENCE-ID')).toEqual([
      'RECURRENCE-ID;TZID=Europe/London:20260508T110000',
    ]);
  });

  it('a single event moves alone: nothing but its own times change', () => {
    const raw = readEvent('thunderbird-tzid.ics');
    const out = moveBy(raw, { ms: 3_600_000 });
    expect(line(out, 'RECURRENCE-ID')).toEqual([]);
    expect(line(out, 'EXDATE')).toEqual(line(raw, 'EXDATE'));
  });

  it('moved there and back, every moved value is as it was', () => {
    const raw = readEvent('nextcloud-recurring-override.ics');
    fc.assert(
      fc.property(fc.integer({ min: -24 * 40, max: 24 * 40 }), (hours) => {
        const there = moveBy(raw, { ms: hours * 3_600_000 });
        const back = moveBy(there, { ms: -hours * 3_600_000 });
        for (const name of ['RECURRENCE-ID', 'DTSTART', 'DTEND', 'RRULE'])
          expect(line(back, name)).toEqual(line(raw, name));
      }),
      { numRuns: 60 },
    );
  });
});
