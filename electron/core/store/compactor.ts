import { rm } from 'node:fs/promises';
import { compactInWorker, type CompactResult } from './compaction';
import { journalSegments, type JournalWriter } from './journal';

/** Compact (fold the journal into the snapshot, in a worker) when the journal passes either. */
const COMPACT_AFTER_LINES = 2000;
const COMPACT_AFTER_BYTES = 8 * 1024 * 1024;

export interface CompactionThresholds {
  lines: number;
  bytes: number;
}

/**
 * The thresholds for the active journal segment: those given, else the defaults.
 * NETWELL_STORE_COMPACT_LINES (`envLines`) lowers the default for tests that crash the host
 * mid-compaction.
 */
export function compactionThresholds(
  given: { lines?: number; bytes?: number } | undefined,
  envLines: string | undefined,
): CompactionThresholds {
  const fromEnv = Number(envLines);
  return {
    lines: given?.lines ?? (fromEnv > 0 ? fromEnv : COMPACT_AFTER_LINES),
    bytes: given?.bytes ?? COMPACT_AFTER_BYTES,
  };
}

export const isCompactionDue = (
  active: { lines: number; bytes: number },
  limits: CompactionThresholds,
): boolean => active.lines >= limits.lines || active.bytes >= limits.bytes;

export interface CompactorFiles {
  writer: Pick<JournalWriter, 'rotate' | 'file' | 'activeSize'>;
  dataDir: string;
  /** The journal's name prefix, and the snapshot it is folded into (sealed for `schemaId`). */
  base: string;
  file: string;
  format: { readonly schemaId: string };
}

/**
 * Folds the journal into the snapshot, one run at a time: seals the active segment, has a worker
 * apply the sealed ones to the snapshot file, then deletes them. Knows which change the snapshot
 * holds last (`snapshotSeq`).
 */
export class Compactor {
  private chain: Promise<unknown> = Promise.resolve();
  private running = false;
  /** A snapshot write start-up left to the background (see `writeFirst`). */
  private owed: { write: () => Promise<void>; seq: number } | null = null;

  constructor(
    private readonly files: CompactorFiles,
    private folded: number,
    private readonly limits: CompactionThresholds,
    /** Told when a compaction started by `compactIfDue` fails. */
    private readonly onFailure: (error: unknown) => void,
  ) {}

  /** The seq of the last change in the snapshot file. */
  get snapshotSeq(): number {
    return this.folded;
  }

  compact(): Promise<CompactResult | null> {
    const run = () => this.run();
    const next = this.chain.then(run, run);
    this.chain = next.catch(() => undefined);
    return next;
  }

  /**
   * Starts `write` (the snapshot file written with the data up to `seq`) in the background, before
   * any compaction: the worker reads that file. If it fails, the next compaction tries it again
   * first, and fails (keeping the journal) if it fails again.
   */
  writeFirst(write: () => Promise<void>, seq: number): void {
    this.owed = { write, seq };
    // Counts as running, so that changes made meanwhile do not queue compactions behind it.
    const pay = async () => {
      this.running = true;
      try {
        await this.payOwed();
      } finally {
        this.running = false;
      }
    };
    const next = this.chain.then(pay, pay);
    this.chain = next.catch(this.onFailure);
  }

  /** Starts a compaction when the active segment has passed a threshold and none is running. */
  compactIfDue(): void {
    if (this.running || !isCompactionDue(this.files.writer.activeSize, this.limits)) return;
    // A failed compaction loses nothing (the journal stays); the next threshold tries again.
    this.compact().catch(this.onFailure);
  }

  /** Resolves (never rejects) when the compactions started so far have finished. */
  settled(): Promise<unknown> {
    return this.chain;
  }

  private async run(): Promise<CompactResult | null> {
    const { writer, dataDir, base, file, format } = this.files;
    this.running = true;
    try {
      await this.payOwed();
      await writer.rotate();
      const sealed = (await journalSegments(dataDir, base)).filter((f) => f !== writer.file);
      if (sealed.length === 0) return null;
      const result = await compactInWorker({
        snapshot: file,
        dir: dataDir,
        segments: sealed,
        schemaId: format.schemaId,
      });
      this.folded = result.journalSeq;
      await Promise.all(sealed.map((f) => rm(f, { force: true })));
      return result;
    } finally {
      this.running = false;
    }
  }

  private async payOwed(): Promise<void> {
    const owed = this.owed;
    if (!owed) return;
    await owed.write();
    this.owed = null;
    this.folded = Math.max(this.folded, owed.seq);
  }
}
