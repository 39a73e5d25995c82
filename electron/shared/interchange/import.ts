import { z } from 'zod';
import { CrmContactSchema } from '../crm/crm-contact';
import { CrmIdSchema, CrmInstantSchema } from '../crm/crm-common';
import { UploadIdSchema } from '../uploads';

/** The address-book files Netwell reads. */
export const ImportFormatSchema = z.enum(['linkedin', 'google', 'outlook', 'vcard']);
export type ImportFormat = z.output<typeof ImportFormatSchema>;

export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = {
  linkedin: 'LinkedIn connections (CSV)',
  google: 'Google Contacts (CSV)',
  outlook: 'Outlook (CSV)',
  vcard: 'vCard',
};

/** What to do with a row that matches an existing contact. */
export const MatchChoiceSchema = z.enum(['merge', 'keep-both', 'skip']);
export type MatchChoice = z.output<typeof MatchChoiceSchema>;

/**
 * Why a row matches a contact, strongest first. 'name' and 'phone' alone are only "possibly the
 * same": they are applied only when the user ticks them (or when they add nothing).
 */
export const MatchBySchema = z.enum([
  'uid',
  'email',
  'profile',
  'phone-name',
  'name-company',
  'name',
  'phone',
]);
export type MatchBy = z.output<typeof MatchBySchema>;

/** One line of the per-row report: a row that will not become a contact, and why. */
export const ImportSkipSchema = z.object({ line: z.number().int(), reason: z.string() });
export type ImportSkip = z.output<typeof ImportSkipSchema>;

/** One row as the preview shows it. `row` is the key the commit's choices use. */
export const PreviewRowSchema = z.object({
  row: z.number().int(),
  line: z.number().int(),
  name: z.string(),
  company: z.string(),
  role: z.string(),
  email: z.string(),
  match: z
    .object({
      contactId: CrmIdSchema,
      name: z.string(),
      by: MatchBySchema,
      /** For a profile match: "linkedin", "github", "x", "mastodon"… */
      network: z.string().nullable(),
      /** False for "possibly the same as …". */
      sure: z.boolean(),
      /** Whether updating the contact would change anything. */
      changes: z.boolean(),
      /** Applied unless unticked. */
      ticked: z.boolean(),
    })
    .nullable(),
});
export type PreviewRow = z.output<typeof PreviewRowSchema>;

/** The preview lists this many rows of each kind; counts always cover the whole file. */
export const PREVIEW_LIMIT = 500;

export const ImportPreviewInputSchema = z
  .object({
    /** Chosen by the renderer, so it can cancel and follow progress before the answer. */
    requestId: z.string().min(1).max(64),
    /** The file, sent first with uploads.begin/chunk for 'import' (its name comes with it). */
    uploadId: UploadIdSchema,
  })
  .strict();

export const ImportPreviewSchema = z.object({
  token: z.string(),
  fileName: z.string(),
  format: ImportFormatSchema,
  counts: z.object({
    rows: z.number().int(),
    new: z.number().int(),
    /** Rows that match someone; of those, how many would change them, and are ticked. */
    matching: z.number().int(),
    /** Ticked matches that would change the contact ("update"). */
    updating: z.number().int(),
    /** Unticked matches (possible ones): added as new people unless ticked. */
    unticked: z.number().int(),
    skipped: z.number().int(),
    /** LinkedIn members who hide their details: counted, never made into contacts. */
    hidden: z.number().int(),
  }),
  /** The first rows that will become new contacts. */
  first: z.array(PreviewRowSchema),
  /** Rows that match someone already in Netwell (the first PREVIEW_LIMIT). */
  matches: z.array(PreviewRowSchema),
  skipped: z.array(ImportSkipSchema),
});
export type ImportPreview = z.output<typeof ImportPreviewSchema>;

/** Rows whose choice differs from the preview's tick: a row number has at most 6 digits. */
const MAX_IMPORT_CHOICES = 1_000_000;

export const ImportCommitInputSchema = z
  .object({
    token: z.string().min(1).max(64),
    /**
     * Choices that differ from the preview's ticks, by row: 'merge' (ticked), 'keep-both'
     * (unticked: added as a new person) or 'skip'. Rows without one follow their tick.
     */
    choices: z
      .record(
        z
          .string()
          .regex(/^\d{1,6}$/)
          .max(6),
        MatchChoiceSchema,
      )
      .refine((choices) => Object.keys(choices).length <= MAX_IMPORT_CHOICES, {
        message: `At most ${MAX_IMPORT_CHOICES} choices at once.`,
      })
      // For the contract's bounds check (and any JSON Schema reader): the same limit.
      .meta({ maxProperties: MAX_IMPORT_CHOICES })
      .default({}),
  })
  .strict();

export const ImportResultSchema = z.object({
  importId: CrmIdSchema,
  created: z.number().int(),
  /** Contacts that changed. */
  merged: z.number().int(),
  /** Ticked matches that held nothing new. */
  unchanged: z.number().int(),
  skipped: z.number().int(),
  interactions: z.number().int(),
});
export type ImportResult = z.output<typeof ImportResultSchema>;

/** Progress of a preview, pushed as it runs. */
export const ImportProgressSchema = z.object({
  requestId: z.string(),
  done: z.number().int(),
  total: z.number().int(),
});

/**
 * One import as the data file records it, so "Undo import" can revert it as one step: what it
 * created, and the merged contacts as they were before.
 */
export const ImportLogEntrySchema = z.object({
  id: CrmIdSchema,
  at: CrmInstantSchema,
  fileName: z.string(),
  format: ImportFormatSchema,
  createdContactIds: z.array(CrmIdSchema),
  createdInteractionIds: z.array(CrmIdSchema),
  mergedBefore: z.array(CrmContactSchema),
  /**
   * Each created contact's fingerprint right after the import, in the order of
   * `createdContactIds`; and each updated one's, in the order of `mergedBefore`. Undo leaves alone
   * a contact whose fingerprint changed since (entries without them fall back to updatedAt).
   */
  createdAfter: z.array(z.string()).default([]),
  mergedAfter: z.array(z.string()).default([]),
});
export type ImportLogEntry = z.output<typeof ImportLogEntrySchema>;

/** One import as Settings lists it, to undo it later. */
export const ImportHistoryItemSchema = z.object({
  id: CrmIdSchema,
  at: CrmInstantSchema,
  fileName: z.string(),
  format: ImportFormatSchema,
  added: z.number().int(),
  updated: z.number().int(),
});
export type ImportHistoryItem = z.output<typeof ImportHistoryItemSchema>;

/** What an undo did, and the contacts it left alone because they changed since the import. */
export const ImportUndoResultSchema = z.object({
  removed: z.number().int(),
  restored: z.number().int(),
  kept: z.array(z.object({ id: CrmIdSchema, name: z.string() })),
});
export type ImportUndoResult = z.output<typeof ImportUndoResultSchema>;
