import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  MAX_OVERLAPS_REPORTED,
  countOverlappingWindows,
  findOverlaps,
  intervalsOverlap,
  weekIntervals,
} from '../../../electron/core/schedule/find-overlaps';
import { validateScheduleSettings } from '../../../electron/core/schedule/validate-schedule';
import type { WeeklyWindow } from '../../../electron/shared/schedule';

const win = (id: string, start: string, end: string, days: number[]): WeeklyWindow => ({
  id,
  days,
  start,
  end,
});

/** The old all-pairs comparison: the oracle the sweep must agree with. */
function bruteForcePairs(windows: WeeklyWindow[]): string[] {
  const intervals = weekIntervals(windows);
  const pairs = new Set<string>();
  for (const x of intervals) {
    for (const y of intervals) {
      if (x.windowIndex < y.windowIndex && intervalsOverlap(x, y)) {
        pairs.add(`${x.windowIndex}:${y.windowIndex}`);
      }
    }
  }
  return [...pairs].sort();
}

const times = ['00:00', '00:30', '06:00', '09:00', '09:30', '12:00', '23:00', '23:30'];
const arbWindows = fc.array(
  fc
    .record({
      start: fc.constantFrom(...times),
      end: fc.constantFrom(...times),
      days: fc.subarray([0, 1, 2, 3, 4, 5, 6], { minLength: 1 }),
    })
    .filter((w) => w.start !== w.end),
  { maxLength: 8 },
);

describe('findOverlaps (sort and sweep)', () => {
  test('property: finds the same pairs as comparing every pair, and counts the same windows', () => {
    fc.assert(
      fc.property(arbWindows, (raw) => {
        const windows = raw.map((w, i) => win(`w${i}`, w.start, w.end, w.days));
        const expected = bruteForcePairs(windows);
        const found = findOverlaps(windows).map((o) => `${o.a}:${o.b}`);
        expect([...found].sort()).toEqual(expected);
        const involved = new Set(expected.flatMap((p) => p.split(':')));
        expect(countOverlappingWindows(windows)).toBe(involved.size);
        // A limit keeps a subset of the real pairs.
        const limited = findOverlaps(windows, 2).map((o) => `${o.a}:${o.b}`);
        expect(limited.length).toBe(Math.min(2, expected.length));
        for (const pair of limited) expect(expected).toContain(pair);
      }),
      { numRuns: 400, seed: 13 },
    );
  });

  test('10,000 windows that all overlap: the first overlaps by name, the rest counted', () => {
    const windows = Array.from({ length: 10_000 }, (_, i) =>
      win(`w${i}`, '09:00', '17:00', [0, 1, 2, 3, 4, 5, 6]),
    );
    const overlaps = findOverlaps(windows, MAX_OVERLAPS_REPORTED);
    expect(overlaps).toHaveLength(MAX_OVERLAPS_REPORTED);
    expect(overlaps[0]?.message).toBe(
      'Sun 09:00–17:00 overlaps Sun 09:00–17:00; also on Mon, Tue, Wed, Thu, Fri, Sat',
    );
    expect(countOverlappingWindows(windows)).toBe(10_000);

    const result = validateScheduleSettings({ schedule: { timeZone: 'UTC', windows } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(MAX_OVERLAPS_REPORTED + 1);
    expect(result.errors.at(-1)).toBe(
      '…and more: 10000 of the 10000 windows overlap another one. Fix the ones above or merge the overlapping windows.',
    );
  });

  test('windows that only touch, across Saturday midnight, do not overlap', () => {
    const windows = [win('a', '23:00', '01:00', [6]), win('b', '01:00', '02:00', [0])];
    expect(findOverlaps(windows)).toEqual([]);
    expect(countOverlappingWindows(windows)).toBe(0);
    const crossing = [win('a', '23:00', '01:00', [6]), win('b', '00:30', '02:00', [0])];
    expect(findOverlaps(crossing).map((o) => o.message)).toEqual([
      'Sat 23:00–01:00 overlaps Sun 00:30–02:00',
    ]);
  });
});
