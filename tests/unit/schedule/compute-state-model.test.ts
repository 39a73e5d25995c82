/**
 * computeState against a simple reference model built from occurrencesBetween (expand everything,
 * then apply the precedence rules), at random instants around DST changes, with random days off,
 * extra windows, overtime, snooze and started-now windows. Also checks that nextBoundary never
 * skips a change: the model's result is constant on (now, nextBoundary).
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type {
  ScheduleRuntime,
  ScheduleState,
  ScheduleStateInput,
  WeeklyWindow,
  WindowOccurrence,
} from '../../../electron/shared/schedule';
import { computeState } from '../../../electron/core/schedule/compute-state';
import { findOverlaps } from '../../../electron/core/schedule/find-overlaps';
import { occurrencesBetween } from '../../../electron/core/schedule/occurrences';
import { parseLocalDate, startOfLocalDay } from '../../../electron/core/schedule/zoned-time';
import { ALL_DAYS, localDate, makeInput, win } from './helpers';

const MIN = 60_000;
const DAY = 86_400_000;

interface Span {
  start: number;
  end: number;
}

interface ModelResult {
  state: ScheduleState['state'];
  current?: Span;
  next?: Span;
}

function toSpans(occurrences: WindowOccurrence[]): Span[] {
  return occurrences.map((o) => ({ start: o.start.getTime(), end: o.end.getTime() }));
}

function spansOf(occurrences: Span[]): Span[] {
  const sorted = [...occurrences].sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: Span[] = [];
  for (const o of sorted) {
    const last = spans[spans.length - 1];
    if (last && o.start < last.end) last.end = Math.max(last.end, o.end);
    else spans.push({ ...o });
  }
  return spans;
}

function model(
  input: ScheduleStateInput,
  occurrences: Span[],
  spans: Span[],
  t: number,
): ModelResult {
  const runtime = input.runtime ?? {};
  const lead = input.schedule.reminderLeadMin * MIN;
  const closing = input.schedule.closingMin * MIN;
  const containing = spans.find((s) => s.start <= t && t < s.end);
  const next = spans.find((s) => s.start > t);
  const date = localDate(input.timeZone, t);
  const off = input.exceptions.daysOff.some((o) => o.from <= date && date <= o.to);
  const after = (v: string | null | undefined) => !!v && Date.parse(v) > t;
  if (containing) {
    // The earliest-started window we are in, running to the end of the span.
    const first = occurrences
      .filter((o) => o.start <= t && t < o.end)
      .sort((a, b) => a.start - b.start)[0]!;
    const current = { start: first.start, end: containing.end };
    return { state: t >= containing.end - closing ? 'closing' : 'open', current, next };
  }
  if (after(runtime.overtimeUntil)) {
    const ended = occurrences
      .filter((s) => s.end <= t)
      .sort((a, b) => b.end - a.end || a.start - b.start)[0];
    return { state: 'overtime', current: ended, next };
  }
  if (next && !after(runtime.snoozeRemindersUntil) && t >= next.start - lead) {
    return { state: 'upcoming', current: next, next };
  }
  return { state: off ? 'paused' : 'off', next };
}

const asSpan = (w: WindowOccurrence | undefined): Span | undefined =>
  w ? { start: w.start.getTime(), end: w.end.getTime() } : undefined;

function simplify(s: ScheduleState): ModelResult {
  return { state: s.state, current: asSpan(s.current), next: asSpan(s.next) };
}

const ZONES = ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata'];
const TIMES = [
  '00:00',
  '00:30',
  '01:00',
  '01:30',
  '01:45',
  '02:00',
  '02:15',
  '02:30',
  '03:00',
  '09:00',
  '12:00',
  '12:45',
  '13:00',
  '17:55',
  '18:00',
  '23:30',
];
/** Around the 2025 DST changes of the zones above. */
const PERIODS = [
  [Date.UTC(2025, 2, 1), Date.UTC(2025, 3, 15)],
  [Date.UTC(2025, 8, 25), Date.UTC(2025, 10, 10)],
] as const;

/** null most of the time (weight `none` against `some`). */
function rarely<T>(value: fc.Arbitrary<T>, some = 1, none = 3): fc.Arbitrary<T | null> {
  return fc.oneof(
    { arbitrary: fc.constant(null), weight: none },
    { arbitrary: value, weight: some },
  );
}

const arb = fc.record({
  zone: fc.constantFrom(...ZONES),
  windows: fc.array(
    fc
      .record({
        start: fc.constantFrom(...TIMES),
        end: fc.constantFrom(...TIMES),
        days: fc.subarray(ALL_DAYS, { minLength: 1 }),
      })
      .filter((w) => w.start !== w.end),
    { maxLength: 4 },
  ),
  period: fc.constantFrom(0, 1),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  lead: fc.integer({ min: 0, max: 15 }),
  closing: fc.integer({ min: 0, max: 15 }),
  daysOff: fc.array(
    fc.record({ from: fc.integer({ min: -3, max: 5 }), length: fc.integer({ min: 1, max: 4 }) }),
    { maxLength: 2 },
  ),
  extras: fc.array(
    fc.record({
      startMin: fc.integer({ min: -600, max: 2000 }),
      lengthMin: fc.integer({ min: 5, max: 300 }),
    }),
    { maxLength: 3 },
  ),
  near: rarely(
    fc.record({ edge: fc.constantFrom('start', 'end'), min: fc.integer({ min: -20, max: 20 }) }),
    3,
    1,
  ),
  overtimeMin: rarely(fc.integer({ min: -60, max: 120 })),
  snoozeMin: rarely(fc.integer({ min: -60, max: 120 })),
  startedNow: rarely(
    fc.record({
      agoMin: fc.integer({ min: 0, max: 90 }),
      forMin: fc.integer({ min: 1, max: 120 }),
    }),
  ),
});

test('computeState matches the reference model and nextBoundary skips no change', () => {
  fc.assert(
    fc.property(arb, (g) => {
      const windows: WeeklyWindow[] = [];
      g.windows.forEach((w, i) => {
        const candidate = win(`w${i}`, w.start, w.end, w.days, i % 2 ? `Label ${i}` : undefined);
        if (findOverlaps([...windows, candidate]).length === 0) windows.push(candidate);
      });
      const [lo, hi] = PERIODS[g.period]!;
      let t = Math.floor((lo + g.at * (hi - lo)) / 1000) * 1000;
      if (g.near !== null) {
        // Land near the start or end of a weekly window, where upcoming/open/closing change.
        const weekly = makeInput(g.zone, windows);
        const first = occurrencesBetween(weekly, new Date(t), new Date(t + 8 * DAY))[0];
        if (first) t = first[g.near.edge].getTime() + g.near.min * MIN;
      }
      const today = localDate(g.zone, t);
      const shift = (n: number) =>
        new Date(Date.parse(`${today}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
      const iso = (ms: number) => new Date(ms).toISOString();
      const runtime: ScheduleRuntime = {};
      if (g.overtimeMin !== null) runtime.overtimeUntil = iso(t + g.overtimeMin * MIN);
      if (g.snoozeMin !== null) runtime.snoozeRemindersUntil = iso(t + g.snoozeMin * MIN);
      if (g.startedNow !== null) {
        runtime.startedNowAt = iso(t - g.startedNow.agoMin * MIN);
        runtime.startedNowUntil = iso(t - g.startedNow.agoMin * MIN + g.startedNow.forMin * MIN);
      }
      const input = makeInput(g.zone, windows, {
        reminderLeadMin: g.lead,
        closingMin: g.closing,
        daysOff: g.daysOff.map((o, i) => ({
          id: `off${i}`,
          from: shift(o.from),
          to: shift(o.from + o.length - 1),
        })),
        extraWindows: g.extras.map((x, i) => ({
          id: `x${i}`,
          start: iso(t + x.startMin * MIN),
          end: iso(t + (x.startMin + x.lengthMin) * MIN),
        })),
        runtime,
      });

      const occurrences = toSpans(
        occurrencesBetween(input, new Date(t - 20 * DAY), new Date(t + 40 * DAY)),
      );
      const spans = spansOf(occurrences);
      const actual = computeState(input, new Date(t));
      const expected = model(input, occurrences, spans, t);
      const got = simplify(actual);
      if (expected.state === 'overtime' && expected.current && expected.current.end < t - 7 * DAY) {
        // computeState looks back about a week for the window overtime continues; beyond that
        // it may report none.
        delete expected.current;
        delete got.current;
      }
      expect(got).toEqual(expected);

      // Every instant at which the model could change; the model is constant between them.
      const candidates = new Set<number>();
      const runtimeTimes = [runtime.overtimeUntil, runtime.snoozeRemindersUntil];
      for (const s of [...spans, ...occurrences]) {
        for (const c of [s.start - g.lead * MIN, s.start, s.end - g.closing * MIN, s.end]) {
          candidates.add(c);
        }
      }
      for (const v of runtimeTimes) if (v) candidates.add(Date.parse(v));
      for (const o of input.exceptions.daysOff) {
        candidates.add(startOfLocalDay(g.zone, parseLocalDate(o.from)));
        candidates.add(startOfLocalDay(g.zone, parseLocalDate(o.to) + 1));
      }
      const ahead = [...candidates].filter((c) => c > t).sort((a, b) => a - b);
      const firstChange = ahead.find(
        (c) =>
          JSON.stringify(model(input, occurrences, spans, c)) !==
          JSON.stringify(model(input, occurrences, spans, t)),
      );
      const nb = actual.nextBoundary?.getTime() ?? null;
      if (firstChange !== undefined) {
        expect(nb).not.toBeNull();
        expect(nb!).toBeGreaterThan(t);
        expect(nb!).toBeLessThanOrEqual(firstChange);
      }
      if (nb !== null) {
        // Just before the boundary, computeState still says the same thing.
        const before = computeState(input, new Date(nb - 1));
        const same = simplify(before);
        const now = simplify(actual);
        if (now.state === 'overtime') {
          delete same.current;
          delete now.current;
        }
        expect(same).toEqual(now);
        expect(before.nextBoundary?.getTime()).toBe(nb);
      }
    }),
    { numRuns: 1000, seed: 42 },
  );
});
