import { describe, expect, test } from 'vitest';
import type { ScheduleState, ScheduleStateInput } from '../../../electron/shared/schedule';
import { computeState } from '../../../electron/core/schedule/compute-state';
import { takeDaysOff, takeTodayOff } from '../../../electron/core/schedule/days-off';
import { occurrencesBetween } from '../../../electron/core/schedule/occurrences';
import {
  continueOvertime,
  snoozeReminders,
  startWindowNow,
} from '../../../electron/core/schedule/runtime-actions';
import { resolveTimeZone } from '../../../electron/core/schedule/resolve-time-zone';
import { iso, localTime, makeInput, wall, win } from './helpers';

const WEEKDAYS = [1, 2, 3, 4, 5];

function at(input: ScheduleStateInput, when: string): ScheduleState {
  return computeState(input, new Date(when));
}

/** state, current start–end and nextBoundary in one line, for compact expectations. */
function brief(s: ScheduleState) {
  return {
    state: s.state,
    current: s.current ? `${iso(s.current.start)}/${iso(s.current.end)}` : null,
    nextBoundary: iso(s.nextBoundary),
  };
}

describe('a 12:00–12:45 window across DST changes starts at 12:00 local on both sides', () => {
  const cases: Array<[string, string[]]> = [
    [
      'America/New_York',
      ['2025-03-08', '2025-03-09', '2025-03-10', '2025-11-01', '2025-11-02', '2025-11-03'],
    ],
    [
      'Europe/London',
      ['2025-03-29', '2025-03-30', '2025-03-31', '2025-10-25', '2025-10-26', '2025-10-27'],
    ],
    [
      'Australia/Lord_Howe',
      ['2025-04-05', '2025-04-06', '2025-04-07', '2025-10-04', '2025-10-05', '2025-10-06'],
    ],
    ['Asia/Kolkata', ['2025-03-29', '2025-03-30', '2025-10-26', '2025-10-27']],
  ];
  for (const [zone, dates] of cases) {
    test(zone, () => {
      const input = makeInput(zone, [win('lunch', '12:00', '12:45')]);
      const from = new Date(Date.parse(`${dates[0]}T00:00:00Z`) - 86_400_000);
      const to = new Date(Date.parse(`${dates[dates.length - 1]}T00:00:00Z`) + 2 * 86_400_000);
      const occ = occurrencesBetween(input, from, to);
      for (const date of dates) {
        const o = occ.find((x) => wall(zone, x.start).startsWith(date));
        expect(o, `${zone} ${date}`).toBeDefined();
        expect(wall(zone, o!.start)).toBe(`${date} 12:00`);
        expect(wall(zone, o!.end)).toBe(`${date} 12:45`);
        expect(o!.end.getTime() - o!.start.getTime()).toBe(45 * 60_000);
        // The state machine agrees: upcoming a minute before, open at 12:00 local.
        expect(computeState(input, new Date(o!.start.getTime() - 60_000)).state).toBe('upcoming');
        expect(computeState(input, o!.start).state).toBe('open');
      }
    });
  }

  test('New York: 17:00Z before spring-forward, 16:00Z after', () => {
    const input = makeInput('America/New_York', [win('lunch', '12:00', '12:45')]);
    expect(brief(at(input, '2025-03-08T17:00:00Z')).state).toBe('open');
    expect(brief(at(input, '2025-03-09T16:00:00Z')).current).toBe(
      '2025-03-09T16:00:00.000Z/2025-03-09T16:45:00.000Z',
    );
    expect(at(input, '2025-03-09T17:00:00Z').state).toBe('off');
  });
});

describe('skipped and repeated hours', () => {
  test('New York: a 02:30 start on spring-forward day opens at 03:00 EDT', () => {
    const input = makeInput('America/New_York', [win('early', '02:30', '03:30')]);
    const before = at(input, '2025-03-09T06:59:59Z');
    expect(before.state).toBe('upcoming');
    expect(iso(before.nextBoundary)).toBe('2025-03-09T07:00:00.000Z');
    const open = at(input, '2025-03-09T07:00:00Z');
    expect(brief(open)).toEqual({
      state: 'open',
      current: '2025-03-09T07:00:00.000Z/2025-03-09T07:30:00.000Z',
      nextBoundary: '2025-03-09T07:25:00.000Z',
    });
    expect(localTime('America/New_York', open.current!.start)).toBe('03:00');
    // Ordinary days keep their hour.
    expect(localTime('America/New_York', at(input, '2025-03-10T06:30:00Z').current!.start)).toBe(
      '02:30',
    );
  });

  test('a window lying wholly in the skipped hour does not happen that day', () => {
    const input = makeInput('America/New_York', [win('gone', '02:00', '03:00')]);
    const occ = occurrencesBetween(
      input,
      new Date('2025-03-08T00:00:00Z'),
      new Date('2025-03-11T00:00:00Z'),
    );
    expect(occ.map((o) => wall('America/New_York', o.start))).toEqual([
      '2025-03-08 02:00',
      '2025-03-10 02:00',
    ]);
  });

  test('London: 01:30–02:30 on spring-forward day runs 02:00–02:30 BST', () => {
    const input = makeInput('Europe/London', [win('dst', '01:30', '02:30')]);
    expect(brief(at(input, '2025-03-30T01:00:00Z')).current).toBe(
      '2025-03-30T01:00:00.000Z/2025-03-30T01:30:00.000Z',
    );
  });

  test('New York: 01:30 on fall-back day is the first 01:30 (EDT)', () => {
    const input = makeInput('America/New_York', [win('dst', '01:30', '02:30')]);
    const s = at(input, '2025-11-02T05:30:00Z');
    // 01:30 EDT → 02:30 EST: two real hours.
    expect(brief(s)).toEqual({
      state: 'open',
      current: '2025-11-02T05:30:00.000Z/2025-11-02T07:30:00.000Z',
      nextBoundary: '2025-11-02T07:25:00.000Z',
    });
    // During the repeated 01:30 (EST) the window is still open: not a second occurrence.
    expect(at(input, '2025-11-02T06:30:00Z').current!.start.toISOString()).toBe(
      '2025-11-02T05:30:00.000Z',
    );
  });

  test('Lord Howe: 30-minute changes', () => {
    const zone = 'Australia/Lord_Howe';
    const input = makeInput(zone, [win('w', '02:00', '03:00')]);
    // Spring forward 2025-10-05 02:00 → 02:30: the window opens at 02:30 and lasts 30 minutes.
    const spring = at(input, '2025-10-04T15:30:00Z');
    expect(brief(spring).current).toBe('2025-10-04T15:30:00.000Z/2025-10-04T16:00:00.000Z');
    expect(wall(zone, spring.current!.start)).toBe('2025-10-05 02:30');
    expect(at(input, '2025-10-04T15:29:00Z').state).toBe('upcoming');
    // Fall back 2025-04-06 02:00 → 01:30: 02:00 occurs once, after the repeated half hour.
    const fall = at(input, '2025-04-05T15:30:00Z');
    expect(brief(fall).current).toBe('2025-04-05T15:30:00.000Z/2025-04-05T16:30:00.000Z');
    expect(wall(zone, fall.current!.start)).toBe('2025-04-06 02:00');
    // 01:30–02:30 on fall-back day starts at the first 01:30 (+11:00): 90 real minutes.
    const early = makeInput(zone, [win('e', '01:30', '02:30')]);
    expect(brief(at(early, '2025-04-05T14:30:00Z')).current).toBe(
      '2025-04-05T14:30:00.000Z/2025-04-05T16:00:00.000Z',
    );
  });

  test('Kolkata has no DST: 12:00 is 06:30Z all year', () => {
    const input = makeInput('Asia/Kolkata', [win('lunch', '12:00', '12:45')]);
    for (const d of ['2025-01-15', '2025-03-30', '2025-07-15', '2025-10-26', '2025-12-31']) {
      expect(at(input, `${d}T06:30:00Z`).state).toBe('open');
      expect(at(input, `${d}T06:29:59Z`).state).toBe('upcoming');
    }
  });
});

describe('upcoming, open, closing and their boundaries', () => {
  const input = makeInput('Europe/London', [
    win('lunch', '12:00', '12:45', WEEKDAYS, 'LinkedIn outreach'),
  ]);

  test('a weekday walks off → upcoming → open → closing → off at the exact instants', () => {
    // Monday 2025-06-02, BST (UTC+1): 12:00 local = 11:00Z.
    expect(brief(at(input, '2025-06-02T08:00:00Z'))).toEqual({
      state: 'off',
      current: null,
      nextBoundary: '2025-06-02T10:55:00.000Z',
    });
    expect(at(input, '2025-06-02T10:54:59.999Z').state).toBe('off');
    expect(brief(at(input, '2025-06-02T10:55:00Z'))).toEqual({
      state: 'upcoming',
      current: '2025-06-02T11:00:00.000Z/2025-06-02T11:45:00.000Z',
      nextBoundary: '2025-06-02T11:00:00.000Z',
    });
    const open = at(input, '2025-06-02T11:00:00Z');
    expect(open.state).toBe('open');
    expect(open.current?.label).toBe('LinkedIn outreach');
    expect(open.current?.windowId).toBe('lunch');
    expect(open.current?.source).toBe('weekly');
    expect(iso(open.nextBoundary)).toBe('2025-06-02T11:40:00.000Z');
    expect(iso(open.next?.start)).toBe('2025-06-03T11:00:00.000Z');
    expect(brief(at(input, '2025-06-02T11:40:00Z')).state).toBe('closing');
    expect(iso(at(input, '2025-06-02T11:40:00Z').nextBoundary)).toBe('2025-06-02T11:45:00.000Z');
    expect(brief(at(input, '2025-06-02T11:45:00Z'))).toEqual({
      state: 'off',
      current: null,
      nextBoundary: '2025-06-03T10:55:00.000Z',
    });
  });

  test('Friday afternoon looks ahead to Monday', () => {
    const s = at(input, '2025-06-06T13:00:00Z');
    expect(s.state).toBe('off');
    expect(iso(s.next?.start)).toBe('2025-06-09T11:00:00.000Z');
    expect(iso(s.nextBoundary)).toBe('2025-06-09T10:55:00.000Z');
  });

  test('lead and closing of 0 turn those states off; a short window is closing throughout', () => {
    const none = makeInput('Europe/London', [win('w', '12:00', '12:45')], {
      reminderLeadMin: 0,
      closingMin: 0,
    });
    expect(at(none, '2025-06-02T10:59:00Z').state).toBe('off');
    expect(at(none, '2025-06-02T11:44:59Z').state).toBe('open');
    const short = makeInput('Europe/London', [win('w', '12:00', '12:03')]);
    expect(at(short, '2025-06-02T11:00:00Z').state).toBe('closing');
  });

  test('touching windows: closing, then the next one opens', () => {
    const two = makeInput('Europe/London', [
      win('a', '12:00', '12:30'),
      win('b', '12:30', '13:00'),
    ]);
    expect(at(two, '2025-06-02T11:27:00Z').state).toBe('closing');
    const b = at(two, '2025-06-02T11:30:00Z');
    expect(b.state).toBe('open');
    expect(b.current?.windowId).toBe('b');
  });

  test('a window across midnight', () => {
    const late = makeInput('Europe/London', [win('late', '23:30', '00:30', [5])]);
    // Friday 2025-06-06 23:30 BST = 22:30Z, ends Saturday 00:30 BST = 23:30Z.
    const s = at(late, '2025-06-06T23:15:00Z');
    expect(brief(s)).toEqual({
      state: 'open',
      current: '2025-06-06T22:30:00.000Z/2025-06-06T23:30:00.000Z',
      nextBoundary: '2025-06-06T23:25:00.000Z',
    });
  });

  test('an empty schedule is off with nothing ahead', () => {
    const s = at(makeInput('Europe/London', []), '2025-06-02T11:00:00Z');
    expect(s).toEqual({ state: 'off', nextBoundary: null });
  });

  test('snoozed reminders hide upcoming until the snooze ends', () => {
    const snoozed = makeInput('Europe/London', [win('w', '12:00', '12:45')], {
      runtime: snoozeReminders(new Date('2025-06-02T10:55:00Z'), 3),
    });
    const s = at(snoozed, '2025-06-02T10:56:00Z');
    expect(s.state).toBe('off');
    expect(iso(s.nextBoundary)).toBe('2025-06-02T10:58:00.000Z');
    expect(at(snoozed, '2025-06-02T10:58:00Z').state).toBe('upcoming');
  });
});

describe('days off', () => {
  const windows = [win('lunch', '12:00', '12:45', WEEKDAYS), win('late', '23:30', '00:30', [1])];

  test('a window starting on a day off does not happen; the day is paused', () => {
    const input = makeInput('Europe/London', windows, {
      daysOff: [{ from: '2025-06-03', to: '2025-06-03', reason: 'holiday' }],
    });
    const s = at(input, '2025-06-03T11:00:00Z'); // Tuesday 12:00 BST
    expect(s.state).toBe('paused');
    expect(s.current).toBeUndefined();
    expect(iso(s.next?.start)).toBe('2025-06-04T11:00:00.000Z');
    // The day off ends at local midnight.
    expect(iso(s.nextBoundary)).toBe('2025-06-03T23:00:00.000Z');
    expect(at(input, '2025-06-03T23:00:00Z').state).toBe('off');
    const occ = occurrencesBetween(
      input,
      new Date('2025-06-02T00:00:00Z'),
      new Date('2025-06-05T00:00:00Z'),
    );
    expect(occ.map((o) => o.start.toISOString())).toEqual([
      '2025-06-02T11:00:00.000Z',
      '2025-06-02T22:30:00.000Z',
      '2025-06-04T11:00:00.000Z',
    ]);
  });

  test('a window that started the day before runs on into the day off', () => {
    const input = makeInput('Europe/London', windows, {
      daysOff: [{ from: '2025-06-03', to: '2025-06-03' }],
    });
    // Monday 23:30 → Tuesday 00:30 BST; Tuesday is off.
    expect(at(input, '2025-06-02T23:15:00Z').state).toBe('open');
    expect(at(input, '2025-06-02T23:25:00Z').state).toBe('closing');
    expect(at(input, '2025-06-02T23:30:00Z').state).toBe('paused');
  });

  test('paused starts at the local midnight of the first day off', () => {
    const input = makeInput('Europe/London', windows, {
      daysOff: [{ from: '2025-06-10', to: '2025-06-30', reason: 'bad experience' }],
    });
    const s = at(input, '2025-06-09T12:00:00Z'); // Monday afternoon
    expect(iso(s.nextBoundary)).toBe('2025-06-09T22:25:00.000Z'); // upcoming of Mon 23:30 BST
    const night = at(input, '2025-06-09T23:30:00Z'); // Tue 00:30 BST, off from midnight
    expect(night.state).toBe('paused');
    expect(iso(night.next?.start)).toBe('2025-07-01T11:00:00.000Z');
    expect(iso(night.nextBoundary)).toBe('2025-06-30T23:00:00.000Z');
  });

  test('take today off / take N days off', () => {
    const now = new Date('2025-06-01T23:30:00Z');
    expect(takeTodayOff(now, 'Asia/Kolkata')).toEqual({
      id: 'off-2025-06-02',
      from: '2025-06-02',
      to: '2025-06-02',
    });
    expect(takeTodayOff(now, 'America/New_York', ' holiday ')).toEqual({
      id: 'off-2025-06-01',
      from: '2025-06-01',
      to: '2025-06-01',
      reason: 'holiday',
    });
    expect(takeDaysOff(now, 'Europe/London', 3, 'bad experience')).toEqual({
      id: 'off-2025-06-02-2025-06-04',
      from: '2025-06-02',
      to: '2025-06-04',
      reason: 'bad experience',
    });
    expect(() => takeDaysOff(now, 'Europe/London', 0)).toThrow(RangeError);
    expect(() => takeDaysOff(now, 'Europe/London', 1.5)).toThrow(RangeError);
  });

  test('taking today off during an open window pauses at once', () => {
    const now = new Date('2025-06-02T11:10:00Z');
    const base = makeInput('Europe/London', windows);
    expect(computeState(base, now).state).toBe('open');
    const off = makeInput('Europe/London', windows, {
      daysOff: [takeTodayOff(now, 'Europe/London')],
    });
    expect(computeState(off, now).state).toBe('paused');
  });
});

describe('extra windows, started-now windows and overtime', () => {
  const windows = [win('lunch', '12:00', '12:45', WEEKDAYS, 'Lunch')];

  test('an extra window happens even on a day off', () => {
    const input = makeInput('Europe/London', windows, {
      daysOff: [{ from: '2025-06-07', to: '2025-06-08' }],
      extraWindows: [
        {
          id: 'meetup',
          start: '2025-06-07T14:00:00Z',
          end: '2025-06-07T15:00:00Z',
          label: 'Meetup',
        },
      ],
    });
    expect(at(input, '2025-06-07T10:00:00Z').state).toBe('paused');
    expect(at(input, '2025-06-07T13:55:00Z').state).toBe('upcoming');
    const s = at(input, '2025-06-07T14:30:00Z');
    expect(s.state).toBe('open');
    expect(s.current).toMatchObject({ source: 'extra', label: 'Meetup', windowId: 'meetup' });
    expect(at(input, '2025-06-07T15:00:00Z').state).toBe('paused');
  });

  test('an extra window overlapping a weekly one makes one span', () => {
    const input = makeInput('Europe/London', windows, {
      extraWindows: [{ id: 'x', start: '2025-06-02T11:30:00Z', end: '2025-06-02T12:30:00Z' }],
    });
    const s = at(input, '2025-06-02T11:10:00Z');
    expect(brief(s)).toEqual({
      state: 'open',
      current: '2025-06-02T11:00:00.000Z/2025-06-02T12:30:00.000Z',
      nextBoundary: '2025-06-02T11:45:00.000Z', // the weekly window ends inside the span
    });
    expect(at(input, '2025-06-02T11:44:00Z').state).toBe('open'); // not closing: the span goes on
    const x = at(input, '2025-06-02T11:45:00Z');
    expect(x.current).toMatchObject({ source: 'extra', windowId: 'x' });
    expect(iso(x.nextBoundary)).toBe('2025-06-02T12:25:00.000Z');
    expect(at(input, '2025-06-02T12:25:00Z').state).toBe('closing');
  });

  test('start a window now', () => {
    const now = new Date('2025-06-02T14:00:00Z');
    const input = makeInput('Europe/London', windows, { runtime: startWindowNow(now, 30) });
    const s = computeState(input, now);
    expect(s.state).toBe('open');
    expect(s.current).toMatchObject({ source: 'now' });
    expect(iso(s.current?.start)).toBe('2025-06-02T14:00:00.000Z');
    expect(iso(s.nextBoundary)).toBe('2025-06-02T14:25:00.000Z');
    expect(at(input, '2025-06-02T14:30:00Z').state).toBe('off');
  });

  test('overtime after the end until overtimeUntil', () => {
    const input = makeInput('Europe/London', windows, {
      runtime: continueOvertime(new Date('2025-06-02T11:43:00Z'), 30),
    });
    expect(at(input, '2025-06-02T11:43:00Z').state).toBe('closing'); // still inside the window
    const s = at(input, '2025-06-02T11:50:00Z');
    expect(brief(s)).toEqual({
      state: 'overtime',
      current: '2025-06-02T11:00:00.000Z/2025-06-02T11:45:00.000Z',
      nextBoundary: '2025-06-02T12:13:00.000Z',
    });
    expect(at(input, '2025-06-02T12:13:00Z').state).toBe('off');
  });

  test('overtime finds the last window even a few days back', () => {
    const input = makeInput('Europe/London', windows, {
      runtime: { overtimeUntil: '2025-06-09T09:00:00Z' },
    });
    const s = at(input, '2025-06-08T10:00:00Z'); // Sunday; last window Friday
    expect(s.state).toBe('overtime');
    expect(iso(s.current?.start)).toBe('2025-06-06T11:00:00.000Z');
  });
});

test('resolveTimeZone', () => {
  expect(resolveTimeZone(null, 'Europe/Paris')).toBe('Europe/Paris');
  expect(resolveTimeZone('Asia/Kolkata', 'Europe/Paris')).toBe('Asia/Kolkata');
  expect(resolveTimeZone('Nowhere/Land', 'Europe/Paris')).toBe('Europe/Paris');
});
