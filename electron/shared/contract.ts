/**
 * The IPC contract: every call the renderer can make and every event main pushes to it.
 * Main registers handlers from `calls` (a missing handler does not compile), the preload and the
 * web bridge expose one function per call, and both hosts validate input with these schemas.
 */
import { z } from 'zod';
import {
  AppInfoSchema,
  AppNoticeSchema,
  NotificationIntentSchema,
  RouteSchema,
  TrayModelSchema,
} from './app-model';
import {
  BoundaryStatusSchema,
  SiteIdSchema,
  UnlockRequestSchema,
  UnlockSchema,
  WindowInfoSchema,
} from './boundaries';
import { ContactIdSchema } from './contact';
import { CrmContactInputSchema as ContactInputSchema, NAME_RULE } from './crm/contact-input';
import { ContactPageRequestSchema, ContactQuerySchema, type ContactPage } from './contact-page';
import type { SearchEntries } from './search/search-entry';
import { BulkActionSchema } from './crm/bulk-action';
import { CommitmentSchema } from './crm/commitment';
import { CadenceSchema } from './crm/contact-crm-fields';
import { CrmIdSchema, CrmInstantInputSchema, SocialPlatformSchema } from './crm/crm-common';
import type {
  Clash,
  CoffeeSuggestion,
  ContactProfile,
  EventWithGuests,
  KeptOnTimeRate,
  ReconnectItem,
  TodayDigest,
} from './crm/crm-views';
import { FollowUpSchema } from './crm/follow-up';
import { InteractionDraftSchema, InteractionSchema } from './crm/interaction';
import { IntroductionSchema } from './crm/introduction';
import {
  InvitationInputSchema,
  InvitationSchema,
  InvitationStatusSchema,
  NetworkEventInputSchema,
  NetworkEventSchema,
} from './crm/networking-event';
import { ReportLogEntrySchema, type ReportLogEntry } from './crm/report-log';
import { TagCadenceSchema } from './crm/keep-in-touch';
import { MeetingKindSchema, MeetingSchema, type Meeting } from './crm/meeting';
import { exportCalls } from './interchange-export';
import { uploadCalls } from './uploads';
import { SyncStatusSchema, syncCalls } from './sync';
import { patchSchemaOf } from './patch-schema';
import { CrmContactSchema as ContactSchema } from './crm/crm-contact';
import {
  InstantInputSchema,
  LocalDateInputSchema,
  LocalDateSchema,
  ScheduleSettingsSchema,
  WeeklyWindowSchema,
} from './schedule';
import {
  MAX_WEEKLY_WINDOWS,
  ScheduleSaveInputSchema,
  WeeklyWindowInputSchema,
} from './schedule-input';
import { shownAsLabel } from './text';
import { SettingsPatchSchema, SettingsSchema } from './settings';
import {
  ImportCommitInputSchema,
  ImportHistoryItemSchema,
  ImportPreviewInputSchema,
  ImportPreviewSchema,
  ImportProgressSchema,
  ImportResultSchema,
  ImportUndoResultSchema,
} from './interchange/import';
import {
  CheckInSchema,
  EnergySchema,
  GuidanceActionTypeSchema,
  GuidanceIdSchema,
  GuidanceSchema,
  InsightsRangeSchema,
  InsightsSchema,
  PendingCheckInSchema,
  WeeklyReviewSchema,
  WinsSchema,
} from './wellbeing';
import { MERGE_PICKED_FIELDS } from './crm/merge-fields';

// No input: nothing, or an empty object (the bridges send either).
const none = z.object({}).strict().optional();
const byId = z.object({ id: ContactIdSchema }).strict();

/**
 * Chosen by the caller once per form submission: a retry with the same id returns what the first
 * call created and creates nothing (electron/core/store/recent-requests.ts).
 */
const requestId = z.uuid('A request id is a UUID.').max(36, 'A request id is a UUID.').optional();
const once = { requestId };

/** A human-entered name or title shown as a label: no control, direction or only-invisible text. */
const labelText = (max: number, what: string) =>
  shownAsLabel(z.string().trim().max(max, `${what} is at most ${max} characters.`), what);

interface CallSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/** Guests on one event's list (an invitation round, or an undo of the event's delete). */
const MAX_GUESTS = 500;

const minutes = (min: number, max: number) =>
  z.number().int().min(min, `At least ${min} minutes.`).max(max, `At most ${max} minutes.`);

/** Where the workspace's site view goes, in the window's CSS pixels. */
const BoundsSchema = z.object({
  x: z.number().int().min(0).max(20000),
  y: z.number().int().min(0).max(20000),
  width: z.number().int().min(0).max(20000),
  height: z.number().int().min(0).max(20000),
});

/** A week at a glance: each local day, whether it is off, and the windows that happen. */

export const ScheduleWeekSchema = z.object({
  timeZone: z.string(),
  days: z.array(
    z.object({ date: LocalDateSchema, weekday: z.number().int(), dayOff: z.string().nullable() }),
  ),
  windows: z.array(WindowInfoSchema),
});
export type ScheduleWeek = z.output<typeof ScheduleWeekSchema>;

const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const calls = {
  'app.info': call(none, AppInfoSchema),
  'app.notices': call(none, z.array(AppNoticeSchema)),
  'app.dismissNotice': call(z.object({ id: z.string().max(100) }).strict(), z.null()),
  'app.openExternal': call(z.object({ url: z.string().max(4000) }).strict(), z.null()),
  'contacts.page': call(ContactPageRequestSchema, z.custom<ContactPage>()),
  'contacts.matchIds': call(ContactQuerySchema, z.array(ContactIdSchema)),
  // The renderer's own copy of what the list searches and shows: a keystroke needs no round trip.
  'contacts.searchEntries': call(
    z
      .object({
        since: z.string().max(100).optional(),
        part: z
          .object({ version: z.string().max(100), offset: z.number().int().min(0) })
          .strict()
          .optional(),
      })
      .strict(),
    z.custom<SearchEntries>(),
  ),
  // Names for the people a page shows (a meeting's, an event's guests): never the whole book.
  'contacts.names': call(
    z.object({ ids: z.array(ContactIdSchema).max(5000, 'At most 5,000 names at once.') }).strict(),
    z.record(z.string(), z.string()),
  ),
  // The tags on active contacts, each once: the tag settings need these, not every contact.
  'contacts.tags': call(none, z.array(z.string())),
  'contacts.get': call(byId, ContactSchema),
  'contacts.create': call(ContactInputSchema.extend(once).strict(), ContactSchema),
  // `draft` is a patch: fields left out (e.g. the CRM fields when the basic form saves) stay.
  'contacts.update': call(
    z.object({ id: ContactIdSchema, draft: patchSchemaOf(ContactInputSchema).strict() }).strict(),
    ContactSchema,
  ),
  'contacts.delete': call(byId, z.object({ id: ContactIdSchema, name: z.string() })),
  'contacts.undoDelete': call(byId, ContactSchema),
  'settings.get': call(none, SettingsSchema),
  'settings.update': call(SettingsPatchSchema.strict(), SettingsSchema),
  'tray.get': call(none, TrayModelSchema),
  'tray.activate': call(z.object({ id: z.string().max(100) }).strict(), z.null()),
  'notifications.list': call(none, z.array(NotificationIntentSchema)),
  'schedule.get': call(none, ScheduleSettingsSchema),
  // The schedule's own validator explains every problem (overlaps, end = start, unknown zone).
  'schedule.save': call(ScheduleSaveInputSchema, ScheduleSettingsSchema),
  'schedule.mergeOverlaps': call(
    z.object({ windows: z.array(WeeklyWindowInputSchema).max(MAX_WEEKLY_WINDOWS) }).strict(),
    z.array(WeeklyWindowSchema),
  ),
  'schedule.week': call(
    z
      .object({
        from: InstantInputSchema.optional(),
        days: z.number().int().min(1).max(14).optional(),
      })
      .strict()
      .optional(),
    ScheduleWeekSchema,
  ),
  'boundaries.status': call(none, BoundaryStatusSchema),
  'boundaries.startNow': call(
    z.object({ minutes: minutes(5, 240) }).strict(),
    BoundaryStatusSchema,
  ),
  'boundaries.continue': call(
    z.object({ minutes: minutes(5, 120) }).strict(),
    BoundaryStatusSchema,
  ),
  'boundaries.snooze': call(
    z.object({ minutes: minutes(5, 24 * 60) }).strict(),
    BoundaryStatusSchema,
  ),
  'boundaries.takeDaysOff': call(
    z
      .object({
        days: z.number().int().min(1, 'Take at least one day.').max(90, 'At most 90 days at once.'),
        reason: shownAsLabel(
          z.string().trim().max(200, 'Keep the reason under 200 characters.'),
          'The reason',
        ).optional(),
      })
      .strict(),
    BoundaryStatusSchema,
  ),
  'boundaries.addExtraWindow': call(
    z
      .object({
        start: InstantInputSchema,
        end: InstantInputSchema,
        label: labelText(80, 'A label').optional(),
      })
      .strict(),
    BoundaryStatusSchema,
  ),
  'boundaries.removeException': call(
    z.object({ id: z.string().min(1).max(100) }).strict(),
    BoundaryStatusSchema,
  ),
  'boundaries.unlock': call(UnlockRequestSchema, BoundaryStatusSchema),
  'boundaries.unlocks': call(none, z.array(UnlockSchema)),
  'workspace.show': call(
    z.object({ siteId: SiteIdSchema, bounds: BoundsSchema }).strict(),
    z.object({ embedded: z.boolean() }),
  ),
  'workspace.hide': call(none, z.null()),

  // --- The CRM (see docs/crm-model.md) ---
  'contacts.profile': call(byId, z.custom<ContactProfile>()),
  'contacts.setFlags': call(
    z
      .object({
        id: ContactIdSchema,
        favourite: z.boolean().optional(),
        archived: z.boolean().optional(),
      })
      .strict(),
    ContactSchema,
  ),
  'contacts.block': call(
    z.object({ id: ContactIdSchema, reason: z.string().trim().max(2000).default('') }).strict(),
    ContactSchema,
  ),
  'contacts.unblock': call(byId, ContactSchema),
  'interactions.log': call(
    InteractionDraftSchema.extend({ at: CrmInstantInputSchema.optional(), ...once }).strict(),
    InteractionSchema,
  ),
  'interactions.delete': call(z.object({ id: CrmIdSchema }).strict(), InteractionSchema),
  'interactions.restore': call(
    z.object({ interaction: InteractionSchema.extend({ at: CrmInstantInputSchema }) }).strict(),
    InteractionSchema,
  ),
  // The top of the list (it can hold thousands after an import), and how many there are in all.
  'reconnect.list': call(
    z
      .object({ limit: z.number().int().min(1).max(500).default(20) })
      .strict()
      .default({ limit: 20 }),
    z.custom<{ items: ReconnectItem[]; total: number }>(),
  ),
  'reconnect.snooze': call(
    z.object({ contactId: ContactIdSchema, days: z.number().int().min(1).max(365) }).strict(),
    z.null(),
  ),
  'reconnect.done': call(
    z
      .object({
        contactId: ContactIdSchema,
        note: z.string().trim().max(5000).default(''),
        ...once,
      })
      .strict(),
    InteractionSchema,
  ),
  'tagCadences.list': call(none, z.array(TagCadenceSchema)),
  'tagCadences.set': call(
    z
      .object({
        tag: labelText(40, 'A tag').pipe(z.string().min(1)),
        cadence: CadenceSchema.nullable(),
      })
      .strict(),
    z.null(),
  ),
  'commitments.add': call(
    z
      .object({
        contactId: ContactIdSchema,
        what: shownAsLabel(
          z.string().trim().min(1, 'Say what you promised.').max(500),
          'A promise',
        ),
        dueOn: LocalDateInputSchema,
        ...once,
      })
      .strict(),
    CommitmentSchema,
  ),
  'commitments.settle': call(
    z.object({ id: CrmIdSchema, outcome: z.enum(['kept', 'missed', 'open']) }).strict(),
    CommitmentSchema,
  ),
  'commitments.delete': call(z.object({ id: CrmIdSchema }).strict(), CommitmentSchema),
  'commitments.stats': call(none, z.custom<KeptOnTimeRate>()),
  'followUps.add': call(
    z
      .object({
        contactId: ContactIdSchema,
        dueOn: LocalDateInputSchema,
        text: shownAsLabel(
          z.string().trim().min(1, 'Say what to follow up on.').max(500),
          'A follow-up',
        ),
        ...once,
      })
      .strict(),
    FollowUpSchema,
  ),
  'followUps.done': call(z.object({ id: CrmIdSchema }).strict(), FollowUpSchema),
  'introductions.add': call(
    z
      .object({
        fromContactId: ContactIdSchema,
        toContactId: ContactIdSchema,
        note: z.string().trim().max(2000).default(''),
        ...once,
      })
      .strict(),
    IntroductionSchema,
  ),
  'meetings.list': call(none, z.custom<{ meetings: Meeting[]; clashes: Clash[] }>()),
  'meetings.propose': call(
    z
      .object({
        kind: MeetingKindSchema,
        start: CrmInstantInputSchema,
        durationMin: z
          .number()
          .int()
          .min(5, 'A meeting lasts at least 5 minutes.')
          .max(24 * 60),
        place: labelText(500, 'A place').default(''),
        contactIds: z
          .array(ContactIdSchema)
          .min(1, 'A meeting is with someone: pick a contact.')
          .max(50),
        agenda: z.string().trim().max(5000).default(''),
        confirmPast: z.boolean().optional(),
        ...once,
      })
      .strict(),
    MeetingSchema,
  ),
  'meetings.transition': call(
    z
      .object({
        id: CrmIdSchema,
        action: z.discriminatedUnion('to', [
          z.object({ to: z.literal('confirmed') }),
          z.object({ to: z.literal('cancelled') }),
          z.object({
            to: z.literal('rescheduled'),
            start: CrmInstantInputSchema,
            durationMin: z.number().int().min(5).max(1440).optional(),
          }),
          z.object({ to: z.literal('done'), note: z.string().trim().max(5000) }),
        ]),
      })
      .strict(),
    MeetingSchema,
  ),
  'meetings.suggestions': call(none, z.custom<CoffeeSuggestion[]>()),
  'today.digest': call(none, z.custom<TodayDigest>()),
  'events.list': call(none, z.custom<EventWithGuests[]>()),
  // The event's own schema explains problems (end before start, a link that is not https).
  'events.save': call(
    z.object({ id: CrmIdSchema.nullable(), event: NetworkEventInputSchema, ...once }).strict(),
    NetworkEventSchema,
  ),
  'events.delete': call(
    z.object({ id: CrmIdSchema }).strict(),
    z.object({ event: NetworkEventSchema, invitations: z.array(InvitationSchema) }),
  ),
  'events.restore': call(
    z
      .object({
        event: NetworkEventInputSchema.extend({ id: CrmIdSchema }),
        invitations: z.array(InvitationInputSchema).max(MAX_GUESTS),
      })
      .strict(),
    z.null(),
  ),
  'events.invite': call(
    z
      .object({
        eventId: CrmIdSchema,
        contactIds: z
          .array(ContactIdSchema)
          .min(1, 'Pick at least one person.')
          .max(MAX_GUESTS, `At most ${MAX_GUESTS} guests at once.`),
        sent: z.boolean().default(false),
      })
      .strict(),
    z.array(InvitationSchema),
  ),
  'invitations.setStatus': call(
    z.object({ id: CrmIdSchema, status: InvitationStatusSchema }).strict(),
    InvitationSchema,
  ),
  'events.whoDidYouMeet': call(
    z
      .object({
        eventId: CrmIdSchema,
        names: z
          .array(shownAsLabel(z.string().trim().min(1).max(200), NAME_RULE))
          .min(1, 'Type at least one name.')
          .max(200),
        ...once,
      })
      .strict(),
    z.object({
      created: z.array(ContactSchema),
      known: z.array(ContactSchema),
      matchesBlocked: z.array(z.string()),
    }),
  ),
  'reports.list': call(none, z.custom<Array<ReportLogEntry & { reportPage: string | null }>>()),
  'reports.add': call(
    ReportLogEntrySchema.omit({ id: true, createdAt: true })
      .extend({ on: LocalDateInputSchema, ...once })
      .strict(),
    ReportLogEntrySchema,
  ),
  'reports.delete': call(z.object({ id: CrmIdSchema }).strict(), ReportLogEntrySchema),
  // "Take a break from this platform": its workspace sites stay locked for N days.
  'platform.takeBreak': call(
    z
      .object({
        platform: SocialPlatformSchema,
        days: z.number().int().min(1, 'At least one day.').max(365),
      })
      .strict(),
    z.object({ siteIds: z.array(z.string()), until: z.string() }),
  ),
  'platform.endBreak': call(
    z.object({ siteIds: z.array(SiteIdSchema).min(1).max(30) }).strict(),
    BoundaryStatusSchema,
  ),
  'contacts.merge': call(
    z
      .object({
        keepId: ContactIdSchema,
        otherId: ContactIdSchema,
        choices: z
          .partialRecord(z.enum(MERGE_PICKED_FIELDS), z.enum(['keep', 'other']))
          .default({}),
      })
      .strict(),
    ContactSchema,
  ),
  // Undo right after a merge: both contacts and their histories as they were.
  'contacts.undoMerge': call(
    z.object({ otherId: ContactIdSchema }).strict(),
    z.object({ keep: ContactSchema, other: ContactSchema }),
  ),
  'contacts.bulk': call(
    z
      .object({
        ids: z.array(ContactIdSchema).min(1, 'Select at least one contact.').max(50_000),
        action: BulkActionSchema,
      })
      .strict(),
    z.object({ count: z.number() }),
  ),
  'contacts.undoDeleteMany': call(
    z.object({ ids: z.array(ContactIdSchema).min(1).max(50_000) }).strict(),
    z.object({ count: z.number() }),
  ),
  // Export (vCard, CSV, iCalendar) and full backup and restore: see interchange-export.ts.
  ...exportCalls,
  ...uploadCalls,
  ...syncCalls,

  // --- Import (LinkedIn, Google and Outlook CSV, vCard) ---
  /** Reads the file and matches it against the contacts; stores nothing. */
  'import.preview': call(ImportPreviewInputSchema, ImportPreviewSchema),
  'import.cancel': call(z.object({ requestId: z.string().min(1).max(64) }).strict(), z.null()),
  /** Stores a previewed import in one step. */
  'import.commit': call(ImportCommitInputSchema, ImportResultSchema),
  /**
   * Reverts one import; contacts changed since it are left as they are and listed in `kept`.
   */
  'import.undo': call(z.object({ importId: CrmIdSchema }).strict(), ImportUndoResultSchema),
  /** The recent imports, newest first, each of which can still be undone. */
  'import.history': call(none, z.array(ImportHistoryItemSchema)),

  // --- Wellbeing: sessions, check-ins, insights, guidance, the weekly review ---
  'wellbeing.insights': call(z.object({ range: InsightsRangeSchema }).strict(), InsightsSchema),
  'wellbeing.exportCsv': call(
    z.object({ range: InsightsRangeSchema }).strict(),
    z.object({ fileName: z.string(), csv: z.string() }),
  ),
  'wellbeing.pendingCheckIn': call(none, PendingCheckInSchema.nullable()),
  'wellbeing.checkIn': call(
    z
      .object({
        sessionId: z.string().min(1).max(100),
        energy: EnergySchema,
        chore: z.boolean({ error: 'Say whether it felt like a chore.' }),
        wins: WinsSchema,
        note: z.string().trim().max(2000, 'Keep the note under 2000 characters.').default(''),
      })
      .strict(),
    CheckInSchema,
  ),
  'wellbeing.skipCheckIn': call(
    z.object({ sessionId: z.string().min(1).max(100) }).strict(),
    z.null(),
  ),
  'wellbeing.guidance': call(none, z.array(GuidanceSchema)),
  'wellbeing.dismissGuidance': call(
    z.object({ id: GuidanceIdSchema }).strict(),
    z.array(GuidanceSchema),
  ),
  'wellbeing.actOnGuidance': call(
    z.object({ id: GuidanceIdSchema, action: GuidanceActionTypeSchema }).strict(),
    z.object({ message: z.string(), route: RouteSchema.optional() }),
  ),
  'wellbeing.weeklyReview': call(none, WeeklyReviewSchema),
} satisfies Record<string, CallSpec>;

export const events = {
  'app.notices': z.array(AppNoticeSchema),
  'contacts.changed': z.object({ ids: z.array(z.string()) }),
  'tray.changed': TrayModelSchema,
  'notification.raised': NotificationIntentSchema,
  'app.navigate': z.object({ route: RouteSchema }),
  'boundaries.changed': BoundaryStatusSchema,
  'settings.changed': SettingsSchema,
  /** Something in the CRM changed (interactions, commitments, meetings…) for these contacts. */
  'crm.changed': z.object({ contactIds: z.array(z.string()) }),
  /** How far an import preview has read its file. */
  'import.progress': ImportProgressSchema,
  /** A session ended, a check-in was saved or skipped, guidance was acted on. */
  'wellbeing.changed': z.object({}),
  /** The sync's status changed: a run started or ended, a conflict, a setting. */
  'sync.changed': SyncStatusSchema,
} satisfies Record<string, z.ZodType>;

export type Calls = typeof calls;
export type CallName = keyof Calls;
type NamespaceOf<K extends string> = K extends `${infer N}.${string}` ? N : never;
/** The calls' namespaces: `'contacts.create'` is in `'contacts'`. */
export type CallNamespace = NamespaceOf<CallName>;
export type CallInput<K extends CallName> = z.input<Calls[K]['input']>;
export type CallArgs<K extends CallName> = z.output<Calls[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Calls[K]['output']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<K extends EventName> = z.output<Events[K]>;

export const callNames = Object.keys(calls) as CallName[];
export const eventNames = Object.keys(events) as EventName[];
