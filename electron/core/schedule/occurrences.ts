import type { ScheduleStateInput, WindowOccurrence } from '../../shared/schedule';
import type { Occurrence } from './prepare-input';
import { prepareInput, toWindowOccurrence, weeklyOccurrencesOn } from './prepare-input';
import { localDayNum } from './zoned-time';

/**
 * The concrete windows that overlap [from, to): weekly windows (skipping days off), extra windows
 * and a "started now" window from input.runtime, sorted by start. Not merged: an extra window that
 * overlaps a weekly one is listed as two occurrences (computeState treats them as one span).
 */
export function occurrencesBetween(
  input: ScheduleStateInput,
  from: Date,
  to: Date,
): WindowOccurrence[] {
  const lo = from.getTime();
  const hi = to.getTime();
  if (!(hi > lo)) return [];
  const p = prepareInput(input);
  const found: Occurrence[] = [];
  if (p.hasWeekly) {
    // A window that started the day before `from` may still be running.
    const first = localDayNum(p.zone, lo) - 1;
    const last = localDayNum(p.zone, hi);
    for (let d = first; d <= last; d++) weeklyOccurrencesOn(p, d, found);
  }
  found.push(...p.absolute);
  return found
    .filter((o) => o.end > lo && o.start < hi)
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map(toWindowOccurrence);
}
