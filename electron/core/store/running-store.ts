import type { BackupSchedule } from './backup-schedule';
import type { Backups } from './backups';
import type { Compactor } from './compactor';
import type { DataFolderLock } from './data-folder-lock';
import type { DiskFullReporter } from './disk-full-reporter';
import type { DocumentStore } from './document-store';
import { diskFullError, isDiskFull } from './file-errors';
import type { JournalWriter } from './journal';
import type { JournalledDocument } from './journalled-document';
import type { WriteGate } from './write-gate';

export interface RunningStoreParts<D extends object> {
  file: string;
  backups: Backups;
  document: JournalledDocument<D>;
  gate: WriteGate;
  diskFull: DiskFullReporter;
  compactor: Compactor;
  backupSchedule: BackupSchedule<D>;
  writer: Pick<JournalWriter, 'idle' | 'close'>;
  lock: Pick<DataFolderLock, 'release'>;
}

/**
 * The open store, from its parts: an update goes through the gate to the journalled document, and
 * once durable may start a compaction and a backup; close lets all of it finish, then folds the
 * journal, backs up what is new and lets go of the lock.
 */
export function runningStore<D extends object>(parts: RunningStoreParts<D>): DocumentStore<D> {
  const { document, gate, diskFull, compactor, backupSchedule } = parts;
  const store: DocumentStore<D> = {
    file: parts.file,
    backups: parts.backups,
    read: () => document.read(),
    update<T>(change: (draft: D) => T): Promise<T> {
      const refusal = gate.refusal();
      if (refusal) return Promise.reject(refusal);
      let produced: { next: D; result: T };
      try {
        produced = document.produce(change);
      } catch (error) {
        return Promise.reject(error);
      }
      const { next, result } = produced;
      const durable = document.append(next);
      // Nothing changed: nothing to write, but still answer after the updates before it.
      if (!durable) return document.settledWith(result);
      return durable.then(
        async () => {
          diskFull.writeSucceeded();
          compactor.compactIfDue();
          await backupSchedule.backupIfDue();
          return result;
        },
        (error: unknown) => {
          if (!isDiskFull(error)) throw error;
          diskFull.note(error);
          throw diskFullError();
        },
      );
    },
    replaceAll(data: D): Promise<void> {
      return store.update((draft) => {
        const target = draft as Record<string, unknown>;
        for (const key of Object.keys(target)) if (!(key in data)) delete target[key];
        Object.assign(target, data);
      });
    },
    async settled() {
      await backupSchedule.settled();
      await compactor.settled();
    },
    compact: () => compactor.compact(),
    close: () => close(parts),
  };
  return store;
}

async function close<D extends object>(parts: RunningStoreParts<D>): Promise<void> {
  const { document, compactor, backupSchedule } = parts;
  parts.gate.close();
  await document.settledWith(undefined);
  await parts.writer.idle();
  await backupSchedule.settled();
  await compactor.settled();
  // Fold the journal into the snapshot, so the next start reads one file.
  if (document.committedSeq > compactor.snapshotSeq)
    await compactor.compact().catch(() => undefined);
  // A clean quit backs up what changed since the last backup, so at most a crash's worth is at risk.
  if (backupSchedule.unbackedUp) await backupSchedule.backupIfDue(true);
  await parts.writer.close();
  await parts.lock.release();
}
