/**
 * Contract calls for taking data out (vCard, CSV, iCalendar) and for full backups and restores.
 * Spread into `calls` in contract.ts.
 */
import { z } from 'zod';
import { ContactIdSchema } from './contact';
import { CrmIdSchema } from './crm/crm-common';
import { UploadIdSchema } from './uploads';

/** A file the renderer saves (download) or the host opens. */
export const ExportedFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  text: z.string(),
});
export type ExportedFile = z.output<typeof ExportedFileSchema>;

export const ContactExportFormatSchema = z.enum(['vcard', 'csv']);

/** What goes into a calendar file: one meeting, one event, or everything coming up. */
export const CalendarTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('meeting'), id: CrmIdSchema }).strict(),
  z.object({ kind: z.literal('event'), id: CrmIdSchema }).strict(),
  z.object({ kind: z.literal('upcoming') }).strict(),
]);
export type CalendarTarget = z.output<typeof CalendarTargetSchema>;

export const BackupEntrySchema = z.object({
  name: z.string(),
  /** automatic: the store's rolling backups; safety: the copy taken before a restore. */
  kind: z.enum(['automatic', 'safety']),
  at: z.string(),
  bytes: z.number(),
});
export type BackupEntry = z.output<typeof BackupEntrySchema>;

export const RestoreResultSchema = z.object({
  /** The safety copy of the data as it was just before (restore it to undo). */
  safetyCopy: z.string(),
  contacts: z.number(),
  settingsRestored: z.boolean(),
  /** The data format the file was in (older ones are migrated). */
  fromVersion: z.number(),
});
export type RestoreResult = z.output<typeof RestoreResultSchema>;

const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const none = z.object({}).strict().optional();

export const exportCalls = {
  'contacts.export': call(
    z
      .object({
        /** Absent: every active contact (not archived, not blocked). */
        ids: z.array(ContactIdSchema).max(50_000).optional(),
        format: ContactExportFormatSchema,
      })
      .strict(),
    ExportedFileSchema,
  ),
  'calendar.export': call(z.object({ target: CalendarTargetSchema }).strict(), ExportedFileSchema),
  /** Opens the .ics with the system's calendar app; `opened: false` where the host cannot. */
  'calendar.open': call(
    z.object({ target: CalendarTargetSchema }).strict(),
    z.object({ opened: z.boolean(), file: ExportedFileSchema }),
  ),
  'backup.export': call(none, ExportedFileSchema),
  'backup.list': call(none, z.array(BackupEntrySchema)),
  /** Restores a backup file sent first with uploads.begin/chunk for 'restore'. */
  'backup.restore': call(z.object({ uploadId: UploadIdSchema }).strict(), RestoreResultSchema),
  /** Restores one of the files listed by backup.list (automatic backups and safety copies). */
  'backup.restoreSaved': call(
    z.object({ name: z.string().min(1).max(200) }).strict(),
    RestoreResultSchema,
  ),
};
