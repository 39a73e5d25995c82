import {
  MAX_FILE_BYTES,
  UPLOAD_CHUNK_BYTES,
  tooLargeMessage,
} from '../../../electron/shared/file-limits';
import { fail, ok, type Result } from '../../../electron/shared/result';
import type { UploadPurpose } from '../../../electron/shared/uploads';
import { netwell } from '../bridge/netwell';

export interface UploadOptions {
  /** Bytes sent so far, of the file's size; called after each piece arrives. */
  onProgress?: (sent: number, size: number) => void;
  /** Aborting stops sending and drops what the app received. */
  signal?: AbortSignal;
}

/** Bytes to base64 in slices (String.fromCharCode with a whole chunk overflows the stack). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Why a file cannot be sent (empty, over the one limit), before anything is; null when it can. */
export function sizeProblem(file: File): string | null {
  if (file.size === 0) return `${file.name} is empty.`;
  return file.size > MAX_FILE_BYTES ? tooLargeMessage(file.name, file.size) : null;
}

const cancelled = () => fail({ code: 'invalid_input', message: 'Upload cancelled.' });

/**
 * Sends a file to the app in order, one piece at a time (no message comes near the browser
 * host's size limit, and each waits for the one before: the page never races ahead of the app).
 * Answers the upload id that the call consuming the file takes.
 */
export async function uploadFile(
  file: File,
  purpose: UploadPurpose,
  { onProgress, signal }: UploadOptions = {},
): Promise<Result<string>> {
  const problem = sizeProblem(file);
  if (problem) return fail({ code: 'invalid_input', message: problem });
  if (signal?.aborted) return cancelled();
  const begun = await netwell.uploads.begin({ name: file.name, size: file.size, purpose });
  if (!begun.ok) return begun;
  const { uploadId } = begun.value;
  const drop = () => void netwell.uploads.cancel({ uploadId });
  // Cancel answers at once, even while a piece is on its way (its answer is then ignored).
  const aborted = new Promise<null>((resolve) =>
    signal?.addEventListener('abort', () => resolve(null), { once: true }),
  );
  onProgress?.(0, file.size);
  for (let index = 0, offset = 0; offset < file.size; index += 1) {
    if (signal?.aborted) {
      drop();
      return cancelled();
    }
    const end = Math.min(offset + UPLOAD_CHUNK_BYTES, file.size);
    let data: string;
    try {
      data = toBase64(new Uint8Array(await file.slice(offset, end).arrayBuffer()));
    } catch {
      drop();
      return fail({ code: 'invalid_input', message: `${file.name} could not be read.` });
    }
    const sent = await Promise.race([netwell.uploads.chunk({ uploadId, index, data }), aborted]);
    if (!sent) {
      drop();
      return cancelled();
    }
    if (!sent.ok) {
      drop();
      return sent;
    }
    offset = end;
    onProgress?.(sent.value.received, file.size);
  }
  if (signal?.aborted) {
    drop();
    return cancelled();
  }
  return ok(uploadId);
}

/** "Uploading 34%". */
export const uploadingText = (sent: number, size: number): string =>
  `Uploading ${size > 0 ? Math.floor((sent / size) * 100) : 0}%`;
