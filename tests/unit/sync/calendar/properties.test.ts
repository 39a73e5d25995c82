import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarError } from '../../../../electron/core/sync/calendar/calendar-error';
import type {
  EventAttendee,
  EventFields,
} from '../../../../electron/core/sync/calendar/event-fields';
import { emailKey } from '../../../../electron/core/sync/calendar/event-fields';
import { mergeEventFields } from '../../../../electron/core/sync/calendar/merge-event';
import { patchEvent } from '../../../../electron/core/sync/calendar/patch-event';
import { eventUid, readEventFields } from '../../../../electron/core/sync/calendar/read-event';
import { EVENT_FIXTURES, NOW, readEvent } from './fixtures';

const opts = { uid: 'prop-uid', now: NOW };

// TEXT holds anything but a bare CR (a line break is written as \n and read back as one).
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' })).map((s) => s.replace(/\r/g, ''));
// A parameter keeps line breaks (RFC 6868 ^n) but no other control character; CN is read trimmed.
const name = fc
  .oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('Ana "Nan" Ruiz', 'Ruiz; Ana', 'a^b^^n'),
  )
  // eslint-disable-next-line no-control-regex -- the characters a parameter cannot hold
  .map((s) => s.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '').trim());
const email = fc.emailAddress();
const partstat = fc.constantFrom(
  'NEEDS-ACTION',
  'ACCEPTED',
  'DECLINED',
  'TENTATIVE',
  'DELEGATED' as const,
);
const attendees = fc.uniqueArray(fc.record({ email, name, partstat }), {
  maxLength: 6,
  selector: (a) => emailKey(a.email),
});

const SECOND = 1000;
const FROM = Date.UTC(2000, 0, 1) / SECOND;
const TO = Date.UTC(2100, 0, 1) / SECOND;
const iso = (seconds: number) => new Date(seconds * SECOND).toISOString().replace('.000Z', 'Z');

const times = fc.oneof(
  fc
    .tuple(fc.integer({ min: FROM, max: TO }), fc.integer({ min: 0, max: 30 * 86_400 }))
    .map(([start, length]) => ({ allDay: false, start: iso(start), end: iso(start + length) })),
  fc
    .tuple(fc.integer({ min: FROM / 86_400, max: TO / 86_400 }), fc.integer({ min: 0, max: 60 }))
    .map(([day, days]) => ({
      allDay: true,
      start: iso(day * 86_400).slice(0, 10),
      end: iso((day + days) * 86_400).slice(0, 10),
    })),
);

const fields: fc.Arbitrary<EventFields> = fc
  .record({
    summary: text,
    location: text,
    description: text,
    times,
    status: fc.constantFrom('CONFIRMED', 'TENTATIVE', 'CANCELLED' as const),
    organizer: fc.option(fc.record({ email, name }), { nil: null }),
    attendees,
    sequence: fc.nat({ max: 10_000 }),
  })
  .map(({ times: t, ...rest }) => ({ ...rest, ...t }));

const byEmail = (list: readonly EventAttendee[]) =>
  [...list].sort((a, b) => (emailKey(a.email) < emailKey(b.email) ? -1 : 1));

const comparable = (f: EventFields) => ({ ...f, attendees: byEmail(f.attendees), sequence: 0 });

describe('properties', () => {
  it('any fields written as a new object read back as they were', () => {
    fc.assert(
      fc.property(fields, (f) => {
        expect(readEventFields(patchEvent(null, f, opts))).toEqual(f);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('any fields patched into a real object read back as they were, and a second patch changes nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EVENT_FIXTURES), fields, (fixture, f) => {
        const out = patchEvent(readEvent(fixture), f, opts);
        const back = readEventFields(out);
        expect(comparable(back)).toEqual(comparable(f));
        expect(back.sequence).toBeGreaterThanOrEqual(f.sequence);
        expect(patchEvent(out, back, opts)).toBe(out);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  const tokens = fc.constantFrom(
    ':',
    ';',
    '"',
    ',',
    '^',
    '\\',
    '\r\n',
    '\n',
    '\r\n ',
    ' ',
    'BEGIN:VEVENT\r\n',
    'END:VEVENT\r\n',
    'END:VALARM\r\n',
    'BEGIN:VTIMEZONE\r\n',
    'DTSTART:',
    'DTSTART;TZID=Nowhere/City:20260330T100000\r\n',
    'DTEND;VALUE=DATE:2026',
    'RECURRENCE-ID:20260330T100000Z\r\n',
    'TZID=',
    '99999999T999999Z',
    'DURATION:P',
    'ATTENDEE;CN="x:mailto:',
    '\uFEFF',
    '\u0000',
  );
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      what: fc.oneof(tokens, fc.string()),
    }),
    fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
  );

  function mutate(
    raw: string,
    steps: { kind: string; at: number; length?: number; what?: string }[],
  ) {
    let out = raw;
    for (const step of steps) {
      const at = out.length === 0 ? 0 : step.at % out.length;
      if (step.kind === 'cut') out = out.slice(0, at) + out.slice(at + (step.length ?? 0));
      else if (step.kind === 'insert') out = out.slice(0, at) + (step.what ?? '') + out.slice(at);
      else out = out.slice(0, at) + out.slice(at, at + (step.length ?? 0)) + out.slice(at);
    }
    return out;
  }

  /** Runs `action`; only a CalendarError may come out of it. */
  function onlyCalendarErrors(action: () => unknown): void {
    try {
      action();
    } catch (error) {
      expect(error).toBeInstanceOf(CalendarError);
    }
  }

  it('a damaged real object never makes anything throw but a CalendarError', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EVENT_FIXTURES),
        fc.array(mutation, { minLength: 1, maxLength: 5 }),
        fields,
        (fixture, steps, f) => {
          const raw = mutate(readEvent(fixture), steps);
          expect(() => eventUid(raw)).not.toThrow();
          onlyCalendarErrors(() => {
            const read = readEventFields(raw);
            mergeEventFields(read, f, read);
            patchEvent(raw, read, opts);
          });
          onlyCalendarErrors(() => patchEvent(raw, f, opts));
        },
      ),
      { numRuns: 1500 },
    );
  }, 120_000);
});
