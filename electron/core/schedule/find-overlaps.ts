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

/** Every pair of weekly windows that overlap, one entry per pair of windows. */
export function findOverlaps(windows: readonly WeeklyWindow[]): WindowOverlap[] {
  const intervals = weekIntervals(windows);
  const pairs = new Map<string, WindowOverlap>();
  for (let i = 0; i < intervals.length; i++) {
    for (let j = i + 1; j < intervals.length; j++) {
      const x = intervals[i]!;
      const y = intervals[j]!;
      if (x.windowIndex === y.windowIndex || !intervalsOverlap(x, y)) continue;
      const [p, q] = x.windowIndex < y.windowIndex ? [x, y] : [y, x];
      const key = `${p.windowIndex}:${q.windowIndex}`;
      const entry = pairs.get(key);
      if (entry) entry.days.push([p.day, q.day]);
      else
        pairs.set(key, { a: p.windowIndex, b: q.windowIndex, days: [[p.day, q.day]], message: '' });
    }
  }
  const result = [...pairs.values()].sort((m, n) => m.a - n.a || m.b - n.b);
  for (const o of result) {
    o.days.sort((m, n) => m[0] - n[0] || m[1] - n[1]);
    const [first, ...rest] = o.days as [[number, number], ...Array<[number, number]>];
    const a = windows[o.a]!;
    const b = windows[o.b]!;
    o.message = `${describe(a, first[0])} overlaps ${describe(b, first[1])}`;
    if (rest.length > 0) {
      const more = [...new Set(rest.map(([d]) => d))].filter((d) => d !== first[0]);
      if (more.length > 0) {
        o.message += `; also on ${more.map((d) => WEEKDAY_SHORT_NAMES[d] ?? '?').join(', ')}`;
      }
    }
  }
  return result;
}
