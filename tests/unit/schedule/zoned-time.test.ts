import { TZDate } from '@date-fns/tz';
import { describe, expect, test } from 'vitest';
import {
  formatLocalDate,
  instantToWallTime,
  isKnownTimeZone,
  localDayNum,
  parseLocalDate,
  parseWallTime,
  startOfLocalDay,
  wallTimeToInstant,
  weekdayOf,
} from '../../../electron/core/schedule/zoned-time';
import { wall } from './helpers';

const at = (zone: string, date: string, time: string) =>
  new Date(wallTimeToInstant(zone, parseLocalDate(date), parseWallTime(time))).toISOString();

describe('wallTimeToInstant', () => {
  test('ordinary times in zones with and without DST', () => {
    expect(at('Europe/London', '2025-01-15', '12:00')).toBe('2025-01-15T12:00:00.000Z');
    expect(at('Europe/London', '2025-07-15', '12:00')).toBe('2025-07-15T11:00:00.000Z');
    expect(at('Asia/Kolkata', '2025-01-15', '12:00')).toBe('2025-01-15T06:30:00.000Z');
    expect(at('Asia/Kolkata', '2025-07-15', '12:00')).toBe('2025-07-15T06:30:00.000Z');
    expect(at('Australia/Lord_Howe', '2025-01-15', '12:00')).toBe('2025-01-15T01:00:00.000Z');
    expect(at('Australia/Lord_Howe', '2025-07-15', '12:00')).toBe('2025-07-15T01:30:00.000Z');
  });

  test('a skipped time resolves to the first valid moment after it', () => {
    // New York 2025-03-09: 02:00 EST → 03:00 EDT.
    expect(at('America/New_York', '2025-03-09', '02:30')).toBe('2025-03-09T07:00:00.000Z');
    expect(
      wall('America/New_York', Date.parse(at('America/New_York', '2025-03-09', '02:30'))),
    ).toBe('2025-03-09 03:00');
    expect(at('America/New_York', '2025-03-09', '02:00')).toBe('2025-03-09T07:00:00.000Z');
    expect(at('America/New_York', '2025-03-09', '03:00')).toBe('2025-03-09T07:00:00.000Z');
    expect(at('America/New_York', '2025-03-09', '01:59')).toBe('2025-03-09T06:59:00.000Z');
    // London 2025-03-30: 01:00 GMT → 02:00 BST.
    expect(at('Europe/London', '2025-03-30', '01:30')).toBe('2025-03-30T01:00:00.000Z');
    // Lord Howe 2025-10-05: 02:00 +10:30 → 02:30 +11:00 (a 30-minute change).
    expect(at('Australia/Lord_Howe', '2025-10-05', '02:15')).toBe('2025-10-04T15:30:00.000Z');
    expect(
      wall('Australia/Lord_Howe', Date.parse(at('Australia/Lord_Howe', '2025-10-05', '02:15'))),
    ).toBe('2025-10-05 02:30');
  });

  test('an ambiguous time resolves to its first occurrence', () => {
    // New York 2025-11-02: 02:00 EDT → 01:00 EST; 01:30 happens at 05:30Z and 06:30Z.
    expect(at('America/New_York', '2025-11-02', '01:30')).toBe('2025-11-02T05:30:00.000Z');
    // London 2025-10-26: 02:00 BST → 01:00 GMT; 01:30 happens at 00:30Z and 01:30Z.
    expect(at('Europe/London', '2025-10-26', '01:30')).toBe('2025-10-26T00:30:00.000Z');
    // Lord Howe 2025-04-06: 02:00 +11:00 → 01:30 +10:30; 01:45 happens at 14:45Z and 15:15Z.
    expect(at('Australia/Lord_Howe', '2025-04-06', '01:45')).toBe('2025-04-05T14:45:00.000Z');
  });

  test('TZDate alone would not give these rules (why they are written out)', () => {
    // It moves a skipped 02:30 by the size of the gap, to 03:30 …
    expect(new TZDate(2025, 2, 9, 2, 30, 'America/New_York').toISOString()).toBe(
      '2025-03-09T03:30:00.000-04:00',
    );
    // … and takes the second 01:30 in London.
    expect(new Date(+new TZDate(2025, 9, 26, 1, 30, 'Europe/London')).toISOString()).toBe(
      '2025-10-26T01:30:00.000Z',
    );
  });
});

describe('local days', () => {
  test('localDayNum and startOfLocalDay agree with the zone', () => {
    const d = parseLocalDate('2025-06-02');
    expect(formatLocalDate(d)).toBe('2025-06-02');
    expect(weekdayOf(d)).toBe(1); // Monday
    expect(new Date(startOfLocalDay('Asia/Kolkata', d)).toISOString()).toBe(
      '2025-06-01T18:30:00.000Z',
    );
    expect(localDayNum('Asia/Kolkata', Date.parse('2025-06-01T18:29:59Z'))).toBe(d - 1);
    expect(localDayNum('Asia/Kolkata', Date.parse('2025-06-01T18:30:00Z'))).toBe(d);
    expect(localDayNum('America/New_York', Date.parse('2025-06-03T03:59:00Z'))).toBe(d);
  });

  test('instantToWallTime reads the wall clock', () => {
    const r = instantToWallTime('Australia/Lord_Howe', Date.parse('2025-10-04T15:30:00Z'));
    expect(formatLocalDate(r.dayNum)).toBe('2025-10-05');
    expect(r.minuteOfDay).toBe(150);
  });

  test('isKnownTimeZone', () => {
    expect(isKnownTimeZone('Europe/London')).toBe(true);
    expect(isKnownTimeZone('Asia/Kolkata')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isKnownTimeZone('+02:00')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
  });
});
