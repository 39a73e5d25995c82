import type { WeeklyWindow } from '../../shared/schedule';
import { formatWallTime, parseWallTime } from '../schedule/zoned-time';

/** Windows are never made shorter than this. */
export const MIN_WINDOW_MIN = 15;

/**
 * Pure: every weekly window `percent`% shorter (rounded to 5 minutes, never under 15 minutes),
 * keeping its start. A window that crosses midnight keeps doing so if it still reaches past it.
 */
export function shortenWindows(windows: readonly WeeklyWindow[], percent: number): WeeklyWindow[] {
  return windows.map((w) => {
    const start = parseWallTime(w.start);
    const end = parseWallTime(w.end);
    const length = end > start ? end - start : end + 1440 - start;
    if (length <= MIN_WINDOW_MIN) return w;
    const shorter = Math.max(MIN_WINDOW_MIN, Math.round((length * (100 - percent)) / 100 / 5) * 5);
    return { ...w, end: formatWallTime((start + shorter) % 1440) };
  });
}
