/**
 * A VTIMEZONE (RFC 5545 §3.6.5) for an IANA zone, built from the zone's real offset changes in the
 * runtime's tz database. A change that recurs every year in the same way (Europe: the last Sunday
 * of March at 02:00) becomes an open-ended yearly RRULE, which carries on correctly after the
 * years looked at; anything else (a zone whose rules changed, or one without a pattern) is listed
 * change by change (RDATE). A zone without changes is one STANDARD observance.
 */
import { tzOffset } from '@date-fns/tz';
import { DAY_MS } from '../../schedule/zoned-time';

const MINUTE_MS = 60_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

interface Change {
  /** The instant of the change. */
  at: number;
  /** Offsets in minutes before and after. */
  from: number;
  to: number;
}

const offsetAt = (zone: string, t: number) => Math.round(tzOffset(zone, new Date(t)));

/** The instant of the change in (lo, hi], found to the minute. */
function changeBetween(zone: string, lo: number, hi: number): number {
  const before = offsetAt(zone, lo);
  let a = Math.floor(lo / MINUTE_MS);
  let b = Math.ceil(hi / MINUTE_MS);
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (offsetAt(zone, mid * MINUTE_MS) === before) a = mid;
    else b = mid;
  }
  return b * MINUTE_MS;
}

/** Every offset change in [from, to), looking a day at a time. */
function changes(zone: string, from: number, to: number): Change[] {
  const found: Change[] = [];
  let previous = offsetAt(zone, from);
  for (let t = from + DAY_MS; t < to + DAY_MS; t += DAY_MS) {
    const offset = offsetAt(zone, t);
    if (offset !== previous) {
      found.push({ at: changeBetween(zone, t - DAY_MS, t), from: previous, to: offset });
      previous = offset;
    }
  }
  return found;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "+0100", "-0330". */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** The wall time of a change in the offset before it (as VTIMEZONE's DTSTART is written). */
function localStart(change: Change) {
  const d = new Date(change.at + change.from * MINUTE_MS);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return {
    year,
    month,
    day,
    weekday: d.getUTCDay(),
    nth: Math.ceil(day / 7),
    last: day + 7 > daysInMonth,
    time: `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`,
    text: `${pad(year, 4)}${pad(month)}${pad(day)}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`,
  };
}

/** BYDAY for changes that all fall on the same weekday of the same month ("-1SU", "2SU"), or null. */
function yearlyRule(group: readonly Change[], lastYear: number): string | null {
  const starts = group.map(localStart);
  const first = starts[0]!;
  const same = starts.every(
    (s, i) =>
      s.month === first.month &&
      s.weekday === first.weekday &&
      s.time === first.time &&
      s.year === first.year + i,
  );
  // The rule must still be in force at the end of the years looked at.
  if (!same || starts.at(-1)!.year !== lastYear || starts.length < 2) return null;
  const weekday = WEEKDAYS[first.weekday]!;
  let byday: string | null = null;
  if (starts.every((s) => s.last)) byday = `-1${weekday}`;
  else if (starts.every((s) => s.nth === first.nth)) byday = `${first.nth}${weekday}`;
  return byday ? `FREQ=YEARLY;BYMONTH=${first.month};BYDAY=${byday}` : null;
}

// Finding a decade of changes takes thousands of offset look-ups; a sync asks for the same zone
// every few minutes.
const cache = new Map<string, readonly string[]>();

/** The VTIMEZONE's lines for `zone`, from the start of `fromYear` to the end of `toYear`. */
export function vtimezoneLines(zone: string, fromYear: number, toYear: number): string[] {
  const key = `${zone} ${fromYear} ${toYear}`;
  const cached = cache.get(key);
  if (cached) return [...cached];
  const lines = buildVtimezone(zone, fromYear, toYear);
  if (cache.size >= 16) cache.clear();
  cache.set(key, lines);
  return [...lines];
}

function buildVtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear + 1, 0, 1);
  const found = changes(zone, from, to);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  if (found.length === 0) {
    const offset = formatOffset(offsetAt(zone, from));
    lines.push(
      'BEGIN:STANDARD',
      `DTSTART:${pad(fromYear, 4)}0101T000000`,
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      'END:STANDARD',
    );
  }
  // One observance per kind of change (same offsets before and after).
  const groups = new Map<string, Change[]>();
  for (const change of found) {
    const key = `${change.from}>${change.to}`;
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  for (const group of groups.values()) {
    const first = group[0]!;
    // Summer time is the larger offset of the two.
    const kind = first.to > first.from ? 'DAYLIGHT' : 'STANDARD';
    const rule = yearlyRule(group, toYear);
    lines.push(
      `BEGIN:${kind}`,
      `TZOFFSETFROM:${formatOffset(first.from)}`,
      `TZOFFSETTO:${formatOffset(first.to)}`,
      `DTSTART:${localStart(first).text}`,
      ...(rule ? [`RRULE:${rule}`] : group.slice(1).map((c) => `RDATE:${localStart(c).text}`)),
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
