/**
 * Netwell's JSON files on disk (the snapshot, backups, safety copies): read with a sentence for
 * every way a file can be unreadable, and written atomically and durably: the text goes to a
 * temporary file, is fsynced, then renamed over the old one, and the folder is fsynced so the
 * rename survives a power cut (lowdb's JSONFile, through steno, renames without fsync).
 */
import { open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

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
