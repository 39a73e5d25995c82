import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScheduleSettings } from '../../../../electron/shared/schedule';
import { CalendarError } from '../../../../electron/core/sync/calendar/calendar-error';
import { patchEvent } from '../../../../electron/core/sync/calendar/patch-event';
import { readEventFields } from '../../../../electron/core/sync/calendar/read-event';
import { vtimezoneLines } from '../../../../electron/core/sync/calendar/vtimezone';
import { windowsAsEvents } from '../../../../electron/core/sync/calendar/windows-as-events';
import { EVENT_FIXTURES, readEvent } from './fixtures';

const settings: ScheduleSettings = {
  version: 1,
  schedule: {
    timeZone: 'Europe/Berlin',
    windows: [
      { id: 'lunch', days: [1, 4], start: '12:00', end: '13:00' },
      { id: 'late/night', days: [5], start: '22:00', end: '01:00', label: 'Bar, late' },
      { id: 'broken', days: [2], start: '10:00', end: '10:00' },
    ],
    reminderLeadMin: 5,
    closingMin: 5,
  },
  exceptions: {
    daysOff: [
      { from: '2026-03-30', to: '2026-03-30', reason: 'holiday' },
      { from: '2026-04-02', to: '2026-04-03' },
      { from: '2025-12-20', to: '2025-12-31' },
    ],
    extraWindows: [],
  },
};
const NOW = '2026-03-10T09:00:00Z';

const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('windowsAsEvents', () => {
  const out = windowsAsEvents(settings, 'Europe/Berlin', NOW);
  const lunch = out[0]!.ics;

  it('one object per valid weekly window, with a stable UID from its id', () => {
    expect(out.map((o) => o.uid)).toEqual(['netwell-window-lunch', 'netwell-window-late%2Fnight']);
    expect(unfolded(lunch)).toContain('UID:netwell-window-lunch');
  });

  it('a weekly RRULE in the zone, starting on the first window day of the year, days off as EXDATE', () => {
    const lines = unfolded(lunch);
    expect(lines).toEqual(
      expect.arrayContaining([
        'DTSTART;TZID=Europe/Berlin:20260101T120000',
        'DTEND;TZID=Europe/Berlin:20260101T130000',
        'RRULE:FREQ=WEEKLY;BYDAY=MO,TH',
        'EXDATE;TZID=Europe/Berlin:20260330T120000,20260402T120000',
        'SUMMARY:Networking window',
        'TRANSP:TRANSPARENT',
      ]),
    );
    // A window past midnight ends the next day; its label is the description.
    expect(unfolded(out[1]!.ics)).toEqual(
      expect.arrayContaining([
        'DTSTART;TZID=Europe/Berlin:20260102T220000',
        'DTEND;TZID=Europe/Berlin:20260103T010000',
        'EXDATE;TZID=Europe/Berlin:20260403T220000',
        'DESCRIPTION:Bar\\, late',
      ]),
    );
  });

  it('the VTIMEZONE has the real yearly rules (last Sunday of March and October)', () => {
    expect(unfolded(lunch)).toEqual(
      expect.arrayContaining([
        'BEGIN:VTIMEZONE',
        'TZID:Europe/Berlin',
        'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
        'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      ]),
    );
    // A zone without clock changes has one observance; Lord Howe's half-hour change is kept.
    expect(vtimezoneLines('Asia/Tokyo', 2025, 2035)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Tokyo',
      'BEGIN:STANDARD',
      'DTSTART:20250101T000000',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
    expect(vtimezoneLines('Australia/Lord_Howe', 2025, 2035)).toContain('TZOFFSETTO:+1030');
  });

  it('stays byte-identical through the year, so an unchanged schedule is not written again', () => {
    expect(windowsAsEvents(settings, 'Europe/Berlin', '2026-11-30T12:00:00Z')).toEqual(out);
  });

  it('each object is a valid event for the sync reader', () => {
    expect(readEventFields(lunch)).toMatchObject({
      summary: 'Networking window',
      start: '2026-01-01T11:00:00Z',
      end: '2026-01-01T12:00:00Z',
    });
  });

  it('ical.js, reading the VTIMEZONE, puts the window after the March change at 12:00 CEST (10:00 UTC)', () => {
    const calendar = new ICAL.Component(ICAL.parse(lunch) as unknown[]);
    const vtimezone = calendar.getFirstSubcomponent('vtimezone')!;
    const zone = new ICAL.Timezone({ component: vtimezone, tzid: 'Europe/Berlin' });
    ICAL.TimezoneService.register(zone, 'Europe/Berlin');
    try {
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
      const iterator = event.iterator();
      const utc: string[] = [];
      for (let next = iterator.next(); next; next = iterator.next()) {
        const at = next.toJSDate().toISOString();
        if (at >= '2026-04-17') break;
        if (at >= '2026-03-20') utc.push(at);
      }
      expect(utc).toEqual([
        '2026-03-23T11:00:00.000Z',
        '2026-03-26T11:00:00.000Z',
        // 30 March and 2 April are days off; the clocks changed on 29 March.
        '2026-04-06T10:00:00.000Z',
        '2026-04-09T10:00:00.000Z',
        '2026-04-13T10:00:00.000Z',
        '2026-04-16T10:00:00.000Z',
      ]);
    } finally {
      ICAL.TimezoneService.remove('Europe/Berlin');
    }
  });

  it('an extra window is a single event at its instants; one that ended before this year is not', () => {
    const withExtras: ScheduleSettings = {
      ...settings,
      exceptions: {
        ...settings.exceptions,
        extraWindows: [
          {
            id: 'x1',
            start: '2026-03-14T15:00:00.000Z',
            end: '2026-03-14T16:30:00.000Z',
            label: 'Catch-up, Saturday',
          },
          { id: 'old', start: '2025-11-01T10:00:00.000Z', end: '2025-11-01T11:00:00.000Z' },
        ],
      },
    };
    const all = windowsAsEvents(withExtras, 'Europe/Berlin', NOW);
    expect(all.map((o) => o.uid)).toEqual([
      'netwell-window-lunch',
      'netwell-window-late%2Fnight',
      'netwell-extra-window-x1',
    ]);
    const extra = all[2]!.ics;
    expect(unfolded(extra)).toEqual(
      expect.arrayContaining([
        'DTSTART:20260314T150000Z',
        'DTEND:20260314T163000Z',
        'SUMMARY:Networking window',
        'DESCRIPTION:Catch-up\\, Saturday',
        'TRANSP:TRANSPARENT',
      ]),
    );
    expect(unfolded(extra).some((l) => l.startsWith('RRULE'))).toBe(false);
    expect(readEventFields(extra)).toMatchObject({
      start: '2026-03-14T15:00:00Z',
      end: '2026-03-14T16:30:00Z',
    });
  });

  it('refuses an unknown zone or time with a CalendarError', () => {
    expect(() => windowsAsEvents(settings, 'Mars/Olympus', NOW)).toThrow(CalendarError);
    expect(() => windowsAsEvents(settings, 'Europe/Berlin', 'soon')).toThrow(CalendarError);
  });
});

/**
 * python3-icalendar (and python3-vobject, which reads the VTIMEZONE itself) reading the objects:
 * TZID, RRULE and EXDATE as written, and the occurrences across the March clock change.
 */
const PYTHON_CHECK = `
import json, sys, datetime
import icalendar
from dateutil.rrule import rrulestr
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
ev = next(iter(cal.walk('VEVENT')))
start = ev.decoded('DTSTART')
exdates = ev.get('EXDATE')
exdates = exdates if isinstance(exdates, list) else [exdates]
excluded = sorted(d.dt.strftime('%Y%m%dT%H%M%S') for e in exdates for d in e.dts)
rule = rrulestr(ev.get('RRULE').to_ical().decode(), dtstart=start.replace(tzinfo=None))
local = [d for d in rule.between(datetime.datetime(2026, 3, 20), datetime.datetime(2026, 4, 10))
         if d.strftime('%Y%m%dT%H%M%S') not in excluded]
tz = start.tzinfo
as_utc = lambda d: (tz.localize(d) if hasattr(tz, 'localize') else d.replace(tzinfo=tz)).astimezone(datetime.timezone.utc)
out = {
  'tzid': ev['DTSTART'].params.get('TZID'),
  'rrule': ev.get('RRULE').to_ical().decode(),
  'exdates': excluded,
  'local': [d.strftime('%Y-%m-%d %H:%M') for d in local],
  'utc': [as_utc(d).strftime('%Y-%m-%d %H:%M') for d in local],
}
try:
  import vobject
  vevent = vobject.readOne(open(sys.argv[1]).read()).vevent
  utc = datetime.timezone.utc
  occurrences = vevent.getrruleset(addRDate=True).between(
    datetime.datetime(2026, 4, 5, tzinfo=utc), datetime.datetime(2026, 4, 7, tzinfo=utc))
  out['vobject'] = [d.astimezone(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M') for d in occurrences]
except ImportError:
  pass
print(json.dumps(out))
`;

function pythonWithIcalendar(): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(python, ['-c', 'import icalendar, dateutil'], { encoding: 'utf8' });
    if (probe.status === 0) return python;
  }
  return null;
}

describe('windowsAsEvents read by python3-icalendar', () => {
  const python = pythonWithIcalendar();
  const dir = mkdtempSync(join(tmpdir(), 'netwell-windows-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!python)(
    'TZID, RRULE, EXDATE and 12:00 local on both sides of the clock change',
    () => {
      const file = join(dir, 'lunch.ics');
      writeFileSync(file, windowsAsEvents(settings, 'Europe/Berlin', NOW)[0]!.ics);
      const run = spawnSync(python!, ['-c', PYTHON_CHECK, file], {
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.stderr).toBe('');
      const result: unknown = JSON.parse(run.stdout);
      expect(result).toMatchObject({
        tzid: 'Europe/Berlin',
        rrule: 'FREQ=WEEKLY;BYDAY=MO,TH',
        exdates: ['20260330T120000', '20260402T120000'],
        local: ['2026-03-23 12:00', '2026-03-26 12:00', '2026-04-06 12:00', '2026-04-09 12:00'],
        utc: ['2026-03-23 11:00', '2026-03-26 11:00', '2026-04-06 10:00', '2026-04-09 10:00'],
      });
      if (result && typeof result === 'object' && 'vobject' in result) {
        expect(result.vobject).toEqual(['2026-04-06 10:00']);
      }
    },
  );

  it.skipIf(!python)(
    'every object Netwell writes (new, patched, windows) parses in both Python libraries',
    () => {
      const fields = readEventFields(readEvent('thunderbird-tzid.ics'));
      const written = [
        patchEvent(
          null,
          {
            ...fields,
            attendees: [
              { email: 'ana@example.org', name: 'Ana "Nan", Ruiz', partstat: 'ACCEPTED' },
            ],
          },
          { uid: 'u-1', now: NOW },
        ),
        ...EVENT_FIXTURES.map((name) => {
          const raw = readEvent(name);
          const read = readEventFields(raw);
          const moved = read.allDay
            ? { ...read, start: '2026-03-30', end: '2026-03-31' }
            : { ...read, start: '2026-03-30T10:00:00Z', end: '2026-03-30T11:30:00Z' };
          return patchEvent(
            raw,
            { ...moved, location: 'Café; "Central", Lisbon' },
            { uid: 'u', now: NOW },
          );
        }),
        ...windowsAsEvents(settings, 'Europe/Berlin', NOW).map((w) => w.ics),
      ];
      const files = written.map((ics, i) => {
        const file = join(dir, `written-${i}.ics`);
        writeFileSync(file, ics);
        return file;
      });
      const script = [
        'import sys, icalendar, vobject',
        'for path in sys.argv[1:]:',
        "  text = open(path, encoding='utf-8').read()",
        "  ev = next(iter(icalendar.Calendar.from_ical(text).walk('VEVENT')))",
        "  ev.decoded('DTSTART')",
        '  vobject.readOne(text).vevent.dtstart.value',
        "print('ok', len(sys.argv) - 1)",
      ].join('\n');
      const run = spawnSync(python!, ['-c', script, ...files], {
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.stderr).toBe('');
      expect(run.stdout.trim()).toBe(`ok ${files.length}`);
    },
  );

  if (!python) {
    it('is skipped: python3 with the icalendar module was not found (apt-get install python3-icalendar)', () => {
      expect(python).toBeNull();
    });
  }
});
