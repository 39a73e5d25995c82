/**
 * Overlaps between weekly windows, compared as wall-clock intervals on the week (a window that
 * crosses midnight on Saturday runs into Sunday). Touching windows (one ends when the next
 * starts) do not overlap. Because the wall-clock → instant mapping never goes backwards, windows
 * that do not overlap here never overlap as instants either, DST changes included.
 */
import type { WeeklyWindow } from '../../shared/schedule';
import { WEEKDAY_SHORT_NAMES } from '../../shared/schedule';
import { parseWallTime } from './zoned-time';

export const WEEK_MIN = 7 * 1440;

/** Overlaps named one by one in a validation answer; the rest are counted. */
export const MAX_OVERLAPS_REPORTED = 20;

/** One day's interval of a weekly window, in minutes since Sunday 00:00. */
export interface WeekInterval {
  windowIndex: number;
  day: number;
  /** 0 ≤ start < WEEK_MIN. */
  start: number;
  /** start < end < start + 1440 (may pass WEEK_MIN: Saturday night into Sunday). */
  end: number;
}

export function weekIntervals(windows: readonly WeeklyWindow[]): WeekInterval[] {
  const out: WeekInterval[] = [];
  windows.forEach((w, windowIndex) => {
    const s = parseWallTime(w.start);
    const e = parseWallTime(w.end);
    if (s === e) return;
    const duration = e > s ? e - s : e + 1440 - s;
    for (const day of [...new Set(w.days)].sort((a, b) => a - b)) {
      const start = day * 1440 + s;
      out.push({ windowIndex, day, start, end: start + duration });
    }
  });
  return out;
}

/** True if the two intervals share some time, going round the week. */
export function intervalsOverlap(a: WeekInterval, b: WeekInterval): boolean {
  for (const k of [-WEEK_MIN, 0, WEEK_MIN]) {
    if (a.start < b.end + k && b.start + k < a.end) return true;
  }
  return false;
}

/** "Mon 12:00–12:45" */
export function describeWindowOn(w: WeeklyWindow, day: number): string {
  return `${WEEKDAY_SHORT_NAMES[day] ?? '?'} ${w.start}–${w.end}`;
}

export interface WindowOverlap {
  /** Indexes into the windows array, a < b. */
  a: number;
  b: number;
  /** Each overlapping pair of days: [day of a, day of b]. */
  days: Array<[number, number]>;
  /** "Mon 12:00–12:45 (LinkedIn outreach) overlaps Mon 12:30–13:00; also on Tue, Wed" */
  message: string;
}

function describe(w: WeeklyWindow, day: number): string {
  const label = w.label?.trim();
  return label ? `${describeWindowOn(w, day)} (${label})` : describeWindowOn(w, day);
}

/** Intervals in week order, with a copy moved a week back for each that runs past Saturday night. */
function sweepOrder(intervals: readonly WeekInterval[]): WeekInterval[] {
  const out = [...intervals];
  for (const iv of intervals) {
    if (iv.end > WEEK_MIN) out.push({ ...iv, start: iv.start - WEEK_MIN, end: iv.end - WEEK_MIN });
  }
  return out.sort(
    (m, n) => m.start - n.start || m.end - n.end || m.windowIndex - n.windowIndex || m.day - n.day,
  );
}

/**
 * Pairs of windows that overlap, at most `limit` of them (the first ones in the week), sorted by
 * window index. A sweep over the week's intervals sorted by start: O(n log n) plus the pairs
 * reported, so thousands of windows that all overlap cost no more than a few that do.
 */
function overlappingPairs(sorted: readonly WeekInterval[], limit: number): Array<[number, number]> {
  const pairs = new Map<string, [number, number]>();
  let active: WeekInterval[] = [];
  for (const current of sorted) {
    if (pairs.size >= limit) break;
    active = active.filter((iv) => iv.end > current.start);
    for (const other of active) {
      if (other.windowIndex === current.windowIndex) continue;
      const a = Math.min(other.windowIndex, current.windowIndex);
      const b = Math.max(other.windowIndex, current.windowIndex);
      pairs.set(`${a}:${b}`, [a, b]);
      if (pairs.size >= limit) break;
    }
    active.push(current);
  }
  return [...pairs.values()].sort((m, n) => m[0] - n[0] || m[1] - n[1]);
}

/** How many windows overlap at least one other window, in O(n log n). */
export function countOverlappingWindows(windows: readonly WeeklyWindow[]): number {
  const sorted = sweepOrder(weekIntervals(windows));
  const involved = new Set<number>();
  let maxEnd = -Infinity;
  sorted.forEach((iv, i) => {
    const next = sorted[i + 1];
    // Something earlier runs past this start, or the next one starts before this ends. A
    // window's own days never overlap each other (each lasts under a day).
    if (maxEnd > iv.start || (next && next.start < iv.end)) involved.add(iv.windowIndex);
    maxEnd = Math.max(maxEnd, iv.end);
  });
  return involved.size;
}

/**
 * Pairs of weekly windows that overlap, one entry per pair of windows, sorted by window index:
 * all of them, or the first `limit` in the week.
 */
export function findOverlaps(
  windows: readonly WeeklyWindow[],
  limit = Number.POSITIVE_INFINITY,
): WindowOverlap[] {
  const intervals = weekIntervals(windows);
  const byWindow = new Map<number, WeekInterval[]>();
  for (const iv of intervals) {
    const list = byWindow.get(iv.windowIndex);
    if (list) list.push(iv);
    else byWindow.set(iv.windowIndex, [iv]);
  }
  return overlappingPairs(sweepOrder(intervals), limit).map(([a, b]) => {
    const days: Array<[number, number]> = [];
    for (const x of byWindow.get(a) ?? []) {
      for (const y of byWindow.get(b) ?? []) {
        if (intervalsOverlap(x, y)) days.push([x.day, y.day]);
      }
    }
    days.sort((m, n) => m[0] - n[0] || m[1] - n[1]);
    return { a, b, days, message: overlapMessage(windows[a]!, windows[b]!, days) };
  });
}

function overlapMessage(a: WeeklyWindow, b: WeeklyWindow, days: Array<[number, number]>): string {
  const [first, ...rest] = days as [[number, number], ...Array<[number, number]>];
  let message = `${describe(a, first[0])} overlaps ${describe(b, first[1])}`;
  const more = [...new Set(rest.map(([d]) => d))].filter((d) => d !== first[0]);
  if (more.length > 0) {
    message += `; also on ${more.map((d) => WEEKDAY_SHORT_NAMES[d] ?? '?').join(', ')}`;
  }
  return message;
}
