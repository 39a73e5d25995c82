/** Shared test helpers: build inputs, read wall-clock time independently of the code under test. */
import type {
  DayOff,
  ExtraWindow,
  ScheduleRuntime,
  ScheduleStateInput,
  WeeklyWindow,
} from '../../../electron/shared/schedule';

export const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];

export function win(
  id: string,
  start: string,
  end: string,
  days: number[] = ALL_DAYS,
  label?: string,
): WeeklyWindow {
  return label === undefined ? { id, days, start, end } : { id, days, start, end, label };
}

export function makeInput(
  timeZone: string,
  windows: WeeklyWindow[],
  options: {
    daysOff?: DayOff[];
    extraWindows?: ExtraWindow[];
    runtime?: ScheduleRuntime;
    reminderLeadMin?: number;
    closingMin?: number;
  } = {},
): ScheduleStateInput {
  return {
    timeZone,
    schedule: {
      timeZone,
      windows,
      reminderLeadMin: options.reminderLeadMin ?? 5,
      closingMin: options.closingMin ?? 5,
    },
    exceptions: { daysOff: options.daysOff ?? [], extraWindows: options.extraWindows ?? [] },
    runtime: options.runtime ?? {},
  };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const readings = new Map<string, Map<number, string>>();

/** "yyyy-MM-dd HH:mm" wall-clock reading of an instant, via Intl (not via @date-fns/tz). */
export function wall(zone: string, t: Date | number): string {
  const ms = typeof t === 'number' ? t : t.getTime();
  let memo = readings.get(zone);
  if (!memo) {
    memo = new Map();
    readings.set(zone, memo);
  }
  const cached = memo.get(ms);
  if (cached !== undefined) return cached;
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(zone, f);
  }
  // en-US: "03/09/2025, 03:00"
  const s = f.format(ms);
  const reading = `${s.slice(6, 10)}-${s.slice(0, 2)}-${s.slice(3, 5)} ${s.slice(12, 17)}`;
  if (memo.size > 200_000) memo.clear();
  memo.set(ms, reading);
  return reading;
}

/** Local date "yyyy-MM-dd" of an instant. */
export function localDate(zone: string, t: Date | number): string {
  return wall(zone, t).slice(0, 10);
}

/** Local "HH:mm" of an instant. */
export function localTime(zone: string, t: Date | number): string {
  return wall(zone, t).slice(11);
}

export const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);
