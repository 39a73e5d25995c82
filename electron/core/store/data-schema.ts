import { z } from 'zod';
import { UnlockSchema } from '../../shared/boundaries';
import { ContactSchema } from '../../shared/contact';
import { LocalDateSchema, ScheduleRuntimeSchema } from '../../shared/schedule';

/** The CRM data file's format. Bump CURRENT_VERSION and add a migration for every change. */
export const CURRENT_VERSION = 2;

export const TrashEntrySchema = z.object({
  contact: ContactSchema,
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
});
export type BoundaryData = z.output<typeof BoundaryDataSchema>;

export const emptyBoundaryData = (): BoundaryData => ({
  runtime: {},
  unlocks: [],
  usage: [],
  notified: [],
  held: [],
});

export const DataSchema = z.object({
  version: z.literal(CURRENT_VERSION),
  contacts: z.array(ContactSchema),
  /** Deleted contacts, kept so a delete can be undone; purged after TRASH_DAYS. */
  trash: z.array(TrashEntrySchema),
  boundaries: BoundaryDataSchema,
});
export type Data = z.output<typeof DataSchema>;

export const emptyData = (): Data => ({
  version: CURRENT_VERSION,
  contacts: [],
  trash: [],
  boundaries: emptyBoundaryData(),
});

/** migrations[n] turns a version-n document into a version-(n+1) one. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;
export const migrations: Record<number, Migration> = {
  // Version 0 is a file written before the format was versioned: only a contacts array.
  0: (doc) => ({ ...doc, version: 1, trash: Array.isArray(doc['trash']) ? doc['trash'] : [] }),
  // Version 2 adds networking-time records (runtime choices, unlock log, usage).
  1: (doc) => ({ ...doc, version: 2, boundaries: emptyBoundaryData() }),
};
