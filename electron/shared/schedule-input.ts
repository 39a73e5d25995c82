/**
 * What `schedule.save` accepts: the whole document, every field present, no field Netwell does not
 * know, and every list bounded. This is a gate on shape and size only: what the fields hold (a time
 * like 09:30, minutes in range, overlaps, a known zone) is explained by the schedule's validator
 * (electron/core/schedule/validate-schedule.ts), which names the window or day off concerned.
 */
import { z } from 'zod';
import { LOCAL_DATE_PATTERN, WallTimeSchema, WeekdaySchema } from './schedule';
import { shownAsLabel } from './text';
import { YEAR_RANGE_MESSAGE, inYearRange } from './year-range';

/** Weekly windows in one schedule: a dozen is a busy week; 200 leaves room and stays cheap. */
export const MAX_WEEKLY_WINDOWS = 200;
/** Days off and one-off windows kept in one schedule (each list). */
export const MAX_EXCEPTIONS = 1000;

const missingOr =
  (what: string, wrong: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? `${what} is missing.` : wrong;

/** A strict object whose unknown fields are named in the message. */
function section<S extends z.ZodRawShape>(shape: S, what: string) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        return `${what} has fields Netwell does not know: ${issue.keys.join(', ')}.`;
      }
      return missingOr(what, `${what} must be an object.`)(issue);
    },
  });
}

const text = (max: number, what: string) =>
  z.string({ error: `${what} must be text.` }).max(max, `${what} is at most ${max} characters.`);

/** A date whose year is out of range; its format is left to the validator. */
const datePart = (what: string) =>
  text(10, what).refine((v) => !LOCAL_DATE_PATTERN.test(v) || inYearRange(v), {
    message: `${what}: ${YEAR_RANGE_MESSAGE}`,
  });
const instantPart = (what: string) =>
  text(40, what).refine((v) => !/^\d{4}-/.test(v) || inYearRange(v), {
    message: `${what}: ${YEAR_RANGE_MESSAGE}`,
  });
const label = (max: number, what: string) => shownAsLabel(text(max, what), what);
/** Minutes as the form sends them: a number, or what was typed so the validator can explain. */
const minutesPart = (what: string) =>
  z.union([z.number(), text(20, what)], { error: missingOr(what, `${what} must be a number.`) });

const WindowShape = section(
  {
    id: text(100, "A window's id"),
    days: z
      .array(z.number(), { error: missingOr("A window's days", "A window's days must be a list.") })
      .max(7, 'A window has at most 7 days.'),
    start: text(10, "A window's start"),
    end: text(10, "A window's end"),
    label: label(80, "A window's label").optional(),
  },
  'A window',
);

const DayOffShape = section(
  {
    id: text(100, "A day off's id").optional(),
    from: datePart("A day off's first day"),
    to: datePart("A day off's last day"),
    reason: label(200, "A day off's reason").optional(),
  },
  'A day off',
);

const ExtraWindowShape = section(
  {
    id: text(100, "A one-off window's id"),
    start: instantPart("A one-off window's start"),
    end: instantPart("A one-off window's end"),
    label: label(80, "A one-off window's label").optional(),
  },
  'A one-off window',
);

const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z
    .array(item, { error: missingOr(what, `${what} must be a list.`) })
    .max(max, `${what} holds at most ${max}.`);

export const ScheduleSaveInputSchema = section(
  {
    version: z.number({
      error: missingOr('The format version', 'The format version must be a number.'),
    }),
    schedule: section(
      {
        timeZone: text(100, 'The time zone').nullable(),
        windows: list(WindowShape, MAX_WEEKLY_WINDOWS, 'The list of weekly windows'),
        reminderLeadMin: minutesPart('The reminder lead time'),
        closingMin: minutesPart('The closing time'),
      },
      'The schedule section',
    ),
    exceptions: section(
      {
        daysOff: list(DayOffShape, MAX_EXCEPTIONS, 'The list of days off'),
        extraWindows: list(ExtraWindowShape, MAX_EXCEPTIONS, 'The list of one-off windows'),
      },
      'The exceptions section',
    ),
  },
  'The schedule document',
);

/** A weekly window handed to "merge overlapping windows": checked in full, bounded. */
export const WeeklyWindowInputSchema = z
  .object({
    id: z.string({ error: 'needs an id' }).min(1, { error: 'needs an id' }).max(100),
    days: z.array(WeekdaySchema).min(1, { error: 'pick at least one day' }).max(7),
    start: WallTimeSchema.max(5),
    end: WallTimeSchema.max(5),
    label: label(80, "A window's label").optional(),
  })
  .strict();
