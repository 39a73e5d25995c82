/**
 * Property tests over a simulated year: follow nextBoundary from the start of 2025 to its end and
 * check that every occurrence is seen opening exactly once, at its start, and that starts and ends
 * sit at the configured wall-clock times (or the first valid moment after a skipped time).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { DayOff, ScheduleStateInput, WeeklyWindow } from '../../../electron/shared/schedule';
import { computeState } from '../../../electron/core/schedule/compute-state';
import { findOverlaps } from '../../../electron/core/schedule/find-overlaps';
import { occurrencesBetween } from '../../../electron/core/schedule/occurrences';
import { ALL_DAYS, makeInput, wall, win } from './helpers';

const ZONES = ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata'];
const YEAR_FROM = new Date('2025-01-01T00:00:00Z');
const YEAR_TO = new Date('2026-01-01T00:00:00Z');
const DAY_MS = 86_400_000;

/** Local dates of 2025 plus a margin, as "yyyy-MM-dd" with their weekday. */
const DATES = Array.from({ length: 367 }, (_, i) => {
  const d = new Date(Date.UTC(2024, 11, 31) + i * DAY_MS);
  return { date: d.toISOString().slice(0, 10), weekday: d.getUTCDay() };
});

const offsetCache = new Map<string, number[]>();
/** The zone's UTC offsets (minutes) used around 2025, read through Intl. */
function zoneOffsets(zone: string): number[] {
  const cached = offsetCache.get(zone);
  if (cached) return cached;
  const set = new Set<number>();
  for (
    let t = YEAR_FROM.getTime() - 2 * DAY_MS;
    t < YEAR_TO.getTime() + 2 * DAY_MS;
    t += DAY_MS / 4
  ) {
    const w = wall(zone, t);
    const asUtc = Date.parse(`${w.replace(' ', 'T')}:00Z`);
    set.add(Math.round((asUtc - t) / 60_000));
  }
  const offsets = [...set];
  offsetCache.set(zone, offsets);
  return offsets;
}

/** Does the wall reading "date time" exist in the zone? */
function wallExists(zone: string, date: string, time: string): boolean {
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return zoneOffsets(zone).some((o) => wall(zone, asUtc - o * 60_000) === `${date} ${time}`);
}

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Checks that instant `t` is where the wall time "date time" lands: the wall clock reads exactly
 * that, or the time is skipped and t is the first moment after it (the wall clock jumps over it
 * at t). For an ambiguous time, t must be the first of the two.
 */
function wallTimeProblem(zone: string, t: Date, date: string, time: string): string | null {
  const target = `${date} ${time}`;
  const reading = wall(zone, t);
  const where = `${zone} ${t.toISOString()} (reads ${reading}) for ${target}`;
  if (wallExists(zone, date, time)) {
    if (reading !== target) return `${where}: not at the wall time`;
    // First occurrence: half an hour or an hour earlier the clock did not read the same.
    for (let back = 30; back <= 60; back += 30) {
      if (wall(zone, t.getTime() - back * 60_000) === target) return `${where}: not the first`;
    }
  } else if (!(reading > target && wall(zone, t.getTime() - 60_000) < target)) {
    return `${where}: not the first moment after the skipped time`;
  }
  return null;
}

function inDaysOff(daysOff: DayOff[], date: string): boolean {
  return daysOff.some((o) => o.from <= date && date <= o.to);
}

/** Follows nextBoundary through [from, to) and returns the windows seen opening. */
function sweep(input: ScheduleStateInput, from: Date, to: Date, problems: string[]) {
  const openings: Array<{ at: number; start: number; end: number; windowId?: string }> = [];
  let t = from;
  let previous = computeState(input, t);
  let steps = 0;
  for (;;) {
    const s = steps === 0 ? previous : computeState(input, t);
    const inWindow = s.state === 'open' || s.state === 'closing';
    const wasInWindow = previous.state === 'open' || previous.state === 'closing';
    if (inWindow) {
      const cur = s.current!;
      if (!(cur.start.getTime() <= t.getTime() && t.getTime() < cur.end.getTime())) {
        problems.push(`${t.toISOString()}: current does not contain now`);
      }
      const same =
        steps > 0 &&
        wasInWindow &&
        previous.current!.start.getTime() === cur.start.getTime() &&
        previous.current!.end.getTime() === cur.end.getTime();
      if (!same || steps === 0) {
        openings.push({
          at: t.getTime(),
          start: cur.start.getTime(),
          end: cur.end.getTime(),
          windowId: cur.windowId,
        });
      }
    }
    previous = s;
    steps++;
    const nb = s.nextBoundary;
    if (!nb) break;
    if (nb.getTime() <= t.getTime()) {
      problems.push(`${t.toISOString()}: nextBoundary ${nb.toISOString()} is not ahead`);
      break;
    }
    if (nb.getTime() >= to.getTime()) break;
    t = nb;
  }
  return { openings, steps };
}

function checkYear(zone: string, windows: WeeklyWindow[], daysOff: DayOff[]): number {
  const input = makeInput(zone, windows, { daysOff });
  // Sweep a little beyond 2025 in UTC, then keep what starts on a 2025 local date.
  const from = new Date(YEAR_FROM.getTime() - 2 * DAY_MS);
  const to = new Date(YEAR_TO.getTime() + 2 * DAY_MS);
  const in2025 = (t: number | Date) => wall(zone, t).startsWith('2025-');
  const all = occurrencesBetween(input, from, to);
  const expected = all.filter((o) => in2025(o.start));
  const problems: string[] = [];
  const { openings } = sweep(input, from, to, problems);
  const seen = openings.filter((o) => in2025(o.start));
  // Including a window already open at `from`, seen at the first step.
  expect(openings.length).toBe(all.length);

  // Seen opening exactly once each, at the instant of its start: none missed, doubled or late.
  expect(seen.map((o) => [o.start, o.end, o.windowId])).toEqual(
    expected.map((o) => [o.start.getTime(), o.end.getTime(), o.windowId]),
  );
  for (const o of seen) {
    if (o.at !== o.start) problems.push(`${new Date(o.start).toISOString()} seen late`);
  }

  // Every occurrence sits on its wall-clock times, on a scheduled weekday that is not a day off.
  const byId = new Map(windows.map((w) => [w.id, w]));
  const counted = new Map<string, number>();
  for (const o of expected) {
    const w = byId.get(o.windowId!)!;
    const dateOfStart = wall(zone, o.start).slice(0, 10);
    // A start in a skipped time moves forward but stays on its date (changes are not at 24:00 here).
    const date = dateOfStart;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (!w.days.includes(weekday)) problems.push(`${w.id} ${date}: not a scheduled weekday`);
    if (inDaysOff(daysOff, date)) problems.push(`${w.id} ${date}: on a day off`);
    const endDate = w.end <= w.start ? addDays(date, 1) : date;
    for (const p of [
      wallTimeProblem(zone, o.start, date, w.start),
      wallTimeProblem(zone, o.end, endDate, w.end),
    ]) {
      if (p) problems.push(`${w.id}: ${p}`);
    }
    const key = `${w.id}|${date}`;
    counted.set(key, (counted.get(key) ?? 0) + 1);
  }

  // None missed: one occurrence per scheduled (window, date), unless the window lies wholly in a
  // skipped time that day (then it has no length and does not happen).
  for (const w of windows) {
    for (const { date, weekday } of DATES) {
      if (date < '2025-01-01' || date > '2025-12-31') continue;
      const key = `${w.id}|${date}`;
      const scheduled = w.days.includes(weekday) && !inDaysOff(daysOff, date);
      const crossesMidnight = w.end <= w.start;
      const expectedCount = scheduled && (crossesMidnight || !skippedWholly(zone, date, w)) ? 1 : 0;
      const count = counted.get(key) ?? 0;
      if (count !== expectedCount)
        problems.push(`${key}: ${count} occurrences, ${expectedCount} expected`);
    }
  }
  expect(problems.slice(0, 10)).toEqual([]);
  return expected.length;
}

/** True if no minute of [start, end) exists on that date (the whole window is skipped). */
function skippedWholly(zone: string, date: string, w: WeeklyWindow): boolean {
  const [sh, sm] = w.start.split(':').map(Number) as [number, number];
  const [eh, em] = w.end.split(':').map(Number) as [number, number];
  for (let m = sh * 60 + sm; m < eh * 60 + em; m++) {
    const time = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    if (wallExists(zone, date, time)) return false;
  }
  return true;
}

const CANONICAL: Record<string, WeeklyWindow[][]> = {
  common: [
    [win('dst', '01:30', '02:30'), win('lunch', '12:00', '12:45'), win('night', '23:30', '00:30')],
    [win('gap', '02:00', '03:00'), win('lunch', '12:00', '12:45', [1, 2, 3, 4, 5])],
    [win('a', '01:45', '02:15'), win('b', '02:15', '02:45'), win('c', '00:30', '01:00', [0, 6])],
  ],
};

const HOLIDAYS: DayOff[] = [
  { from: '2025-03-08', to: '2025-03-09', reason: 'holiday' },
  { from: '2025-07-14', to: '2025-07-14', reason: 'bad experience' },
  { from: '2025-12-24', to: '2025-12-26' },
];

describe('a simulated year, following nextBoundary', () => {
  for (const zone of ZONES) {
    test(`${zone}: canonical DST-edge schedules`, () => {
      let total = 0;
      for (const windows of CANONICAL.common!) {
        expect(findOverlaps(windows)).toEqual([]);
        total += checkYear(zone, windows, []);
        total += checkYear(zone, windows, HOLIDAYS);
      }
      expect(total).toBeGreaterThan(2000);
    });
  }

  const TIMES = [
    '00:00',
    '00:30',
    '01:00',
    '01:15',
    '01:30',
    '01:45',
    '02:00',
    '02:15',
    '02:30',
    '02:45',
    '03:00',
    '03:30',
    '12:00',
    '12:45',
    '23:30',
    '23:45',
  ];
  const windowArb = fc
    .record({
      start: fc.constantFrom(...TIMES),
      end: fc.constantFrom(...TIMES),
      days: fc.subarray(ALL_DAYS, { minLength: 1 }),
    })
    .filter((w) => w.start !== w.end);
  const dayOffArb = fc
    .record({ day: fc.integer({ min: 0, max: 364 }), length: fc.integer({ min: 1, max: 5 }) })
    .map(({ day, length }) => ({
      from: DATES[day + 1]!.date,
      to: DATES[Math.min(day + length, 365)]!.date,
    }));
  const scheduleArb = fc.record({
    zone: fc.constantFrom(...ZONES),
    windows: fc.array(windowArb, { minLength: 1, maxLength: 4 }),
    daysOff: fc.array(dayOffArb, { maxLength: 3 }),
  });

  test('random non-overlapping schedules around DST times', () => {
    fc.assert(
      fc.property(scheduleArb, ({ zone, windows, daysOff }) => {
        // Keep a non-overlapping subset, as validation would require.
        const kept: WeeklyWindow[] = [];
        windows.forEach((w, i) => {
          const candidate = win(`w${i}`, w.start, w.end, w.days);
          if (findOverlaps([...kept, candidate]).length === 0) kept.push(candidate);
        });
        checkYear(zone, kept, daysOff);
      }),
      { numRuns: 24, seed: 20250330 },
    );
  });
});
