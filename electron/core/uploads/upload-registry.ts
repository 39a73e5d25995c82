import { MAX_FILE_BYTES, tooLargeMessage } from '../../shared/file-limits';
import type { UploadPurpose } from '../../shared/uploads';
import type { Clock } from '../clock';
import { UserError } from '../errors';

/** Uploads held at once: enough for a restore and an import side by side, never a heap's worth. */
export const MAX_UPLOADS = 3;
/** An upload that receives nothing for this long is dropped (a closed tab, a lost connection). */
export const UPLOAD_IDLE_MS = 5 * 60_000;

interface Upload {
  name: string;
  size: number;
  purpose: UploadPurpose;
  /** Allocated at begin and filled in place: no second copy when the file is handed over. */
  bytes: Buffer;
  received: number;
  nextIndex: number;
  lastActivity: number;
}

/** A finished upload, handed to the call that consumes it. */
export interface UploadedFile {
  name: string;
  bytes: Buffer;
}

const gone = () =>
  new UserError(
    'not_found',
    'This upload is no longer available (cancelled, or it waited too long). Choose the file again.',
  );

/**
 * Files arriving in chunks, kept in memory until the call they are for takes them. Memory, not a
 * temporary file: the import parser and the backup reader need the whole file in memory anyway,
 * so a file on disk would not lower the peak; and a half-sent file of the user's data never
 * lands on disk (nothing to clean after a crash). The bounds (MAX_UPLOADS of at most
 * MAX_FILE_BYTES each, dropped after UPLOAD_IDLE_MS) keep a stray page from filling memory.
 */
export class UploadRegistry {
  private readonly uploads = new Map<string, Upload>();

  constructor(
    private readonly clock: Clock,
    private readonly newId: () => string = () => globalThis.crypto.randomUUID(),
  ) {}

  begin(input: { name: string; size: number; purpose: UploadPurpose }): { uploadId: string } {
    this.dropIdle();
    const name = input.name || 'This file';
    if (input.size === 0) throw new UserError('invalid_input', `${name} is empty.`);
    if (input.size > MAX_FILE_BYTES) {
      throw new UserError('invalid_input', tooLargeMessage(name, input.size));
    }
    if (this.uploads.size >= MAX_UPLOADS) {
      throw new UserError(
        'unavailable',
        'Netwell is already receiving other files. Wait for them to finish (or cancel them), then try again.',
      );
    }
    const uploadId = this.newId();
    this.uploads.set(uploadId, {
      name,
      size: input.size,
      purpose: input.purpose,
      // Unzeroed: every byte is written before the buffer is handed over (take checks).
      bytes: Buffer.allocUnsafe(input.size),
      received: 0,
      nextIndex: 0,
      lastActivity: this.clock.now().getTime(),
    });
    return { uploadId };
  }

  chunk(input: { uploadId: string; index: number; data: string }): { received: number } {
    this.dropIdle();
    const upload = this.uploads.get(input.uploadId);
    if (!upload) throw gone();
    if (input.index !== upload.nextIndex) {
      this.uploads.delete(input.uploadId);
      throw new UserError(
        'invalid_input',
        `Part of ${upload.name} arrived out of order (${input.index}, expected ${upload.nextIndex}). Please try again.`,
      );
    }
    const bytes = Buffer.from(input.data, 'base64');
    if (upload.received + bytes.length > upload.size) {
      this.uploads.delete(input.uploadId);
      throw new UserError(
        'invalid_input',
        `${upload.name} is larger than it said it was. Please try again.`,
      );
    }
    bytes.copy(upload.bytes, upload.received);
    upload.received += bytes.length;
    upload.nextIndex += 1;
    upload.lastActivity = this.clock.now().getTime();
    return { received: upload.received };
  }

  cancel(uploadId: string): void {
    this.uploads.delete(uploadId);
  }

  /** Hands over a complete upload made for `purpose`, and forgets it (an upload is used once). */
  take(uploadId: string, purpose: UploadPurpose): UploadedFile {
    this.dropIdle();
    const upload = this.uploads.get(uploadId);
    if (!upload) throw gone();
    if (upload.purpose !== purpose) {
      throw new UserError('invalid_input', `${upload.name} was not sent for this.`);
    }
    if (upload.received !== upload.size) {
      throw new UserError(
        'invalid_input',
        `${upload.name} has not fully arrived yet (${upload.received} of ${upload.size} bytes).`,
      );
    }
    this.uploads.delete(uploadId);
    return { name: upload.name, bytes: upload.bytes };
  }

  /** How many uploads are held (for tests). */
  get count(): number {
    return this.uploads.size;
  }

  private dropIdle(): void {
    const now = this.clock.now().getTime();
    for (const [id, upload] of this.uploads) {
      if (now - upload.lastActivity >= UPLOAD_IDLE_MS) this.uploads.delete(id);
    }
  }
}
