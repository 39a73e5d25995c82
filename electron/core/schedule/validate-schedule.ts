/**
 * Validation with messages a user can act on, and normalisation of what passes (trimmed labels,
 * sorted unique days, days off sorted, extra-window instants as UTC "…Z" ISO strings).
 */
import type { z } from 'zod';
import type {
  Schedule,
  ScheduleExceptions,
  ScheduleSettings,
  WeeklyWindow,
} from '../../shared/schedule';
import {
  ScheduleExceptionsSchema,
  ScheduleSchema,
  ScheduleSettingsSchema,
} from '../../shared/schedule';
import { MAX_OVERLAPS_REPORTED, countOverlappingWindows, findOverlaps } from './find-overlaps';
import { isKnownTimeZone } from './zoned-time';

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

type Path = ReadonlyArray<PropertyKey>;

function at(input: unknown, path: Path): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function labelOf(item: unknown): string | undefined {
  const label = at(item, ['label']);
  return typeof label === 'string' && label.trim() ? label.trim() : undefined;
}

function windowName(w: unknown, index: number): string {
  const label = labelOf(w);
  return label ? `Window '${label}'` : `Window ${index + 1}`;
}

function extraName(x: unknown, index: number): string {
  const label = labelOf(x);
  return label ? `Extra window '${label}'` : `Extra window ${index + 1}`;
}

function dayOffName(o: unknown, index: number): string {
  const from = at(o, ['from']);
  const to = at(o, ['to']);
  if (typeof from === 'string' && typeof to === 'string') {
    return from === to ? `Day off ${from}` : `Days off ${from} to ${to}`;
  }
  return `Day off ${index + 1}`;
}

const FIELD_NAMES: Record<string, string> = {
  start: 'the start',
  end: 'the end',
  from: 'the first day',
  to: 'the last day',
};

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One zod issue → one readable message. `root` is the value the path is relative to. */
function issueMessage(issue: z.core.$ZodIssue, root: unknown, base: Path): string {
  const path = issue.path;
  const [section, index, field] = path;
  const fieldName = typeof field === 'string' ? FIELD_NAMES[field] : undefined;
  const detail = fieldName ? `${fieldName} ${issue.message}` : issue.message;
  if (typeof index === 'number') {
    const item = at(root, [...base, section as PropertyKey, index]);
    if (section === 'windows') return `${windowName(item, index)}: ${detail}`;
    if (section === 'daysOff') return `${dayOffName(item, index)}: ${detail}`;
    if (section === 'extraWindows') return `${extraName(item, index)}: ${detail}`;
  }
  if (path.length === 0) {
    if (issue.code === 'invalid_type') return 'The schedule must be an object with its settings';
    return sentence(issue.message);
  }
  if (section === 'version') return `This schedule was saved in a format this version cannot read`;
  if (path.length === 1 && typeof section === 'string' && issue.code === 'invalid_type') {
    if (section === 'windows' || section === 'daysOff' || section === 'extraWindows') {
      return `The ${section === 'windows' ? 'windows' : section === 'daysOff' ? 'days off' : 'extra windows'} must be a list`;
    }
  }
  return sentence(issue.message);
}

function zodMessages(error: z.ZodError, root: unknown, base: Path): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const issue of error.issues) {
    // Settings paths start with "schedule"/"exceptions"; messages are about what is inside.
    const inner = { ...issue, path: issue.path.slice(base.length) } as z.core.$ZodIssue;
    const message = issueMessage(inner, root, base);
    if (!seen.has(message)) {
      seen.add(message);
      out.push(message);
    }
  }
  return out;
}

function cleanLabel<T extends { label?: string | undefined }>(item: T): T {
  const { label, ...rest } = item;
  const trimmed = label?.trim();
  return (trimmed ? { ...rest, label: trimmed } : rest) as T;
}

function checkSchedule(schedule: Schedule): { value: Schedule; errors: string[] } {
  const errors: string[] = [];
  let timeZone = schedule.timeZone;
  if (timeZone !== null) {
    timeZone = timeZone.trim();
    if (!isKnownTimeZone(timeZone)) {
      errors.push(`The time zone '${timeZone}' is not known; pick one like Europe/London`);
    }
  }
  const windows: WeeklyWindow[] = schedule.windows.map((w) =>
    cleanLabel({ ...w, id: w.id.trim(), days: [...new Set(w.days)].sort((a, b) => a - b) }),
  );
  const ids = new Map<string, number>();
  windows.forEach((w, i) => {
    if (w.start === w.end) errors.push(`${windowName(w, i)}: the end must differ from the start`);
    const previous = ids.get(w.id);
    if (previous !== undefined) {
      errors.push(
        `${windowName(w, i)} has the same id as ${windowName(windows[previous], previous).toLowerCase()}`,
      );
    } else ids.set(w.id, i);
  });
  const valid = windows.filter((w) => w.start !== w.end);
  // The first few overlaps by name, then how many windows are involved: a list of thousands
  // would help no one (and once took seconds to build).
  const overlaps = findOverlaps(valid, MAX_OVERLAPS_REPORTED);
  for (const overlap of overlaps) errors.push(overlap.message);
  if (overlaps.length >= MAX_OVERLAPS_REPORTED) {
    const involved = countOverlappingWindows(valid);
    errors.push(
      `…and more: ${involved} of the ${valid.length} windows overlap another one. Fix the ones above or merge the overlapping windows.`,
    );
  }
  return { value: { ...schedule, timeZone, windows }, errors };
}

function checkExceptions(exceptions: ScheduleExceptions): {
  value: ScheduleExceptions;
  errors: string[];
} {
  const errors: string[] = [];
  exceptions.daysOff.forEach((o, i) => {
    if (o.from > o.to) errors.push(`${dayOffName(o, i)}: the last day is before the first day`);
  });
  const daysOff = exceptions.daysOff
    .map((o) => {
      const { reason, ...rest } = o;
      const trimmed = reason?.trim();
      return trimmed ? { ...rest, reason: trimmed } : rest;
    })
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : 1));

  const ids = new Map<string, number>();
  const extraWindows = exceptions.extraWindows.map((x, i) => {
    const start = new Date(x.start);
    const end = new Date(x.end);
    if (!(end.getTime() > start.getTime())) {
      errors.push(`${extraName(x, i)}: the end must be after the start`);
    }
    const previous = ids.get(x.id);
    if (previous !== undefined) {
      errors.push(
        `${extraName(x, i)} has the same id as ${extraName(exceptions.extraWindows[previous], previous).toLowerCase()}`,
      );
    } else ids.set(x.id, i);
    return cleanLabel({ ...x, start: start.toISOString(), end: end.toISOString() });
  });
  extraWindows.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return { value: { daysOff, extraWindows }, errors };
}

/** Validates and normalises the weekly part (time zone, windows, reminder settings). */
export function validateSchedule(input: unknown): ValidationResult<Schedule> {
  const parsed = ScheduleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: zodMessages(parsed.error, input, []) };
  const { value, errors } = checkSchedule(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

/** Validates and normalises days off and extra windows. */
export function validateExceptions(input: unknown): ValidationResult<ScheduleExceptions> {
  const parsed = ScheduleExceptionsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: zodMessages(parsed.error, input, []) };
  const { value, errors } = checkExceptions(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

/** Validates and normalises the whole stored document (see docs/schedule-format.md). */
export function validateScheduleSettings(input: unknown): ValidationResult<ScheduleSettings> {
  const parsed = ScheduleSettingsSchema.safeParse(input);
  if (!parsed.success) {
    const errors: string[] = [];
    for (const issue of parsed.error.issues) {
      const [section] = issue.path;
      const base: Path = section === 'schedule' || section === 'exceptions' ? [section] : [];
      const one = { issues: [issue] } as unknown as z.ZodError;
      for (const m of zodMessages(one, input, base)) if (!errors.includes(m)) errors.push(m);
    }
    return { ok: false, errors };
  }
  const schedule = checkSchedule(parsed.data.schedule);
  const exceptions = checkExceptions(parsed.data.exceptions);
  const errors = [...schedule.errors, ...exceptions.errors];
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { version: parsed.data.version, schedule: schedule.value, exceptions: exceptions.value },
  };
}
