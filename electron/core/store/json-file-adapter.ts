import { open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';
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

/**
 * A lowdb adapter that validates on read and writes atomically and durably: the text goes to a
 * temporary file, is fsynced, then renamed over the old one, and the folder is fsynced so the
 * rename survives a power cut. lowdb's own JSONFile (steno) renames without fsync.
 */
export class SafeJsonFile<T> implements Adapter<T> {
  constructor(
    readonly file: string,
    private readonly parse: (raw: unknown) => T,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new UnreadableFileError(this.file, `cannot be read (${(error as Error).message})`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      throw new UnreadableFileError(
        this.file,
        'is not valid JSON (it may be damaged or truncated)',
      );
    }
    try {
      return this.parse(json);
    } catch (error) {
      const newer = (error as { newer?: boolean }).newer === true;
      throw new UnreadableFileError(this.file, (error as Error).message, newer);
    }
  }

  async write(data: T): Promise<void> {
    await writeJsonDurably(this.file, data);
  }
}

export async function writeJsonDurably(file: string, data: unknown): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(data, null, 2)}\n`, { fsync: true, mode: 0o600 });
  await fsyncDir(dirname(file));
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
