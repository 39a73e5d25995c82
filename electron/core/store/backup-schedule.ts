import type { Clock } from '../clock';
import type { Backups } from './backups';

/** Take an automatic backup when the newest one is older than this (and at every clean close). */
const BACKUP_EVERY_MS = 60 * 60 * 1000;

export interface BackupScheduleParts<D> {
  backups: Pick<Backups, 'list' | 'create' | 'copyFrom'>;
  clock: Clock;
  /** The snapshot file, copied as the backup once it holds every change. */
  file: string;
  document: { read(): D; readonly committedSeq: number };
  compactor: { readonly snapshotSeq: number; compact(): Promise<unknown> };
  /** Told when a backup fails (it must not fail the change that started it). */
  onFailure: (error: unknown) => void;
}

/**
 * Automatic backups, one at a time, in the background: hourly (checked after each change), when
 * asked to (a start that recovered something, a clean close with changes not yet backed up).
 */
export class BackupSchedule<D extends object> {
  private chain: Promise<unknown> = Promise.resolve();
  /** The last change the newest backup (taken or under way) holds; -Infinity after a failure. */
  private coveredSeq: number;

  private constructor(
    private readonly parts: BackupScheduleParts<D>,
    private lastBackupAt: number,
  ) {
    this.coveredSeq = parts.document.committedSeq;
  }

  /** Reads when the newest backup was taken. */
  static async start<D extends object>(parts: BackupScheduleParts<D>): Promise<BackupSchedule<D>> {
    const newest = (await parts.backups.list())[0]?.at.getTime() ?? -Infinity;
    return new BackupSchedule(parts, newest);
  }

  /** Changes were made since the newest backup (or it failed). */
  get unbackedUp(): boolean {
    return this.parts.document.committedSeq > this.coveredSeq;
  }

  /** Backs up when the newest backup is older than an hour, or `force`; never rejects. */
  backupIfDue(force = false): Promise<void> {
    const { clock, document } = this.parts;
    const now = clock.now().getTime();
    if (!force && now - this.lastBackupAt < BACKUP_EVERY_MS) return Promise.resolve();
    this.lastBackupAt = now;
    this.coveredSeq = document.committedSeq;
    const at = clock.now();
    const upTo = document.committedSeq;
    const run = () => this.run(upTo, at);
    const next = this.chain.then(run, run).catch((error: unknown) => {
      // A failed backup must not fail the user's change; the next change (or close) tries again.
      this.lastBackupAt = -Infinity;
      this.coveredSeq = -Infinity;
      this.parts.onFailure(error);
    });
    this.chain = next;
    return next;
  }

  /** Resolves (never rejects) when the backups started so far have finished. */
  settled(): Promise<unknown> {
    return this.chain;
  }

  private async run(upTo: number, at: Date): Promise<void> {
    const { backups, compactor, document, file } = this.parts;
    // The backup is a copy of the snapshot, once it holds every change made so far.
    if (upTo > compactor.snapshotSeq) await compactor.compact().catch(() => null);
    if (upTo > compactor.snapshotSeq) {
      // Compaction failed: write the data from here instead (slower, but a backup is due).
      await backups.create({ ...document.read(), journalSeq: document.committedSeq }, at);
    } else {
      await backups.copyFrom(file, at);
    }
  }
}
