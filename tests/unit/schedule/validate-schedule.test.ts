import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { WeeklyWindow } from '../../../electron/shared/schedule';
import {
  findOverlaps,
  weekIntervals,
  WEEK_MIN,
} from '../../../electron/core/schedule/find-overlaps';
import { mergeOverlapping } from '../../../electron/core/schedule/merge-overlapping';
import {
  validateExceptions,
  validateSchedule,
  validateScheduleSettings,
} from '../../../electron/core/schedule/validate-schedule';
import { ALL_DAYS, win } from './helpers';

function errorsOf(result: { ok: boolean; errors?: string[] }): string[] {
  expect(result.ok).toBe(false);
  return result.errors ?? [];
}

const schedule = (windows: unknown[], extra: Record<string, unknown> = {}) => ({
  timeZone: 'Europe/London',
  windows,
  ...extra,
});

describe('validateSchedule', () => {
  test('a good schedule is normalised, defaults applied', () => {
    const r = validateSchedule({
      timeZone: 'Europe/London',
      windows: [{ id: 'a', days: [5, 1, 1, 3], start: '12:00', end: '12:45', label: '  Lunch  ' }],
    });
    expect(r).toEqual({
      ok: true,
      value: {
        timeZone: 'Europe/London',
        reminderLeadMin: 5,
        closingMin: 5,
        windows: [{ id: 'a', days: [1, 3, 5], start: '12:00', end: '12:45', label: 'Lunch' }],
      },
    });
  });

  test('end equal to start', () => {
    const r = validateSchedule(
      schedule([{ id: 'a', days: [1], start: '09:00', end: '09:00', label: 'LinkedIn outreach' }]),
    );
    expect(errorsOf(r)).toEqual(["Window 'LinkedIn outreach': the end must differ from the start"]);
    const unnamed = validateSchedule(
      schedule([win('a', '08:00', '08:30', [1]), win('b', '10:00', '10:00', [1])]),
    );
    expect(errorsOf(unnamed)).toEqual(['Window 2: the end must differ from the start']);
  });

  test('overlapping windows are refused, naming both', () => {
    const r = validateSchedule(
      schedule([win('a', '12:00', '12:45', [1]), win('b', '12:30', '13:00', [1])]),
    );
    expect(errorsOf(r)).toEqual(['Mon 12:00–12:45 overlaps Mon 12:30–13:00']);
    const labelled = validateSchedule(
      schedule([
        win('a', '12:00', '12:45', [1, 2, 3], 'LinkedIn outreach'),
        win('b', '12:30', '13:00', [1, 3], 'Calls'),
      ]),
    );
    expect(errorsOf(labelled)).toEqual([
      'Mon 12:00–12:45 (LinkedIn outreach) overlaps Mon 12:30–13:00 (Calls); also on Wed',
    ]);
  });

  test('overlap across midnight and across the week end', () => {
    const r = validateSchedule(
      schedule([win('a', '23:30', '00:30', [6]), win('b', '00:00', '01:00', [0])]),
    );
    expect(errorsOf(r)).toEqual(['Sat 23:30–00:30 overlaps Sun 00:00–01:00']);
  });

  test('touching windows are fine', () => {
    const r = validateSchedule(
      schedule([
        win('a', '12:00', '12:30'),
        win('b', '12:30', '13:00'),
        win('c', '23:00', '12:00'),
      ]),
    );
    expect(r.ok).toBe(true);
  });

  test('shape problems get readable messages', () => {
    const r = validateSchedule({
      timeZone: 'Europe/London',
      windows: [
        { id: 'a', days: [1], start: '25:00', end: '12:00', label: 'Morning' },
        { id: 'b', days: [], start: '09:00', end: '10:00' },
        { id: 'c', days: [7], start: '9:00', end: '10:00' },
      ],
      reminderLeadMin: -1,
      closingMin: 2.5,
    });
    expect(errorsOf(r)).toEqual([
      "Window 'Morning': the start must be a time like 09:30 (24-hour clock)",
      'Window 2: pick at least one day',
      'Window 3: days must be 0 (Sunday) to 6 (Saturday)',
      'Window 3: the start must be a time like 09:30 (24-hour clock)',
      'The reminder lead time must be between 0 and 120 minutes',
      'The closing time must be a whole number of minutes',
    ]);
    expect(errorsOf(validateSchedule('nope'))).toEqual([
      'The schedule must be an object with its settings',
    ]);
    expect(errorsOf(validateSchedule({ windows: 'x' }))).toEqual(['The windows must be a list']);
  });

  test('unknown time zones; null means the system zone', () => {
    expect(errorsOf(validateSchedule({ timeZone: 'Mars/Base', windows: [] }))).toEqual([
      "The time zone 'Mars/Base' is not known; pick one like Europe/London",
    ]);
    const r = validateSchedule({ windows: [] });
    expect(r.ok && r.value.timeZone).toBe(null);
  });

  test('duplicate ids', () => {
    const r = validateSchedule(schedule([win('a', '08:00', '09:00'), win('a', '10:00', '11:00')]));
    expect(errorsOf(r)).toEqual(['Window 2 has the same id as window 1']);
  });
});

describe('validateExceptions', () => {
  test('good exceptions are normalised', () => {
    const r = validateExceptions({
      daysOff: [
        { from: '2025-12-24', to: '2025-12-26', reason: ' holiday ' },
        { from: '2025-07-14', to: '2025-07-14', reason: '' },
      ],
      extraWindows: [
        { id: 'x', start: '2025-11-03T19:00:00+01:00', end: '2025-11-03T19:30:00+01:00' },
      ],
    });
    expect(r).toEqual({
      ok: true,
      value: {
        daysOff: [
          { from: '2025-07-14', to: '2025-07-14' },
          { from: '2025-12-24', to: '2025-12-26', reason: 'holiday' },
        ],
        extraWindows: [
          { id: 'x', start: '2025-11-03T18:00:00.000Z', end: '2025-11-03T18:30:00.000Z' },
        ],
      },
    });
  });

  test('messages', () => {
    const r = validateExceptions({
      daysOff: [
        { from: '2025-12-26', to: '2025-12-24' },
        { from: '2025-02-30', to: '2025-03-01' },
      ],
      extraWindows: [
        { id: 'x', start: '2025-11-03T18:00:00Z', end: '2025-11-03T18:00:00Z', label: 'Meetup' },
        { id: 'y', start: 'tomorrow', end: '2025-11-03T18:00:00Z' },
      ],
    });
    expect(errorsOf(r)).toEqual([
      'Days off 2025-02-30 to 2025-03-01: the first day is not a real calendar date',
      'Extra window 2: the start must be a date and time like 2025-11-03T18:00:00Z',
    ]);
    const semantic = validateExceptions({
      daysOff: [{ from: '2025-12-26', to: '2025-12-24' }],
      extraWindows: [
        { id: 'x', start: '2025-11-03T18:00:00Z', end: '2025-11-03T18:00:00Z', label: 'Meetup' },
      ],
    });
    expect(errorsOf(semantic)).toEqual([
      'Days off 2025-12-26 to 2025-12-24: the last day is before the first day',
      "Extra window 'Meetup': the end must be after the start",
    ]);
  });
});

describe('validateScheduleSettings', () => {
  test('the example in docs/schedule-format.md is valid', () => {
    const doc = readFileSync(
      fileURLToPath(new URL('../../../docs/schedule-format.md', import.meta.url)),
      'utf8',
    );
    const json = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(json).toBeDefined();
    const r = validateScheduleSettings(JSON.parse(json!));
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  test('an empty document gets every default', () => {
    expect(validateScheduleSettings({})).toEqual({
      ok: true,
      value: {
        version: 1,
        schedule: { timeZone: null, windows: [], reminderLeadMin: 5, closingMin: 5 },
        exceptions: { daysOff: [], extraWindows: [] },
      },
    });
  });

  test('messages from both parts, and an unknown version', () => {
    const r = validateScheduleSettings({
      schedule: { windows: [win('a', '10:00', '10:00', [1], 'Outreach')] },
      exceptions: { daysOff: [{ from: '2025-01-02', to: '2025-01-01' }] },
    });
    expect(errorsOf(r)).toEqual([
      "Window 'Outreach': the end must differ from the start",
      'Days off 2025-01-02 to 2025-01-01: the last day is before the first day',
    ]);
    const shape = validateScheduleSettings({
      schedule: { windows: [{ id: 'a', days: [1], start: 'noon', end: '13:00' }] },
    });
    expect(errorsOf(shape)).toEqual([
      'Window 1: the start must be a time like 09:30 (24-hour clock)',
    ]);
    expect(errorsOf(validateScheduleSettings({ version: 2 }))).toEqual([
      'This schedule was saved in a format this version cannot read',
    ]);
  });
});

/** Which minutes of the week are covered by the windows. */
function coverage(windows: WeeklyWindow[]): Uint8Array {
  const covered = new Uint8Array(WEEK_MIN);
  for (const iv of weekIntervals(windows)) {
    for (let m = iv.start; m < iv.end; m++) covered[m % WEEK_MIN] = 1;
  }
  return covered;
}

describe('mergeOverlapping', () => {
  test('merges the overlapping day only, keeps the rest', () => {
    const merged = mergeOverlapping([
      win('a', '12:00', '12:45', [1, 2, 3, 4, 5], 'LinkedIn outreach'),
      win('b', '12:30', '13:00', [1], 'Calls'),
      win('c', '18:00', '19:00', [2]),
    ]);
    expect(merged).toEqual([
      { id: 'a', days: [2, 3, 4, 5], start: '12:00', end: '12:45', label: 'LinkedIn outreach' },
      { id: 'a-2', days: [1], start: '12:00', end: '13:00', label: 'LinkedIn outreach / Calls' },
      { id: 'c', days: [2], start: '18:00', end: '19:00' },
    ]);
    expect(validateSchedule(schedule(merged)).ok).toBe(true);
  });

  test('same overlap every day becomes one window', () => {
    const merged = mergeOverlapping([win('a', '09:00', '10:00'), win('b', '09:30', '11:00')]);
    expect(merged).toEqual([{ id: 'a', days: ALL_DAYS, start: '09:00', end: '11:00' }]);
  });

  test('merges across Saturday midnight', () => {
    const merged = mergeOverlapping([
      win('a', '23:00', '01:00', [6]),
      win('b', '00:30', '02:00', [0]),
    ]);
    expect(merged).toEqual([{ id: 'a', days: [6], start: '23:00', end: '02:00' }]);
  });

  test('nothing to merge: unchanged', () => {
    const windows = [win('a', '09:00', '10:00', [1]), win('b', '10:00', '11:00', [1])];
    expect(mergeOverlapping(windows)).toEqual(windows);
  });

  test('property: the result has no overlaps and covers the same minutes', () => {
    const times = ['00:00', '06:00', '09:00', '09:30', '12:00', '12:45', '18:00', '23:00', '23:30'];
    const arb = fc.array(
      fc
        .record({
          start: fc.constantFrom(...times),
          end: fc.constantFrom(...times),
          days: fc.subarray(ALL_DAYS, { minLength: 1 }),
          label: fc.option(fc.constantFrom('A', 'B', 'C'), { nil: undefined }),
        })
        .filter((w) => w.start !== w.end),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(arb, (raw) => {
        const windows = raw.map((w, i) => win(`w${i}`, w.start, w.end, w.days, w.label));
        const merged = mergeOverlapping(windows);
        expect(findOverlaps(merged)).toEqual([]);
        expect(coverage(merged)).toEqual(coverage(windows));
        expect(new Set(merged.map((w) => w.id)).size).toBe(merged.length);
        expect(validateSchedule(schedule(merged)).ok).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
