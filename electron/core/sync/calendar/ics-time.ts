/**
 * DATE and DATE-TIME values (RFC 5545 §3.3.4-5) ⇄ the canonical strings of EventFields. A TZID is
 * read through the object's own VTIMEZONE (the RFC makes it authoritative; Outlook's "GMT Standard
 * Time" means nothing elsewhere), else as an IANA zone, else (an undescribed zone, or a floating
 * time) as UTC, which is how a lenient reader keeps the event rather than dropping it.
 */
import { tzOffset } from '@date-fns/tz';
import ICAL from 'ical.js';
import { DAY_MS, isKnownTimeZone, wallTimeToInstant } from '../../schedule/zoned-time';
import { CalendarError } from './calendar-error';
import type { Component, IcsDocument, Property } from './ics-lines';
import { param, prop, unescapeText } from './ics-lines';

export interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** A time zone as two conversions; toWall(toInstant(w)) need not give w back (gaps, overlaps). */
export interface Zone {
  toInstant(wall: Wall): number;
  toWall(ms: number): Wall;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const wallOfUtc = (ms: number): Wall => {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
};

const utcOfWall = (w: Wall): number =>
  Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

export const UTC_ZONE: Zone = { toInstant: utcOfWall, toWall: wallOfUtc };

/** An IANA zone, with the schedule's rules for skipped and repeated wall times. */
export function ianaZone(name: string): Zone {
  return {
    toInstant: (w) =>
      wallTimeToInstant(
        name,
        Date.UTC(w.year, w.month - 1, w.day) / DAY_MS,
        w.hour * 60 + w.minute,
      ) +
      w.second * 1000,
    toWall: (ms) => wallOfUtc(ms + Math.round(tzOffset(name, new Date(ms)) * 60_000)),
  };
}

// ical.js builds a zone's transitions on first use, which costs far more than a lookup: a sync
// reads the same few VTIMEZONEs over and over, so zones are kept by their text.
const MAX_CACHED_ZONES = 64;
const zoneCache = new Map<string, Zone | null>();

function cachedVtimezoneZone(text: string, tzid: string): Zone | null {
  const key = `${tzid}\u0000${text}`;
  if (zoneCache.has(key)) return zoneCache.get(key) ?? null;
  const zone = vtimezoneZone(text, tzid);
  if (zoneCache.size >= MAX_CACHED_ZONES) zoneCache.clear();
  zoneCache.set(key, zone);
  return zone;
}

/** A zone from a VTIMEZONE's own text, through ical.js; null when ical.js cannot use it. */
function vtimezoneZone(text: string, tzid: string): Zone | null {
  try {
    const component = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const tz = new ICAL.Timezone({ component, tzid });
    const zone: Zone = {
      toInstant: (w) => {
        const time = new ICAL.Time({ ...w, isDate: false }, tz);
        return utcOfWall(w) - tz.utcOffset(time) * 1000;
      },
      toWall: (ms) => {
        const t = ICAL.Time.fromJSDate(new Date(ms), true).convertToZone(tz);
        return {
          year: t.year,
          month: t.month,
          day: t.day,
          hour: t.hour,
          minute: t.minute,
          second: t.second,
        };
      },
    };
    // A zone that cannot convert an ordinary time is of no use.
    const probe = zone.toInstant({ year: 2020, month: 6, day: 1, hour: 12, minute: 0, second: 0 });
    return Number.isFinite(probe) ? zone : null;
  } catch {
    return null;
  }
}

/** Finds the zone a TZID names in this object (cached per document). */
export function zoneLookup(doc: IcsDocument): (tzid: string | undefined) => Zone {
  const cache = new Map<string, Zone>();
  return (tzid) => {
    if (!tzid) return UTC_ZONE;
    const cached = cache.get(tzid);
    if (cached) return cached;
    const vtimezone = doc.root.children.find(
      (c: Component) =>
        c.name === 'VTIMEZONE' && unescapeText(prop(c, 'TZID')?.value ?? '') === tzid,
    );
    let zone: Zone | null = null;
    if (vtimezone) {
      const text = doc.raw.slice(doc.lines[vtimezone.begin]!.from, doc.lines[vtimezone.end]!.to);
      zone = cachedVtimezoneZone(text, tzid);
    }
    if (!zone && isKnownTimeZone(tzid)) zone = ianaZone(tzid);
    zone ??= UTC_ZONE;
    cache.set(tzid, zone);
    return zone;
  };
}

const DATE = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/;

/** The wall time a DATE or DATE_TIME match spells (midnight for a date). */
const wallOfMatch = (m: RegExpExecArray): Wall => ({
  year: Number(m[1]),
  month: Number(m[2]),
  day: Number(m[3]),
  hour: Number(m[4] ?? 0),
  minute: Number(m[5] ?? 0),
  second: Number(m[6] ?? 0),
});

function validWall(w: Wall): boolean {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day));
  return (
    d.getUTCFullYear() === w.year &&
    d.getUTCMonth() === w.month - 1 &&
    d.getUTCDate() === w.day &&
    w.hour <= 23 &&
    w.minute <= 59 &&
    w.second <= 60
  );
}

export type TimeValue =
  | { allDay: true; date: string; dayMs: number }
  | { allDay: false; instant: string; ms: number; tzid: string | undefined };

/** Reads a DTSTART/DTEND/RECURRENCE-ID-like property. */
export function readTime(
  property: Property,
  zoneOf: (tzid: string | undefined) => Zone,
): TimeValue {
  const value = property.value.trim();
  const date = DATE.exec(value);
  if (date) {
    const wall = wallOfMatch(date);
    if (!validWall(wall))
      throw new CalendarError(`${property.name} is not a real date (${value}).`);
    return { allDay: true, date: `${date[1]}-${date[2]}-${date[3]}`, dayMs: utcOfWall(wall) };
  }
  const dt = DATE_TIME.exec(value);
  if (!dt) throw new CalendarError(`${property.name} is not a date or time (${value}).`);
  const wall = wallOfMatch(dt);
  if (!validWall(wall)) throw new CalendarError(`${property.name} is not a real time (${value}).`);
  const tzid = dt[7] ? undefined : param(property, 'TZID');
  const ms = dt[7] ? utcOfWall(wall) : zoneOf(tzid).toInstant(wall);
  if (!Number.isFinite(ms)) throw new CalendarError(`${property.name} cannot be placed in time.`);
  const instant = new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  return { allDay: false, instant, ms, tzid };
}

/** A DATE or DATE-TIME value as written: a date (YYYY-MM-DD), or a wall time (UTC if it ends in Z). */
export type WrittenTime = { date: string } | { wall: Wall; utc: boolean };

/** Reads one value of a DATE or DATE-TIME property; null when it is neither. */
export function readWrittenTime(value: string): WrittenTime | null {
  const text = value.trim();
  const date = DATE.exec(text);
  if (date)
    return validWall(wallOfMatch(date)) ? { date: `${date[1]}-${date[2]}-${date[3]}` } : null;
  const dt = DATE_TIME.exec(text);
  if (!dt) return null;
  const wall = wallOfMatch(dt);
  return validWall(wall) ? { wall, utc: dt[7] === 'Z' } : null;
}

/** A wall time moved by `ms` as a clock on the wall would be (no zone: no DST jump). */
export const wallPlus = (w: Wall, ms: number): Wall => wallOfUtc(utcOfWall(w) + ms);

/** How far apart two wall times are on the wall. */
export const wallDistance = (from: Wall, to: Wall): number => utcOfWall(to) - utcOfWall(from);

export const formatDate = (isoDate: string): string => isoDate.replace(/-/g, '');

export const formatWall = (w: Wall): string =>
  `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;

export const formatUtc = (ms: number): string => `${formatWall(wallOfUtc(ms))}Z`;

const DURATION = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** A DURATION in seconds (days as 24 hours); null when it is not one. */
export function readDuration(value: string): number | null {
  const m = DURATION.exec(value.trim());
  if (!m || value.trim().endsWith('T') || /^[+-]?P$/.test(value.trim())) return null;
  const [w, d, h, min, s] = [m[2], m[3], m[4], m[5], m[6]].map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const seconds = (((w * 7 + d) * 24 + h) * 60 + min) * 60 + s;
  return m[1] === '-' ? -seconds : seconds;
}

/** Seconds as a DURATION ("PT1H30M", "P2D"). */
export function formatDuration(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  let rest = Math.abs(seconds);
  const days = Math.floor(rest / 86_400);
  rest -= days * 86_400;
  const h = Math.floor(rest / 3600);
  const m = Math.floor((rest % 3600) / 60);
  const s = rest % 60;
  const time = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
  if (!days && !time) return 'PT0S';
  return `${sign}P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/** 'YYYY-MM-DD' plus n days. */
export const addDays = (isoDate: string, days: number): string =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
