import { z } from 'zod';
import { ContactSchema } from '../../shared/contact';

/** The CRM data file's format. Bump CURRENT_VERSION and add a migration for every change. */
export const CURRENT_VERSION = 1;

export const TrashEntrySchema = z.object({
  contact: ContactSchema,
  deletedAt: z.iso.datetime(),
});

export const DataSchema = z.object({
  version: z.literal(CURRENT_VERSION),
  contacts: z.array(ContactSchema),
  /** Deleted contacts, kept so a delete can be undone; purged after TRASH_DAYS. */
  trash: z.array(TrashEntrySchema),
});
export type Data = z.output<typeof DataSchema>;

export const emptyData = (): Data => ({ version: CURRENT_VERSION, contacts: [], trash: [] });

/** migrations[n] turns a version-n document into a version-(n+1) one. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;
export const migrations: Record<number, Migration> = {
  // Version 0 is a file written before the format was versioned: only a contacts array.
  0: (doc) => ({ ...doc, version: 1, trash: Array.isArray(doc['trash']) ? doc['trash'] : [] }),
};
