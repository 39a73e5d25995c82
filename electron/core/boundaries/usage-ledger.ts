import type { BoundaryData } from '../store/data-schema';
import { formatLocalDate, localDayNum, weekdayOf } from '../schedule/zoned-time';

/** Minutes used on the local day of `now`, and in its week (Monday to Sunday). */
export function usageTotals(
  usage: BoundaryData['usage'],
  now: Date,
  timeZone: string,
  pendingMin = 0,
): { todayMin: number; weekMin: number } {
  const today = localDayNum(timeZone, now.getTime());
  const monday = today - ((weekdayOf(today) + 6) % 7);
  const todayKey = formatLocalDate(today);
  const weekKeys = new Set(Array.from({ length: 7 }, (_, i) => formatLocalDate(monday + i)));
  let todayMin = pendingMin;
  let weekMin = pendingMin;
  for (const entry of usage) {
    if (entry.day === todayKey) todayMin += entry.minutes;
    if (weekKeys.has(entry.day)) weekMin += entry.minutes;
  }
  return { todayMin: round(todayMin), weekMin: round(weekMin) };
}

/** Adds minutes to a day's entry (keeping the last 400 days). */
export function addUsage(
  usage: BoundaryData['usage'],
  day: string,
  minutes: number,
): BoundaryData['usage'] {
  const rest = usage.filter((u) => u.day !== day);
  const existing = usage.find((u) => u.day === day)?.minutes ?? 0;
  return [...rest, { day, minutes: round(existing + minutes) }]
    .sort((a, b) => (a.day < b.day ? -1 : 1))
    .slice(-400);
}

export function weekKey(now: Date, timeZone: string): string {
  const today = localDayNum(timeZone, now.getTime());
  return formatLocalDate(today - ((weekdayOf(today) + 6) % 7));
}

const round = (n: number) => Math.round(n * 100) / 100;
