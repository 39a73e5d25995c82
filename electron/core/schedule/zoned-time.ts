/**
 * Wall-clock ⇄ instant conversion in an IANA zone, with the schedule's rules written out:
 *
 * - a wall time that does not exist (skipped by a spring-forward change) resolves to the first
 *   valid moment after it, i.e. the instant of the change (02:30 on a New York spring-forward day
 *   → 03:00 EDT; Lord Howe's 02:15 → 02:30);
 * - a wall time that exists twice (fall back) resolves to the first of the two.
 *
 * TZDate's constructor does neither consistently (it shifts a skipped time by the size of the gap,
 * 02:30 → 03:30, and picks the second of two ambiguous times in some zones), so only the library's
 * `tzOffset` (the zone's UTC offset at an instant) is used and the rules are applied here.
 *
 * Local dates are handled as day numbers: days since 1970-01-01 of the local calendar.
 * Every local day's facts are cached per zone, so after the first look a conversion is arithmetic.
 */
import { tzOffset } from '@date-fns/tz';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

interface DayInfo {
  /** Offset (minutes) in force before any change that touches this day. */
  before: number;
  /** Offset (minutes) in force after it; equal to `before` on an ordinary day. */
  after: number;
  /** Memo of resolved minutes-of-day on a day with a change (rare). */
  memo?: Map<number, number>;
}

// Enough for a century of days: a CRM with ten years of history looks up thousands of distinct days.
const MAX_CACHED_DAYS_PER_ZONE = 40_000;
const zoneCache = new Map<string, Map<number, DayInfo>>();

function offsetMs(zone: string, t: number): number {
  return Math.round(tzOffset(zone, new Date(t)) * MINUTE_MS);
}

function dayInfo(zone: string, dayNum: number): DayInfo {
  let days = zoneCache.get(zone);
  if (!days) {
    days = new Map();
    zoneCache.set(zone, days);
  }
  const cached = days.get(dayNum);
  if (cached) return cached;
  // The local day's instants lie within [base - 15h, base + 24h + 13h] for offsets -12h…+14h.
  const base = dayNum * DAY_MS;
  const samples = [
    offsetMs(zone, base - 16 * HOUR_MS),
    offsetMs(zone, base + 2 * HOUR_MS),
    offsetMs(zone, base + 14 * HOUR_MS),
    offsetMs(zone, base + 38 * HOUR_MS),
  ] as const;
  const before = samples[0];
  const after = samples[3];
  const uniform = samples.every((s) => s === before);
  const info: DayInfo = uniform ? { before, after } : { before, after, memo: new Map() };
  if (days.size >= MAX_CACHED_DAYS_PER_ZONE) days.clear();
  days.set(dayNum, info);
  return info;
}

/** Finds the instant of the offset change in (lo, hi]: offset(lo) ≠ offset(hi). */
function findChange(zone: string, lo: number, hi: number): number {
  const loOffset = offsetMs(zone, lo);
  // Changes happen on whole minutes; search minute by minute.
  let a = Math.floor(lo / MINUTE_MS);
  let b = Math.ceil(hi / MINUTE_MS);
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (offsetMs(zone, mid * MINUTE_MS) === loOffset) a = mid;
    else b = mid;
  }
  return b * MINUTE_MS;
}

function resolveSlow(zone: string, info: DayInfo, wallMs: number): number {
  const candidates = info.before === info.after ? [info.before] : [info.before, info.after];
  let best: number | undefined;
  for (const off of candidates) {
    const t = wallMs - off;
    if (offsetMs(zone, t) === off && (best === undefined || t < best)) best = t;
  }
  if (best !== undefined) return best;
  // Not a valid wall time with either offset: it lies in a gap. The gap's instants are between
  // the reading with the "after" offset and the one with the "before" offset.
  const lo = Math.min(wallMs - info.after, wallMs - info.before);
  const hi = Math.max(wallMs - info.after, wallMs - info.before);
  return findChange(zone, lo, hi);
}

/**
 * The instant at which the wall clock in `zone` reads `minuteOfDay` (0…1439) on local day
 * `dayNum`, with the skipped-time and ambiguous-time rules above. Returns epoch milliseconds.
 */
export function wallTimeToInstant(zone: string, dayNum: number, minuteOfDay: number): number {
  const info = dayInfo(zone, dayNum);
  const wallMs = dayNum * DAY_MS + minuteOfDay * MINUTE_MS;
  if (!info.memo) return wallMs - info.before;
  const memo = info.memo.get(minuteOfDay);
  if (memo !== undefined) return memo;
  const t = resolveSlow(zone, info, wallMs);
  info.memo.set(minuteOfDay, t);
  return t;
}

/** The first instant of local day `dayNum` (00:00, or the first valid moment after it). */
export function startOfLocalDay(zone: string, dayNum: number): number {
  return wallTimeToInstant(zone, dayNum, 0);
}

/** The local day number that instant `t` falls on in `zone`. */
export function localDayNum(zone: string, t: number): number {
  let d = Math.floor(t / DAY_MS);
  // The answer is within one day of the UTC day; walk to the day whose start ≤ t < next start.
  while (startOfLocalDay(zone, d) > t) d--;
  while (startOfLocalDay(zone, d + 1) <= t) d++;
  return d;
}

/** Local wall-clock reading of `t`: day number and minute of day (seconds dropped). */
export function instantToWallTime(
  zone: string,
  t: number,
): { dayNum: number; minuteOfDay: number } {
  const wall = t + offsetMs(zone, t);
  const dayNum = Math.floor(wall / DAY_MS);
  return { dayNum, minuteOfDay: Math.floor((wall - dayNum * DAY_MS) / MINUTE_MS) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(dayNum: number): number {
  return (((dayNum + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** "yyyy-MM-dd" → day number. Assumes a valid date (see LocalDateSchema). */
export function parseLocalDate(value: string): number {
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** Day number → "yyyy-MM-dd". */
export function formatLocalDate(dayNum: number): string {
  return new Date(dayNum * DAY_MS).toISOString().slice(0, 10);
}

/** "HH:mm" → minutes since midnight. Assumes a valid time (see WallTimeSchema). */
export function parseWallTime(value: string): number {
  return Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));
}

/** Minutes since midnight → "HH:mm". */
export function formatWallTime(minuteOfDay: number): string {
  const m = ((minuteOfDay % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * True if `zone` is an IANA zone name the runtime knows. UTC-offset strings like "+02:00" are
 * refused: they are not zones a user picks and have no DST rules. The spelling is kept as given
 * (ICU would turn "Asia/Kolkata" into the legacy "Asia/Calcutta").
 */
export function isKnownTimeZone(zone: string): boolean {
  if (zone === '' || zone.trim() !== zone || /^[+-]/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
