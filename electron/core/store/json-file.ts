/**
 * Netwell's JSON files on disk (the snapshot, backups, safety copies): read with a sentence for
 * every way a file can be unreadable, and written atomically and durably: the text goes to a
 * temporary file, is fsynced, then renamed over the old one, and the folder is fsynced so the
 * rename survives a power cut (lowdb's JSONFile, through steno, renames without fsync).
 */
import { createHash } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { jsonSlices } from './json-slices';

export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
    readonly newer = false,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'UnreadableFileError';
  }
}

/** The file's bytes, or null when there is none. */
export async function readBytes(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    // Not allowed to read it: the file is fine, so it must not be moved aside as damaged; the
    // caller tells the user in words (see file-errors.ts).
    if (code === 'EACCES' || code === 'EPERM') throw error;
    throw new UnreadableFileError(file, `cannot be read (${(error as Error).message})`);
  }
}

export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UnreadableFileError(file, 'is not valid JSON (it may be damaged or truncated)');
  }
}

/** Validates (and migrates) a parsed file with `parse`, turning its failure into UnreadableFileError. */
export function parseOrExplain<T>(file: string, raw: unknown, parse: (raw: unknown) => T): T {
  try {
    return parse(raw);
  } catch (error) {
    const newer = (error as { newer?: boolean }).newer === true;
    throw new UnreadableFileError(file, (error as Error).message, newer);
  }
}

/** The JSON text Netwell writes: compact (a 30,000-contact file is half the size indented). */
export const jsonText = (data: unknown): string => `${JSON.stringify(data)}\n`;

/** Writes atomically and durably; returns the bytes written (for the snapshot's seal). */
export async function writeJsonDurably(file: string, data: unknown): Promise<Buffer> {
  const bytes = Buffer.from(jsonText(data));
  await writeFileAtomic(file, bytes, { fsync: true, mode: 0o600 });
  await fsyncDir(dirname(file));
  return bytes;
}

/**
 * Like writeJsonDurably (the same bytes, as durably), but the text is made and written a slice at
 * a time, so the event loop keeps turning while a large document is written in the background.
 * Returns the SHA-1 (hex) of the bytes written, for the snapshot's seal.
 */
export async function writeJsonInSlices(file: string, data: unknown): Promise<string> {
  const tmp = `${file}.tmp`;
  const hash = createHash('sha1');
  try {
    const handle = await open(tmp, 'w', 0o600);
    try {
      const write = async (text: string) => {
        const bytes = Buffer.from(text);
        hash.update(bytes);
        let written = 0;
        while (written < bytes.length) {
          written += (await handle.write(bytes, written, bytes.length - written)).bytesWritten;
        }
      };
      // Each slice is made only once the one before it is written: the loop yields between them.
      for (const slice of jsonSlices(data)) await write(slice);
      await write('\n');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (error) {
    // A full disk must not also keep a half-written copy of the data.
    await rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncDir(dirname(file));
  return hash.digest('hex');
}

export async function fsyncDir(dir: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
