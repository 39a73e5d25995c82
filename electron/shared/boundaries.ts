/**
 * Boundaries around networking time: lock modes, budgets, break suggestions, which notifications
 * the user wants, the sites of the networking workspace, and the status the core computes from
 * the schedule. Stored in settings (see docs/schedule-format.md for the schedule itself).
 */
import { z } from 'zod';
import { ScheduleStateNameSchema } from './schedule';

export const LockModeSchema = z.enum(['gentle', 'firm', 'strict']);
export type LockMode = z.output<typeof LockModeSchema>;

/** Firm mode: how long one unlock lasts and how many a day. */
export const UNLOCK_MINUTES = 10;
export const MAX_UNLOCKS_PER_DAY = 3;
/** Seconds without input after which workspace time stops counting. */
export const IDLE_AFTER_SECONDS = 120;
/** A pause this long (idle or away from the workspace) resets the continuous-use clock. */
export const BREAK_RESET_MINUTES = 5;

const minutes = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what} must be a number of minutes.` })
    .int({ error: `${what} must be a whole number of minutes.` })
    .min(min, { error: `${what} must be between ${min} and ${max} minutes.` })
    .max(max, { error: `${what} must be between ${min} and ${max} minutes.` });

export const BoundarySettingsSchema = z.object({
  mode: LockModeSchema.default('firm'),
  /** null = no budget. */
  dailyBudgetMin: minutes('The daily budget', 5, 1440).nullable().default(null),
  weeklyBudgetMin: minutes('The weekly budget', 5, 10080).nullable().default(null),
  /** Suggest a break after this many minutes of continuous use; null = off (the default). */
  breakAfterMin: minutes('The break reminder', 5, 480).nullable().default(null),
});
export type BoundarySettings = z.output<typeof BoundarySettingsSchema>;

export const NOTIFICATION_KINDS = [
  'window-upcoming',
  'window-opened',
  'window-closing',
  'window-closed',
  'budget-reached',
  'break-suggested',
  'unlock-expired',
  'follow-up-digest',
  'meeting-soon',
  'check-in',
  'weekly-review',
] as const;
export const NotificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.output<typeof NotificationKindSchema>;

/** Each kind can be turned off; all are on by default. */
export const NotificationPrefsSchema = z.object(
  Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.boolean().default(true)])) as Record<
    NotificationKind,
    z.ZodDefault<z.ZodBoolean>
  >,
);
export type NotificationPrefs = z.output<typeof NotificationPrefsSchema>;

export const SiteIdSchema = z.string().min(1).max(64);

export const WorkspaceSiteSchema = z.object({
  id: SiteIdSchema,
  name: z
    .string()
    .trim()
    .min(1, 'A site needs a name.')
    .max(60, 'A site name is at most 60 characters.'),
  url: z
    .string()
    .trim()
    .max(2000)
    .refine((value) => {
      try {
        const url = new URL(value);
        return (
          url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password
        );
      } catch {
        return false;
      }
    }, 'A site must be a web address starting with https://'),
});
export type WorkspaceSite = z.output<typeof WorkspaceSiteSchema>;

/** Offered with one click when adding a site. */
export const SITE_PRESETS: ReadonlyArray<Omit<WorkspaceSite, 'id'>> = [
  { name: 'LinkedIn', url: 'https://www.linkedin.com/feed/' },
  { name: 'X', url: 'https://x.com/home' },
  { name: 'Mastodon', url: 'https://mastodon.social/home' },
  { name: 'Meetup', url: 'https://www.meetup.com/home/' },
  { name: 'Slack', url: 'https://app.slack.com/client/' },
  { name: 'Discord', url: 'https://discord.com/channels/@me' },
];

export const AccessReasonSchema = z.enum([
  'window', // a networking window is open
  'gentle', // gentle mode: nothing is locked
  'unlocked', // firm mode: unlocked for a few minutes with a reason
  'outside-window',
  'paused', // a day off
  'daily-budget',
  'weekly-budget',
]);
export type AccessReason = z.output<typeof AccessReasonSchema>;

export const WorkspaceAccessSchema = z.object({
  open: z.boolean(),
  reason: AccessReasonSchema,
  /** What the lock screen or banner says. */
  message: z.string(),
  canUnlock: z.boolean(),
  unlocksLeftToday: z.number().int(),
  unlockedUntil: z.string().nullable(),
});
export type WorkspaceAccess = z.output<typeof WorkspaceAccessSchema>;

export const WindowInfoSchema = z.object({
  start: z.string(),
  end: z.string(),
  label: z.string().optional(),
  source: z.enum(['weekly', 'extra', 'now']),
});
export type WindowInfo = z.output<typeof WindowInfoSchema>;

/** "Start a window now": whether it is offered, whether it would work, and why not. */
export const StartNowOfferSchema = z.object({
  shown: z.boolean(),
  enabled: z.boolean(),
  /** The tray's and quick actions' label (says why when it is disabled). */
  label: z.string(),
  reason: z.string().nullable(),
});
export type StartNowOffer = z.output<typeof StartNowOfferSchema>;

/** Everything the window header, the Schedule and Workspace pages and the tray show. */
export const BoundaryStatusSchema = z.object({
  state: ScheduleStateNameSchema,
  current: WindowInfoSchema.optional(),
  next: WindowInfoSchema.optional(),
  timeZone: z.string(),
  /** "Open, 23 min left" / "Next window Wed 12:00" / "Day off". Minute precision. */
  statusLine: z.string(),
  mode: LockModeSchema,
  access: WorkspaceAccessSchema,
  usage: z.object({
    todayMin: z.number(),
    weekMin: z.number(),
    dailyBudgetMin: z.number().nullable(),
    weeklyBudgetMin: z.number().nullable(),
  }),
  snoozedUntil: z.string().nullable(),
  overtimeUntil: z.string().nullable(),
  /** False where idle time cannot be read (Wayland): budgets count focused time only. */
  idleDetection: z.boolean(),
  /** Sites on a break ("take a break from this platform"), locked until then whatever the window. */
  siteBreaks: z.array(z.object({ siteId: z.string(), until: z.string() })),
  startNow: StartNowOfferSchema,
});
export type BoundaryStatus = z.output<typeof BoundaryStatusSchema>;

export const UnlockSchema = z.object({
  at: z.iso.datetime(),
  until: z.iso.datetime(),
  reason: z.string(),
});
export type Unlock = z.output<typeof UnlockSchema>;

export const UnlockRequestSchema = z
  .object({
    reason: z
      .string()
      .trim()
      .min(10, 'Say in a few words why you need to go in now (at least 10 characters).')
      .max(500, 'Keep the reason under 500 characters.'),
  })
  .strict();
