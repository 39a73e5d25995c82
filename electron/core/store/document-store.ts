import type { Clock } from '../clock';
import type { Backups } from './backups';
import type { CompactResult } from './compaction';
import type { Data } from './data-schema';

export interface StoreNotice {
  level: 'info' | 'warning' | 'error';
  message: string;
}

export interface DocumentStore<D> {
  /** The snapshot: the JSON document (with a `journalSeq` field). */
  readonly file: string;
  readonly backups: Backups;
  /** The current data. Treat as read-only: change it through `update`. */
  read(): D;
  /**
   * Runs `change` on a draft (immer: only what it touches is copied), appends the difference to
   * the journal durably, and only then makes it current. Updates apply in call order; those made
   * in the same tick share one fsync. If `change` throws or the write fails, nothing changes.
   */
  update<T>(change: (draft: D) => T): Promise<T>;
  /**
   * Replaces the whole document (a restore) as one journalled change, like any update: all of it
   * lands or nothing does. `data` must already be valid (migrated and parsed).
   */
  replaceAll(data: D): Promise<void>;
  /** Folds the journal into the snapshot now, in a worker (also done automatically). */
  compact(): Promise<CompactResult | null>;
  /** Resolves when the background work started so far (backups, compaction) has finished. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export type Store = DocumentStore<Data>;

export interface OpenStoreOptions {
  dataDir: string;
  clock: Clock;
  /** Told about anything the user should know (e.g. recovered from a backup). */
  notify?: (notice: StoreNotice) => void;
  lockStaleMs?: number;
  /** Compaction thresholds for the active journal segment (defaults: 2,000 lines, 8 MB). */
  compactAfter?: { lines?: number; bytes?: number };
}
