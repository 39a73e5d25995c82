/**
 * Contract calls for files sent in chunks (backups to restore, address books to import): no file
 * travels as one message, the page shows progress and can cancel, and the core holds at most a few
 * uploads at once. A finished upload is consumed by the call it was made for (`uploadId`).
 * Spread into `calls` in contract.ts.
 */
import { z } from 'zod';
import { MAX_FILE_BYTES, UPLOAD_CHUNK_BASE64 } from './file-limits';

export const UploadPurposeSchema = z.enum(['import', 'restore']);
export type UploadPurpose = z.output<typeof UploadPurposeSchema>;

export const UploadIdSchema = z.string().min(1).max(64);

const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const uploadCalls = {
  /** Declares a file; refused over MAX_FILE_BYTES (the message names the limit) or when empty. */
  'uploads.begin': call(
    z
      .object({
        name: z.string().trim().max(260),
        // Bounded here only against absurd numbers; the limit and its message live in the core.
        size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
        purpose: UploadPurposeSchema,
      })
      .strict(),
    z.object({ uploadId: z.string() }),
  ),
  /** The next piece of the file, in order from 0; answers how many bytes have arrived. */
  'uploads.chunk': call(
    z
      .object({
        uploadId: UploadIdSchema,
        index: z.number().int().min(0).max(MAX_FILE_BYTES),
        data: z
          .string()
          .min(1)
          .max(UPLOAD_CHUNK_BASE64, 'A piece of the file is larger than allowed.')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'A piece of the file is not valid base64.'),
      })
      .strict(),
    z.object({ received: z.number().int() }),
  ),
  /** Drops an upload and what it received; unknown ids are fine (it may have expired). */
  'uploads.cancel': call(z.object({ uploadId: UploadIdSchema }).strict(), z.null()),
};
