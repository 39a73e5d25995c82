/**
 * The networking schedule: what is stored in settings (weekly windows, days off, one-off extra
 * windows, reminder settings), the runtime choices the user makes on the fly (overtime, snooze,
 * "start now"), and the state the core computes from them. See docs/schedule-format.md.
 *
 * Schemas describe the shape; cross-field rules (end ≠ start, overlaps, from ≤ to, known time zone)
 * live in electron/core/schedule/validate-schedule.ts, which turns every problem into a readable
 * message.
 */
import { z } from 'zod';
import { YEAR_RANGE_MESSAGE, inYearRange } from './year-range';

/** Bumped when the stored shape changes incompatibly. */
export const SCHEDULE_FORMAT_VERSION = 1;

export const DEFAULT_REMINDER_LEAD_MIN = 5;
export const DEFAULT_CLOSING_MIN = 5;
/** Upper bound for reminderLeadMin and closingMin. */
export const MAX_NOTICE_MIN = 120;

/** Reasons the UI offers for a day off; any other short free text is accepted too. */
export const DAY_OFF_REASONS = ['holiday', 'bad experience'] as const;

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export const WEEKDAY_SHORT_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** Wall-clock time "HH:mm", 00:00–23:59. */
export const WALL_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
/** Local calendar date "yyyy-MM-dd". */
export const LOCAL_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const WallTimeSchema = z
  .string({ error: 'must be a time like 09:30' })
  .regex(WALL_TIME_PATTERN, { error: 'must be a time like 09:30 (24-hour clock)' });

export const LocalDateSchema = z
  .string({ error: 'must be a date like 2025-12-24' })
  .regex(LOCAL_DATE_PATTERN, { error: 'must be a date like 2025-12-24' })
  .refine(isRealDate, { error: 'is not a real calendar date' });

/** An absolute instant, ISO 8601 with Z or an offset (normalised to UTC "…Z" by validation). */
export const InstantSchema = z.iso.datetime({
  offset: true,
  error: 'must be a date and time like 2025-11-03T18:00:00Z',
});

/** Dates and instants sent by a caller: bounded, in the years Netwell accepts (year-range.ts). */
export const LocalDateInputSchema = LocalDateSchema.max(10).refine(inYearRange, YEAR_RANGE_MESSAGE);
export const InstantInputSchema = InstantSchema.max(40).refine(inYearRange, YEAR_RANGE_MESSAGE);

export const WeekdaySchema = z
  .number({ error: 'days must be numbers 0 (Sunday) to 6 (Saturday)' })
  .int({ error: 'days must be whole numbers 0 (Sunday) to 6 (Saturday)' })
  .min(0, { error: 'days must be 0 (Sunday) to 6 (Saturday)' })
  .max(6, { error: 'days must be 0 (Sunday) to 6 (Saturday)' });

const LabelSchema = z
  .string({ error: 'the label must be text' })
  .max(80, { error: 'the label can be at most 80 characters' });

const IdSchema = z.string({ error: 'needs an id' }).min(1, { error: 'needs an id' });

/**
 * A weekly networking window. `start`/`end` are wall-clock times in the schedule's time zone;
 * `end <= start` means the window crosses midnight and ends the next day; `end == start` is invalid.
 */
export const WeeklyWindowSchema = z.object({
  id: IdSchema,
  days: z
    .array(WeekdaySchema, { error: 'days must be a list of weekdays' })
    .min(1, { error: 'pick at least one day' }),
  start: WallTimeSchema,
  end: WallTimeSchema,
  label: LabelSchema.optional(),
});

/** Days off from `from` to `to`, both inclusive, as local dates in the schedule's time zone. */
export const DayOffSchema = z.object({
  id: z.string().optional(),
  from: LocalDateSchema,
  to: LocalDateSchema,
  /** "holiday", "bad experience" or free text. */
  reason: z
    .string({ error: 'the reason must be text' })
    .max(200, { error: 'the reason can be at most 200 characters' })
    .optional(),
});

/** A one-off window at absolute instants (it happens even on a day off). */
export const ExtraWindowSchema = z.object({
  id: IdSchema,
  start: InstantSchema,
  end: InstantSchema,
  label: LabelSchema.optional(),
});

const NoticeMinutesSchema = (what: string) =>
  z
    .number({ error: `${what} must be a number of minutes` })
    .int({ error: `${what} must be a whole number of minutes` })
    .min(0, { error: `${what} must be between 0 and ${MAX_NOTICE_MIN} minutes` })
    .max(MAX_NOTICE_MIN, { error: `${what} must be between 0 and ${MAX_NOTICE_MIN} minutes` });

/** The weekly part of the schedule. */
export const ScheduleSchema = z.object({
  /** IANA zone ("Europe/London") or null for "the system's zone" (resolved by the caller). */
  timeZone: z
    .string({ error: 'the time zone must be a name like Europe/London' })
    .min(1, { error: 'the time zone must be a name like Europe/London' })
    .nullable()
    .default(null),
  windows: z.array(WeeklyWindowSchema).default([]),
  /** Minutes before a window start during which the state is "upcoming". */
  reminderLeadMin: NoticeMinutesSchema('The reminder lead time').default(DEFAULT_REMINDER_LEAD_MIN),
  /** The last minutes of a window, during which the state is "closing". */
  closingMin: NoticeMinutesSchema('The closing time').default(DEFAULT_CLOSING_MIN),
});

export const ScheduleExceptionsSchema = z.object({
  daysOff: z.array(DayOffSchema).default([]),
  extraWindows: z.array(ExtraWindowSchema).default([]),
});

/** The whole document as stored in settings (and in a backup). */
export const ScheduleSettingsSchema = z.object({
  version: z.literal(SCHEDULE_FORMAT_VERSION).default(SCHEDULE_FORMAT_VERSION),
  schedule: ScheduleSchema.default({
    timeZone: null,
    windows: [],
    reminderLeadMin: DEFAULT_REMINDER_LEAD_MIN,
    closingMin: DEFAULT_CLOSING_MIN,
  }),
  exceptions: ScheduleExceptionsSchema.default({ daysOff: [], extraWindows: [] }),
});

/**
 * Choices made on the fly, kept by the caller (not part of the schedule). All instants are ISO.
 * An expired value (in the past) is simply ignored.
 */
export const ScheduleRuntimeSchema = z.object({
  /** The user chose to continue past the end of a window, until this instant. */
  overtimeUntil: InstantSchema.nullable().optional(),
  /** "Upcoming" reminders are silenced until this instant. */
  snoozeRemindersUntil: InstantSchema.nullable().optional(),
  /** The user started an ad-hoc window now; it is open until this instant. */
  startedNowUntil: InstantSchema.nullable().optional(),
  /** When the ad-hoc window was started (set together with startedNowUntil). */
  startedNowAt: InstantSchema.nullable().optional(),
});

export const ScheduleStateNameSchema = z.enum([
  'off',
  'upcoming',
  'open',
  'closing',
  'overtime',
  'paused',
]);

/** A concrete window: absolute start/end instants. */
export const WindowOccurrenceSchema = z.object({
  start: z.date(),
  end: z.date(),
  label: z.string().optional(),
  /** 'weekly' = from a weekly window, 'extra' = one-off extra window, 'now' = started now. */
  source: z.enum(['weekly', 'extra', 'now']),
  /** The weekly or extra window's id (absent for 'now'). */
  windowId: z.string().optional(),
});

export const ScheduleStateSchema = z.object({
  state: ScheduleStateNameSchema,
  /** The window we are in (open/closing), about to be in (upcoming) or just left (overtime). */
  current: WindowOccurrenceSchema.optional(),
  /** The first window that starts strictly after now. */
  next: WindowOccurrenceSchema.optional(),
  /** The next instant at which the result could change; null if nothing is ahead. */
  nextBoundary: z.date().nullable(),
});

export type WallTime = z.infer<typeof WallTimeSchema>;
export type LocalDate = z.infer<typeof LocalDateSchema>;
export type WeeklyWindow = z.infer<typeof WeeklyWindowSchema>;
export type DayOff = z.infer<typeof DayOffSchema>;
export type ExtraWindow = z.infer<typeof ExtraWindowSchema>;
export type Schedule = z.infer<typeof ScheduleSchema>;
export type ScheduleExceptions = z.infer<typeof ScheduleExceptionsSchema>;
export type ScheduleSettings = z.infer<typeof ScheduleSettingsSchema>;
/** What a caller may hand to validation (defaults not yet applied). */
export type ScheduleSettingsInput = z.input<typeof ScheduleSettingsSchema>;
export type ScheduleRuntime = z.infer<typeof ScheduleRuntimeSchema>;
export type ScheduleStateName = z.infer<typeof ScheduleStateNameSchema>;
export type WindowOccurrence = z.infer<typeof WindowOccurrenceSchema>;
export type ScheduleState = z.infer<typeof ScheduleStateSchema>;

/** What computeState / occurrencesBetween need. */
export interface ScheduleStateInput {
  schedule: Schedule;
  exceptions: ScheduleExceptions;
  /** Resolved IANA zone (schedule.timeZone, or the system zone when that is null). */
  timeZone: string;
  runtime?: ScheduleRuntime;
}
