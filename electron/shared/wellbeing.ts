/**
 * Wellbeing: networking sessions (every window, unlock and overtime), the check-in after each,
 * the insights drawn from them, gentle guidance and the weekly review. Stored in the data file;
 * nothing leaves the machine.
 */
import { z } from 'zod';
import { LocalDateSchema } from './schedule';

export const SessionKindSchema = z.enum(['window', 'now', 'extra', 'unlock']);
export type SessionKind = z.output<typeof SessionKindSchema>;

/** A choice that went past the plan: overtime, an unlock, a window started on the spot. */
export const OverrideSchema = z.object({
  kind: z.enum(['overtime', 'unlock', 'start-now']),
  at: z.iso.datetime(),
  reason: z.string().max(500).default(''),
});
export type Override = z.output<typeof OverrideSchema>;

export const SessionSchema = z.object({
  id: z.string().min(1).max(100),
  kind: SessionKindSchema,
  label: z.string().max(80).optional(),
  start: z.iso.datetime(),
  /** When it actually ended (the planned end, or later with overtime). */
  end: z.iso.datetime(),
  plannedEnd: z.iso.datetime(),
  /** Focused, not-idle workspace minutes inside the session. */
  activeMin: z.number().min(0),
  overrides: z.array(OverrideSchema).default([]),
  checkIn: z.enum(['pending', 'done', 'skipped', 'none']).default('pending'),
});
export type Session = z.output<typeof SessionSchema>;

export const WinsSchema = z.object({
  newContacts: z.number().int().min(0).max(999).default(0),
  followUpsSent: z.number().int().min(0).max(999).default(0),
  meetingsBooked: z.number().int().min(0).max(999).default(0),
});
export type Wins = z.output<typeof WinsSchema>;

export const EnergySchema = z
  .number({ error: 'Pick your energy from 1 to 5.' })
  .int({ error: 'Pick your energy from 1 to 5.' })
  .min(1, { error: 'Pick your energy from 1 to 5.' })
  .max(5, { error: 'Pick your energy from 1 to 5.' });

export const CheckInSchema = z.object({
  id: z.string().min(1).max(100),
  sessionId: z.string().min(1).max(100),
  at: z.iso.datetime(),
  energy: EnergySchema,
  chore: z.boolean(),
  wins: WinsSchema,
  note: z.string().trim().max(2000).default(''),
});
export type CheckIn = z.output<typeof CheckInSchema>;

export const CheckInInputSchema = CheckInSchema.omit({ id: true, at: true });

/** The check-in waiting for an answer, with what the CRM logged during the session. */
export const PendingCheckInSchema = z.object({ session: SessionSchema, prefill: WinsSchema });
export type PendingCheckIn = z.output<typeof PendingCheckInSchema>;

export const InsightsRangeSchema = z.enum(['4w', '3m', '1y']);
export type InsightsRange = z.output<typeof InsightsRangeSchema>;
export const RANGE_WEEKS: Record<InsightsRange, number> = { '4w': 4, '3m': 13, '1y': 52 };

export const WeekInsightSchema = z.object({
  /** The Monday the week starts on, a local date in the user's zone. */
  week: LocalDateSchema,
  minutes: z.number(),
  budgetMin: z.number().nullable(),
  sessions: z.number(),
  overrides: z.number(),
  checkIns: z.number(),
  chores: z.number(),
  energyAvg: z.number().nullable(),
  meetingsBooked: z.number(),
  replies: z.number(),
  inPerson: z.number(),
  online: z.number(),
  offlineDays: z.number(),
});
export type WeekInsight = z.output<typeof WeekInsightSchema>;

export const InsightsSchema = z.object({
  range: InsightsRangeSchema,
  timeZone: z.string(),
  from: LocalDateSchema,
  to: LocalDateSchema,
  days: z.array(z.object({ date: LocalDateSchema, minutes: z.number() })),
  dailyBudgetMin: z.number().nullable(),
  weeks: z.array(WeekInsightSchema),
  totals: z.object({
    minutes: z.number(),
    sessions: z.number(),
    overrides: z.number(),
    meetingsBooked: z.number(),
    replies: z.number(),
    inPerson: z.number(),
    online: z.number(),
    /** Meetings booked, replies and in-person meetings per hour of networking; null without time. */
    outcomesPerHour: z.number().nullable(),
    checkIns: z.number(),
    chores: z.number(),
    energyAvg: z.number().nullable(),
  }),
  invitations: z.object({
    accepted: z.number(),
    declined: z.number(),
    /** Declined out of answered, 0–1; null when nobody answered yet. */
    declineRate: z.number().nullable(),
    /** A kind word on what is normal. */
    framing: z.string(),
  }),
  offline: z.object({ days: z.number(), currentStreak: z.number(), longestStreak: z.number() }),
});
export type Insights = z.output<typeof InsightsSchema>;

export const GuidanceIdSchema = z.enum([
  'chore-streak',
  'budget-exceeded',
  'coffee',
  'platform-break',
]);
export type GuidanceId = z.output<typeof GuidanceIdSchema>;

export const GuidanceActionTypeSchema = z.enum([
  'shorten-windows',
  'day-off',
  'propose-coffee',
  'platform-break',
]);

export const GuidanceActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('shorten-windows'), label: z.string(), percent: z.number() }),
  z.object({ type: z.literal('day-off'), label: z.string() }),
  z.object({ type: z.literal('propose-coffee'), label: z.string() }),
  z.object({
    type: z.literal('platform-break'),
    label: z.string(),
    platform: z.string(),
    days: z.number(),
  }),
]);
export type GuidanceAction = z.output<typeof GuidanceActionSchema>;

export const GuidanceSchema = z.object({
  id: GuidanceIdSchema,
  title: z.string(),
  /** Why it is suggested, in the user's own numbers. */
  reason: z.string(),
  /** The rule's threshold, said plainly. */
  threshold: z.string(),
  actions: z.array(GuidanceActionSchema).min(1),
});
export type Guidance = z.output<typeof GuidanceSchema>;

export const WeeklyReviewSchema = z.object({
  week: LocalDateSchema,
  timeZone: z.string(),
  minutes: z.number(),
  weeklyBudgetMin: z.number().nullable(),
  sessions: z.number(),
  offlineDays: z.number(),
  energyAvg: z.number().nullable(),
  wins: WinsSchema,
  reconnect: z.array(z.object({ contactId: z.string(), name: z.string(), why: z.string() })),
  nextWindows: z.array(
    z.object({ start: z.string(), end: z.string(), label: z.string().optional() }),
  ),
  reviewAt: z.string().nullable(),
});
export type WeeklyReview = z.output<typeof WeeklyReviewSchema>;

/**
 * When the weekly review arrives: as the week's last window closes (0), or that many minutes
 * before its end, inside it. Both are moments the app is awake for (the window's own ticker).
 */
export const ReviewTimeSchema = z.object({
  minutesBeforeEnd: z.number().int().min(0).max(120).default(0),
});
export type ReviewTime = z.output<typeof ReviewTimeSchema>;

export const WellbeingSettingsSchema = z.object({
  /** Guidance the user asked never to see again. */
  dismissedGuidance: z.array(GuidanceIdSchema).default([]),
  /** When each piece of guidance was last acted on: it waits for new evidence after that. */
  actedOn: z.partialRecord(GuidanceIdSchema, z.iso.datetime()).default({}),
  reviewTime: ReviewTimeSchema.default({ minutesBeforeEnd: 0 }),
});
export type WellbeingSettings = z.output<typeof WellbeingSettingsSchema>;
