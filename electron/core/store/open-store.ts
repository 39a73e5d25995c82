import { hostname } from 'node:os';
import { join } from 'node:path';
import { BackupSchedule } from './backup-schedule';
import { Backups } from './backups';
import { Compactor, compactionThresholds } from './compactor';
import { lockDataFolder, type DataFolderLock } from './data-folder-lock';
import { tidyDataFolder } from './data-folder-files';
import type { DocumentStore, OpenStoreOptions, Store } from './document-store';
import { DiskFullReporter } from './disk-full-reporter';
import { dataFolderError } from './file-errors';
import { JournalWriter } from './journal';
import { JournalledDocument } from './journalled-document';
import { runningStore } from './running-store';
import { writeSnapshotInSlices } from './snapshot-file';
import { readStartingData } from './start-up';
import { dataFormat, type StoreFormat } from './store-format';
import { lockLostNotice, uncleanStopNotice } from './store-messages';
import { WriteGate } from './write-gate';

// The store's public face, where callers have always imported it from.
export type { DocumentStore, OpenStoreOptions, Store, StoreNotice } from './document-store';
export { DATA_FILE, dataFormat, documentFormat, type StoreFormat } from './store-format';

/**
 * Opens the CRM data in `dataDir`: takes the one-writer lock, reads and migrates the file, and if it
 * cannot be read moves it aside (never overwriting it) and starts from the newest good backup.
 */
export function openStore(options: OpenStoreOptions): Promise<Store> {
  return openDocumentStore(options, dataFormat);
}

/** `openStore` for any document format (the benchmark's data set, tests). */
export async function openDocumentStore<D extends object>(
  options: OpenStoreOptions,
  format: StoreFormat<D>,
): Promise<DocumentStore<D>> {
  const { dataDir, notify = () => {} } = options;
  // Made before the lock, so that losing it (to another Netwell, while this one was not
  // responding) is recorded and told whenever it happens, even while the data is being read.
  const gate = new WriteGate();
  let lock: DataFolderLock;
  try {
    lock = await lockDataFolder(dataDir, {
      ...(options.lockStaleMs ? { staleMs: options.lockStaleMs } : {}),
      onLost: (owner) => notify(lockLostNotice(dataDir, gate.lose(owner))),
    });
  } catch (error) {
    // A read-only or full disk is told in words, not as `EROFS: read-only file system, mkdir …`.
    throw dataFolderError(error, dataDir) ?? error;
  }
  try {
    await tidyDataFolder(dataDir);
    return await openLocked(options, format, lock, gate);
  } catch (error) {
    await lock.release().catch(() => undefined);
    throw dataFolderError(error, dataDir) ?? error;
  }
}

/** Under the lock: reads the data (recovering what it must), then puts the running parts together. */
async function openLocked<D extends object>(
  options: OpenStoreOptions,
  format: StoreFormat<D>,
  lock: DataFolderLock,
  gate: WriteGate,
): Promise<DocumentStore<D>> {
  const { dataDir, clock, notify = () => {} } = options;
  if (lock.uncleanStop) notify(uncleanStopNotice(lock.uncleanStop, hostname()));
  const env = process.env['NETWELL_STORE_COMPACT_LINES'];
  const limits = compactionThresholds(options.compactAfter, env);
  const file = join(dataDir, format.fileName);
  const base = format.fileName.replace(/\.json$/, '');
  const backups = new Backups(join(dataDir, 'backups'), 10, base);
  const start = await readStartingData({ dataDir, file, base, format, backups, clock, notify });

  // Appends go to the active segment; compaction runs in a worker.
  const writer = await JournalWriter.open(dataDir, base, start.seq);
  const document = new JournalledDocument(writer, clock, start.data, start.seq);
  const diskFull = new DiskFullReporter(dataDir, notify);
  const onFailure = (error: unknown) => diskFull.note(error);
  const files = { writer, dataDir, base, file, format };
  const compactor = new Compactor(files, start.snapshotSeq, limits, onFailure);
  const { writeBack } = start;
  if (writeBack) {
    const write = () => writeSnapshotInSlices(file, format, writeBack.data, writeBack.seq);
    compactor.writeFirst(write, writeBack.seq);
  }
  const backupSchedule = await BackupSchedule.start({
    backups,
    clock,
    file,
    document,
    compactor,
    onFailure,
  });
  // In the background: at 30,000 contacts a backup first folds the journal into the snapshot (two
  // seconds in the worker), and start-up must not wait for it. close() waits for it.
  void backupSchedule.backupIfDue(start.backUpNow);
  // After start-up has answered: a step per turn of the event loop, never a long pause.
  if (format.compact) void inSteps(format.compact(start.data));
  return runningStore({
    file,
    backups,
    document,
    gate,
    diskFull,
    compactor,
    backupSchedule,
    writer,
    lock,
  });
}

/** Runs `steps` one per turn of the event loop. */
async function inSteps(steps: Iterable<void>): Promise<void> {
  for (const _ of steps) await new Promise((resolve) => setImmediate(resolve));
}
