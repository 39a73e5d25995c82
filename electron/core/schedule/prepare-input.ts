/**
 * Turns a ScheduleStateInput into numbers once per call (minutes, day numbers, epoch ms), and
 * produces the concrete occurrences of weekly windows on a given local day. Shared by
 * computeState and occurrencesBetween so both always agree.
 */
import type { ScheduleStateInput, WindowOccurrence } from '../../shared/schedule';
import {
  MINUTE_MS,
  parseLocalDate,
  parseWallTime,
  wallTimeToInstant,
  weekdayOf,
} from './zoned-time';

/** An occurrence in epoch milliseconds. */
export interface Occurrence {
  start: number;
  end: number;
  label: string | undefined;
  source: WindowOccurrence['source'];
  windowId: string | undefined;
}

interface PreparedWindow {
  id: string;
  label: string | undefined;
  startMin: number;
  endMin: number;
  /** end <= start: ends on the next local day. */
  crossesMidnight: boolean;
}

export interface PreparedInput {
  zone: string;
  leadMs: number;
  closingMs: number;
  /** Weekly windows per weekday (0 = Sunday), sorted by start time. */
  byWeekday: PreparedWindow[][];
  hasWeekly: boolean;
  /** Days off as merged, sorted, inclusive day-number ranges. */
  offRanges: Array<readonly [number, number]>;
  /** Extra windows and the "started now" window, sorted by start. */
  absolute: Occurrence[];
  overtimeUntil: number | null;
  snoozeUntil: number | null;
}

/** How long a "started now" window is taken to have lasted when its start was not recorded. */
export const STARTED_NOW_FALLBACK_MS = 60 * MINUTE_MS;

function instant(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const t = Date.parse(value);
  return Number.isFinite(t) ? t : null;
}

function cleanLabel(label: string | undefined): string | undefined {
  const trimmed = label?.trim();
  return trimmed ? trimmed : undefined;
}

export function prepareInput(input: ScheduleStateInput): PreparedInput {
  const { schedule, exceptions, timeZone, runtime } = input;
  const byWeekday: PreparedWindow[][] = [[], [], [], [], [], [], []];
  for (const w of schedule.windows) {
    const startMin = parseWallTime(w.start);
    const endMin = parseWallTime(w.end);
    if (startMin === endMin) continue; // invalid; validation reports it
    const prepared: PreparedWindow = {
      id: w.id,
      label: cleanLabel(w.label),
      startMin,
      endMin,
      crossesMidnight: endMin < startMin,
    };
    for (const day of new Set(w.days)) byWeekday[day]?.push(prepared);
  }
  for (const list of byWeekday) list.sort((a, b) => a.startMin - b.startMin);

  const ranges = exceptions.daysOff
    .map((o) => [parseLocalDate(o.from), parseLocalDate(o.to)] as const)
    .filter(([from, to]) => from <= to)
    .sort((a, b) => a[0] - b[0]);
  const offRanges: Array<readonly [number, number]> = [];
  for (const [from, to] of ranges) {
    const last = offRanges[offRanges.length - 1];
    if (last && from <= last[1] + 1) {
      offRanges[offRanges.length - 1] = [last[0], Math.max(last[1], to)];
    } else {
      offRanges.push([from, to]);
    }
  }

  const absolute: Occurrence[] = [];
  for (const x of exceptions.extraWindows) {
    const start = instant(x.start);
    const end = instant(x.end);
    if (start === null || end === null || end <= start) continue;
    absolute.push({ start, end, label: cleanLabel(x.label), source: 'extra', windowId: x.id });
  }
  const nowUntil = instant(runtime?.startedNowUntil);
  if (nowUntil !== null) {
    const nowAt = instant(runtime?.startedNowAt) ?? nowUntil - STARTED_NOW_FALLBACK_MS;
    if (nowAt < nowUntil) {
      absolute.push({
        start: nowAt,
        end: nowUntil,
        label: undefined,
        source: 'now',
        windowId: undefined,
      });
    }
  }
  absolute.sort((a, b) => a.start - b.start || b.end - a.end);

  return {
    zone: timeZone,
    leadMs: schedule.reminderLeadMin * MINUTE_MS,
    closingMs: schedule.closingMin * MINUTE_MS,
    byWeekday,
    hasWeekly: byWeekday.some((l) => l.length > 0),
    offRanges,
    absolute,
    overtimeUntil: instant(runtime?.overtimeUntil),
    snoozeUntil: instant(runtime?.snoozeRemindersUntil),
  };
}

/** The day-off range containing `dayNum`, or undefined. */
export function offRangeAt(
  p: PreparedInput,
  dayNum: number,
): readonly [number, number] | undefined {
  const ranges = p.offRanges;
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (dayNum < r[0]) hi = mid - 1;
    else if (dayNum > r[1]) lo = mid + 1;
    else return r;
  }
  return undefined;
}

/** The first day-off range that starts after `dayNum`, or undefined. */
export function nextOffRangeAfter(
  p: PreparedInput,
  dayNum: number,
): readonly [number, number] | undefined {
  return p.offRanges.find((r) => r[0] > dayNum);
}

/**
 * Occurrences of weekly windows that start on local day `dayNum` (none on a day off). A window
 * lying wholly in a skipped hour resolves to zero length and does not happen that day.
 */
export function weeklyOccurrencesOn(p: PreparedInput, dayNum: number, out: Occurrence[]): void {
  if (offRangeAt(p, dayNum)) return;
  const windows = p.byWeekday[weekdayOf(dayNum)];
  if (!windows) return;
  for (const w of windows) {
    const start = wallTimeToInstant(p.zone, dayNum, w.startMin);
    const end = wallTimeToInstant(p.zone, w.crossesMidnight ? dayNum + 1 : dayNum, w.endMin);
    if (end > start) {
      out.push({ start, end, label: w.label, source: 'weekly', windowId: w.id });
    }
  }
}

export function toWindowOccurrence(o: Occurrence): WindowOccurrence {
  const result: WindowOccurrence = {
    start: new Date(o.start),
    end: new Date(o.end),
    source: o.source,
  };
  if (o.label !== undefined) result.label = o.label;
  if (o.windowId !== undefined) result.windowId = o.windowId;
  return result;
}
