/**
 * The schedule's state at an instant, and the next instant at which it could change.
 *
 * Precedence, first match wins:
 *   open / closing  now is inside a window (weekly, extra or started-now). Overlapping windows form
 *                   one span: `current` is the earliest-started window we are in, with the span's
 *                   end; closing = the last `closingMin` of the span
 *   overtime        not in a window and runtime.overtimeUntil > now; `current` is the window
 *                   that ended last
 *   upcoming        the next window starts within `reminderLeadMin` (unless reminders are snoozed)
 *   paused          today (local date) is a day off
 *   off             otherwise
 *
 * Cheap by construction: only the local days around now are expanded (yesterday, today, and on
 * until the next window is known; runs of days off are jumped over), and zone facts are cached.
 */
import type { ScheduleState, ScheduleStateInput } from '../../shared/schedule';
import type { Occurrence, PreparedInput } from './prepare-input';
import {
  nextOffRangeAfter,
  offRangeAt,
  prepareInput,
  toWindowOccurrence,
  weeklyOccurrencesOn,
} from './prepare-input';
import { localDayNum, startOfLocalDay } from './zoned-time';

/** Non-off days looked at past today before concluding no weekly window is ahead. */
const MAX_DAYS_AHEAD = 15;
/** Days looked back for the window that overtime continues. */
const MAX_DAYS_BACK = 8;

/** Overlapping occurrences merged into spans; touching ones (end == start) stay separate. */
function mergeSpans(occurrences: Occurrence[]): Occurrence[] {
  const sorted = [...occurrences].sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: Occurrence[] = [];
  for (const o of sorted) {
    const last = spans[spans.length - 1];
    if (last && o.start < last.end) {
      if (o.end > last.end) last.end = o.end;
    } else {
      spans.push({ ...o });
    }
  }
  return spans;
}

/**
 * Weekly occurrences from yesterday on (a window containing now started yesterday at the
 * earliest), and on until the span containing now and the next span are known in full; runs of
 * days off are jumped over. Absolute windows (extra, started-now) are all considered.
 */
function gatherAhead(
  p: PreparedInput,
  t: number,
  today: number,
): { occurrences: Occurrence[]; spans: Occurrence[]; firstDay: number } {
  const firstDay = today - 1;
  const relevantFrom = startOfLocalDay(p.zone, firstDay);
  const occurrences = p.absolute.filter((o) => o.end > relevantFrom);
  if (!p.hasWeekly) return { occurrences, spans: mergeSpans(occurrences), firstDay };

  let d = firstDay;
  let nonOffDaysAhead = 0;
  for (;;) {
    const off = offRangeAt(p, d);
    if (off) {
      d = off[1] + 1;
      continue;
    }
    weeklyOccurrencesOn(p, d, occurrences);
    if (d > today) nonOffDaysAhead++;
    d++;
    if (d <= today + 1) continue; // always look at yesterday, today and tomorrow
    // Weekly occurrences of day d or later start at or after this instant.
    const horizon = startOfLocalDay(p.zone, d);
    const spans = mergeSpans(occurrences);
    const containing = spans.find((s) => s.start <= t && t < s.end);
    const next = spans.find((s) => s.start > t);
    const settled =
      (!containing || containing.end <= horizon) && next !== undefined && next.end <= horizon;
    if (settled || nonOffDaysAhead >= MAX_DAYS_AHEAD) return { occurrences, spans, firstDay };
  }
}

/** Earlier of two occurrences by start; on a tie the longer one; on a full tie the first seen. */
function earlier(a: Occurrence, b: Occurrence): boolean {
  return a.start < b.start || (a.start === b.start && a.end > b.end);
}

/**
 * The occurrence that ended last at or before t (what overtime continues). A weekly occurrence of
 * local day d ends before day d + 2 starts, so with day firstDay - 1 added, everything not looked
 * at ended before day `firstDay` started; if nothing later was found, look back about a week.
 */
function lastEnded(
  p: PreparedInput,
  t: number,
  occurrences: Occurrence[],
  firstDay: number,
): Occurrence | undefined {
  const pick = (list: Occurrence[], best?: Occurrence): Occurrence | undefined => {
    for (const o of list) {
      if (o.end > t) continue;
      if (!best || o.end > best.end || (o.end === best.end && earlier(o, best))) best = o;
    }
    return best;
  };
  const older: Occurrence[] = [];
  weeklyOccurrencesOn(p, firstDay - 1, older);
  let best = pick(older, pick(occurrences));
  if (best && best.end > startOfLocalDay(p.zone, firstDay)) return best;
  older.length = 0;
  for (let d = firstDay - MAX_DAYS_BACK; d < firstDay - 1; d++) weeklyOccurrencesOn(p, d, older);
  for (const o of p.absolute) if (o.end <= startOfLocalDay(p.zone, firstDay)) older.push(o);
  best = pick(older, best);
  return best;
}

/** The schedule's state at `now`. Pure: same input and instant, same result. */
export function computeState(input: ScheduleStateInput, now: Date): ScheduleState {
  const p = prepareInput(input);
  const t = now.getTime();
  const today = localDayNum(p.zone, t);
  const { occurrences, spans, firstDay } = gatherAhead(p, t, today);

  // The span of (possibly overlapping) windows we are in, and the first of them that we are in.
  const span = spans.find((s) => s.start <= t && t < s.end);
  let inside: Occurrence | undefined;
  if (span) {
    for (const o of occurrences) {
      if (o.start <= t && t < o.end && (!inside || earlier(o, inside))) inside = o;
    }
  }
  const next = spans.find((s) => s.start > t);
  const todayOff = offRangeAt(p, today);
  const overtime = p.overtimeUntil !== null && p.overtimeUntil > t;
  const snoozed = p.snoozeUntil !== null && p.snoozeUntil > t;

  // Every instant after t at which one of the inputs above flips.
  let boundary = Infinity;
  const consider = (b: number): void => {
    if (b > t && b < boundary) boundary = b;
  };
  for (const s of spans) {
    consider(s.start - p.leadMs);
    consider(s.start);
    consider(Math.max(s.start, s.end - p.closingMs));
    consider(s.end);
  }
  // Inside a span, the window we are in changes when one of its windows ends.
  if (span) {
    for (const o of occurrences) if (o.start < span.end && o.end > span.start) consider(o.end);
  }
  if (p.overtimeUntil !== null) consider(p.overtimeUntil);
  if (p.snoozeUntil !== null) consider(p.snoozeUntil);
  if (todayOff) consider(startOfLocalDay(p.zone, todayOff[1] + 1));
  const nextOff = nextOffRangeAfter(p, today);
  if (nextOff) consider(startOfLocalDay(p.zone, nextOff[0]));

  const result: ScheduleState = {
    state: 'off',
    nextBoundary: boundary === Infinity ? null : new Date(boundary),
  };
  if (next) result.next = toWindowOccurrence(next);

  if (span && inside) {
    result.state = t >= span.end - p.closingMs ? 'closing' : 'open';
    // The window we are in, running to the end of the span (when the open time really ends).
    result.current = toWindowOccurrence({ ...inside, end: span.end });
  } else if (overtime) {
    result.state = 'overtime';
    const ended = lastEnded(p, t, occurrences, firstDay);
    if (ended) result.current = toWindowOccurrence(ended);
  } else if (next && !snoozed && t >= next.start - p.leadMs) {
    result.state = 'upcoming';
    result.current = toWindowOccurrence(next);
  } else if (todayOff) {
    result.state = 'paused';
  }
  return result;
}
