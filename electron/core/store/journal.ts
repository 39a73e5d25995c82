import { open, readdir, readFile, rename, stat, truncate, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { fsyncDir } from './json-file';
import type { JsonPatch } from './patches';

/**
 * The store's append-only journal: one JSON line per update, `{"seq":N,"at":ISO,"patches":[...]}`,
 * beside the snapshot. The active segment is `<name>.journal`; compaction renames it to a sealed
 * segment `<name>.journal.<last seq, 12 digits>` and starts a new one.
 */
export interface JournalEntry {
  seq: number;
  at: string;
  patches: JsonPatch[];
}

export const activeJournal = (dataDir: string, base: string) => join(dataDir, `${base}.journal`);
const sealedName = (base: string, lastSeq: number) =>
  `${base}.journal.${String(lastSeq).padStart(12, '0')}`;

/** Sealed segments, oldest first, then the active one if it exists. */
export async function journalSegments(dataDir: string, base: string): Promise<string[]> {
  const names = await readdir(dataDir);
  const sealed = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.journal\\.\\d{12}$`);
  const files = names
    .filter((n) => sealed.test(n))
    .sort()
    .map((n) => join(dataDir, n));
  if (names.includes(`${base}.journal`)) files.push(activeJournal(dataDir, base));
  return files;
}

export interface JournalRead {
  /** With the segment each came from. */
  entries: (JournalEntry & { file: string })[];
  /** The last line of the last segment was cut short by a crash: it is dropped (and truncated). */
  torn: { file: string; keepBytes: number } | null;
  /** A damaged line with good lines after it, or in a sealed segment: not something a crash does. */
  corrupt: { file: string; line: number; reason: string } | null;
}

function parseLine(line: string): JournalEntry {
  const value = JSON.parse(line) as Partial<JournalEntry>;
  if (
    typeof value !== 'object' ||
    value === null ||
    !Number.isSafeInteger(value.seq) ||
    !Array.isArray(value.patches)
  ) {
    throw new Error('not a journal entry');
  }
  return value as JournalEntry;
}

/** Reads every segment in order. Stops at the first corrupt line (the entries before it are good). */
export async function readJournal(files: string[]): Promise<JournalRead> {
  const entries: (JournalEntry & { file: string })[] = [];
  for (const [fileIndex, file] of files.entries()) {
    const text = await readFile(file, 'utf8');
    const last = fileIndex === files.length - 1;
    let offset = 0;
    let lineNo = 0;
    while (offset < text.length) {
      const end = text.indexOf('\n', offset);
      const line = end === -1 ? text.slice(offset) : text.slice(offset, end);
      const next = end === -1 ? text.length : end + 1;
      lineNo++;
      if (line.trim() !== '') {
        try {
          entries.push({ ...parseLine(line), file });
        } catch (error) {
          const rest = text.slice(next);
          // A crash mid-append leaves a partial (or zero-filled) last line, and nothing after it.
          if (last && (end === -1 || rest.replace(/[\s\0]/g, '') === '')) {
            return {
              entries,
              torn: { file, keepBytes: Buffer.byteLength(text.slice(0, offset)) },
              corrupt: null,
            };
          }
          return {
            entries,
            torn: null,
            corrupt: { file, line: lineNo, reason: (error as Error).message },
          };
        }
      }
      offset = next;
    }
  }
  return { entries, torn: null, corrupt: null };
}

export async function truncateTorn(torn: { file: string; keepBytes: number }): Promise<void> {
  await truncate(torn.file, torn.keepBytes);
  const handle = await open(torn.file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

interface Pending {
  seq: number;
  text: string;
  onDurable: () => void;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Appends lines to the active segment with group commit: lines appended while a write is running
 * (or in the same tick) go out together in one write and one fsync. Writes, rotations and closing
 * run one after another, so lines land in the order they were appended. If a write fails, the
 * segment is cut back to its last good length and every line not yet durable is refused (the
 * store drops those changes): later lines may depend on the failed ones.
 */
export class JournalWriter {
  private handle: FileHandle | null = null;
  private size = 0;
  private lines = 0;
  private pending: Pending[] = [];
  private flushQueued = false;
  private chain: Promise<void> = Promise.resolve();
  private broken: Error | null = null;
  /** Seq of the last durable line (in any segment). */
  lastDurableSeq: number;
  /** Called (synchronously, before any promise settles) when lines were refused. */
  onFailure: () => void = () => {};

  private constructor(
    private readonly dataDir: string,
    private readonly base: string,
    lastSeq: number,
  ) {
    this.lastDurableSeq = lastSeq;
  }

  static async open(dataDir: string, base: string, lastSeq: number): Promise<JournalWriter> {
    const writer = new JournalWriter(dataDir, base, lastSeq);
    await writer.openActive();
    return writer;
  }

  get file(): string {
    return activeJournal(this.dataDir, this.base);
  }

  /** Lines and bytes in the active segment. */
  get activeSize(): { lines: number; bytes: number } {
    return { lines: this.lines, bytes: this.size };
  }

  private async openActive(): Promise<void> {
    const existed = await stat(this.file).then(
      (s) => s.size,
      () => -1,
    );
    this.handle = await open(this.file, 'a', 0o600);
    this.size = Math.max(0, existed);
    this.lines = 0;
    if (existed > 0) {
      const text = await readFile(this.file, 'utf8');
      this.lines = text.split('\n').filter((l) => l.trim() !== '').length;
    }
    // A new file's name must survive a power cut before anything in it counts.
    if (existed < 0) await fsyncDir(this.dataDir);
  }

  /**
   * Queues a line; `onDurable` runs synchronously once it is on disk (in order, before the next
   * batch is written), then the promise resolves.
   */
  append(seq: number, text: string, onDurable: () => void = () => {}): Promise<void> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ seq, text, onDurable, resolve, reject });
      if (!this.flushQueued) {
        this.flushQueued = true;
        this.enqueue(() => this.flush());
      }
    });
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const run = this.chain.then(step);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async flush(): Promise<void> {
    this.flushQueued = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const data = Buffer.from(batch.map((p) => p.text).join(''));
    try {
      if (this.broken) throw this.broken;
      if (!this.handle) throw new Error('the journal is closed');
      let written = 0;
      while (written < data.length) {
        const { bytesWritten } = await this.handle.write(data, written, data.length - written);
        written += bytesWritten;
      }
      await this.handle.datasync();
      this.size += data.length;
      this.lines += batch.length;
      this.lastDurableSeq = batch[batch.length - 1]!.seq;
      for (const p of batch) p.onDurable();
      for (const p of batch) p.resolve();
    } catch (error) {
      // Cut back any partial line so the next append starts clean; if even that fails, stop.
      try {
        await this.handle?.truncate(this.size);
        await this.handle?.sync();
      } catch (truncateError) {
        this.broken = truncateError as Error;
      }
      const refused = [...batch, ...this.pending];
      this.pending = [];
      this.onFailure();
      for (const p of refused) p.reject(error);
    }
  }

  /** Waits until every line appended so far is durable (or refused). */
  idle(): Promise<void> {
    return this.enqueue(async () => {});
  }

  /** Seals the active segment (renames it with its last seq) and starts a new one, if not empty. */
  rotate(): Promise<void> {
    return this.enqueue(async () => {
      if (this.lines === 0 || !this.handle) return;
      await this.handle.close();
      this.handle = null;
      const sealed = join(this.dataDir, sealedName(this.base, this.lastDurableSeq));
      try {
        await rename(this.file, sealed);
      } finally {
        await this.openActive();
      }
    });
  }

  close(): Promise<void> {
    return this.enqueue(async () => {
      await this.handle?.close();
      this.handle = null;
      this.broken = new Error('the journal is closed');
    });
  }
}
