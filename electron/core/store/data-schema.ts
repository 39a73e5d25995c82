import { z } from 'zod';
import { UnlockSchema } from '../../shared/boundaries';
import { CommitmentSchema } from '../../shared/crm/commitment';
import { CrmContactSchema } from '../../shared/crm/crm-contact';
import { FollowUpSchema } from '../../shared/crm/follow-up';
import { InteractionSchema } from '../../shared/crm/interaction';
import { IntroductionSchema } from '../../shared/crm/introduction';
import { SnoozeSchema, TagCadenceSchema } from '../../shared/crm/keep-in-touch';
import { MeetingSchema } from '../../shared/crm/meeting';
import { InvitationSchema, NetworkEventSchema } from '../../shared/crm/networking-event';
import { ReportLogEntrySchema } from '../../shared/crm/report-log';
import { ImportLogEntrySchema } from '../../shared/interchange/import';
import { LocalDateSchema, ScheduleRuntimeSchema } from '../../shared/schedule';
import { CheckInSchema, SessionSchema } from '../../shared/wellbeing';
import { connectionsFromInteractions } from './connections-from-interactions';
import { RecentRequestsSchema } from './recent-requests';

/** The CRM data file's format. Bump CURRENT_VERSION and add a migration for every change. */
export const CURRENT_VERSION = 5;

export const TrashEntrySchema = z.object({
  contact: CrmContactSchema,
  deletedAt: z.iso.datetime(),
});

/** Networking-time records: choices made on the fly, the unlock log, time used per day. */
export const BoundaryDataSchema = z.object({
  runtime: ScheduleRuntimeSchema,
  /** Every firm-mode unlock with its reason (the record the user asked for). */
  unlocks: z.array(UnlockSchema),
  /** Active workspace minutes per local day. */
  usage: z.array(z.object({ day: LocalDateSchema, minutes: z.number().min(0) })),
  /** Keys of notifications already raised, so nothing fires twice for the same moment. */
  notified: z.array(z.string()),
  /** Reminders held for the next window's digest (never delivered off-hours). */
  held: z.array(z.object({ key: z.string(), text: z.string() })),
  /** "Take a break from this platform": these sites stay locked until then. */
  siteBreaks: z.array(z.object({ siteId: z.string(), until: z.iso.datetime() })).default([]),
});
export type BoundaryData = z.output<typeof BoundaryDataSchema>;

export const emptyBoundaryData = (): BoundaryData => ({
  runtime: {},
  unlocks: [],
  usage: [],
  notified: [],
  held: [],
  siteBreaks: [],
});

export const DataSchema = z.object({
  version: z.literal(CURRENT_VERSION),
  contacts: z.array(CrmContactSchema),
  /** Deleted contacts, kept so a delete can be undone; purged after TRASH_DAYS. */
  trash: z.array(TrashEntrySchema),
  boundaries: BoundaryDataSchema,
  // The CRM (see docs/crm-model.md).
  interactions: z.array(InteractionSchema),
  tagCadences: z.array(TagCadenceSchema),
  snoozes: z.array(SnoozeSchema),
  commitments: z.array(CommitmentSchema),
  followUps: z.array(FollowUpSchema),
  introductions: z.array(IntroductionSchema),
  meetings: z.array(MeetingSchema),
  events: z.array(NetworkEventSchema),
  invitations: z.array(InvitationSchema),
  reportLog: z.array(ReportLogEntrySchema),
  /** Recent imports, so each can be undone as one step. */
  imports: z.array(ImportLogEntrySchema),
  // Wellbeing: networking sessions and the check-ins after them.
  sessions: z.array(SessionSchema),
  checkIns: z.array(CheckInSchema),
  /**
   * The last request ids of create calls with what they answered (recent-requests.ts), so a
   * retried create is a no-op. Added in format 5 with a default: older files need no migration.
   */
  recentRequests: RecentRequestsSchema.default({}),
});
export type Data = z.output<typeof DataSchema>;

const emptyCrm = () => ({
  interactions: [],
  tagCadences: [],
  snoozes: [],
  commitments: [],
  followUps: [],
  introductions: [],
  meetings: [],
  events: [],
  invitations: [],
  reportLog: [],
});

const emptyV4 = () => ({ imports: [], sessions: [], checkIns: [], recentRequests: {} });

export const emptyData = (): Data => ({
  version: CURRENT_VERSION,
  contacts: [],
  trash: [],
  boundaries: emptyBoundaryData(),
  ...emptyCrm(),
  ...emptyV4(),
});

/** migrations[n] turns a version-n document into a version-(n+1) one. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;
export const migrations: Record<number, Migration> = {
  // Version 0 is a file written before the format was versioned: only a contacts array.
  0: (doc) => ({ ...doc, version: 1, trash: Array.isArray(doc['trash']) ? doc['trash'] : [] }),
  // Version 2 adds networking-time records (runtime choices, unlock log, usage).
  1: (doc) => ({ ...doc, version: 2, boundaries: emptyBoundaryData() }),
  // Version 3 adds the CRM collections; contacts gain their CRM fields from the schema's defaults.
  2: (doc) => ({ ...doc, version: 3, ...emptyCrm() }),
  // Version 4 adds the import log and wellbeing (sessions, check-ins); meetings and events gain
  // optional calendar fields (uid, sequence) that need no migration.
  3: (doc) => ({ ...doc, version: 4, ...emptyV4() }),
  // Version 5: imported LinkedIn "Connected On" interactions become the contacts' connection
  // dates (connections-from-interactions.ts). Contacts gain nameParts, connections and
  // otherAffiliations from the schema's defaults.
  4: (doc) => ({ ...connectionsFromInteractions(doc), version: 5 }),
};
