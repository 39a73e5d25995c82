import type { ScheduleWeek } from '../../shared/contract';
import type { ScheduleStateInput } from '../../shared/schedule';
import { occurrencesBetween } from '../schedule/occurrences';
import { formatLocalDate, localDayNum, startOfLocalDay, weekdayOf } from '../schedule/zoned-time';

/** Pure: `days` local days from the day of `from`, which of them are off, and the windows in them. */
export function scheduleWeek(input: ScheduleStateInput, from: Date, days = 7): ScheduleWeek {
  const zone = input.timeZone;
  const first = localDayNum(zone, from.getTime());
  const list = Array.from({ length: days }, (_, i) => {
    const day = first + i;
    const date = formatLocalDate(day);
    const off = input.exceptions.daysOff.find((d) => d.from <= date && date <= d.to);
    return { date, weekday: weekdayOf(day), dayOff: off ? (off.reason ?? 'day off') : null };
  });
  const windows = occurrencesBetween(
    input,
    new Date(startOfLocalDay(zone, first)),
    new Date(startOfLocalDay(zone, first + days)),
  ).map((w) => ({
    start: w.start.toISOString(),
    end: w.end.toISOString(),
    source: w.source,
    ...(w.label ? { label: w.label } : {}),
  }));
  return { timeZone: zone, days: list, windows };
}
