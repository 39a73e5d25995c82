import type { Clock } from '../clock';
import type { BackupFile, Backups } from './backups';
import type { StoreNotice } from './document-store';
import { UnreadableFileError } from './json-file';
import { asideStamp, dataFileAside, moveAside, nthStamp } from './set-aside';
import { readSnapshot, type Snapshot } from './snapshot-file';
import type { StoreFormat } from './store-format';
import { newerBackupError, newerFileError, unreadableFileNotice } from './store-messages';

export interface LoadedSnapshot<D> {
  snapshot: Snapshot<D>;
  /** Set when the data file was unreadable: told once the journal is replayed. */
  recoveryNotice: StoreNotice | null;
}

/**
 * The snapshot to start from: the data file (an empty document on the first run, marked migrated so
 * it gets written), or, when it cannot be read, the newest good backup, the file being moved aside
 * (never overwritten). A file or backup from a newer Netwell is refused, touching nothing.
 */
export async function loadSnapshot<D>(
  file: string,
  format: StoreFormat<D>,
  backups: Backups,
  clock: Clock,
): Promise<LoadedSnapshot<D>> {
  try {
    const read = await readSnapshot(file, format);
    // First run: write the empty document so the file (and its format) is there to see and back up.
    const snapshot = read ?? { data: format.empty(), seq: 0, migrated: true };
    return { snapshot, recoveryNotice: null };
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    const reason = error.message.slice(file.length + 2);
    if (error.newer) throw newerFileError(file, reason);
    const recovered = await recover(file, reason, backups, clock, format);
    return {
      snapshot: { ...recovered.snapshot, migrated: true },
      recoveryNotice: recovered.notice,
    };
  }
}

async function recover<D>(
  file: string,
  reason: string,
  backups: Backups,
  clock: Clock,
  format: StoreFormat<D>,
): Promise<{ snapshot: { data: D; seq: number }; notice: StoreNotice }> {
  const stamp = asideStamp(clock);
  const found = await newestGoodBackup(file, reason, backups, format);
  const aside = await moveAside(file, (n) => dataFileAside(file, nthStamp(stamp, n)));
  return {
    snapshot: found?.read ?? { data: format.empty(), seq: 0 },
    notice: unreadableFileNotice(reason, aside, found?.backup.at ?? null),
  };
}

async function newestGoodBackup<D>(
  file: string,
  reason: string,
  backups: Backups,
  format: StoreFormat<D>,
): Promise<{ read: Snapshot<D>; backup: BackupFile } | null> {
  for (const backup of await backups.list()) {
    try {
      const read = await readSnapshot(backup.file, format);
      if (read) return { read, backup };
    } catch (error) {
      // The newest usable backup is from a newer Netwell: an older backup (or empty data) would
      // silently drop what it wrote. Refuse, as for a newer data file, and touch nothing.
      if (error instanceof UnreadableFileError && error.newer) {
        throw newerBackupError(file, reason, backup.file);
      }
      // An unreadable backup: try the next older one.
    }
  }
  return null;
}
