import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Clock } from '../clock';
import { UserError } from '../errors';
import { Backups } from './backups';
import { lockDataFolder } from './data-folder-lock';
import { emptyData, type Data } from './data-schema';
import { SafeJsonFile, UnreadableFileError } from './json-file-adapter';
import { migrate } from './migrate';

export const DATA_FILE = 'netwell-data.json';
/** Take an automatic backup when the newest one is older than this (and at every clean close). */
const BACKUP_EVERY_MS = 60 * 60 * 1000;

export interface StoreNotice {
  level: 'info' | 'warning' | 'error';
  message: string;
}

export interface Store {
  readonly file: string;
  readonly backups: Backups;
  /** The current data. Treat as read-only: change it through `update`. */
  read(): Data;
  /**
   * Applies `change` to a copy, writes it durably, and only then makes it current; updates run one
   * at a time. If `change` throws or the write fails, nothing changes.
   */
  update<T>(change: (draft: Data) => T): Promise<T>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  dataDir: string;
  clock: Clock;
  /** Told about anything the user should know (e.g. recovered from a backup). */
  notify?: (notice: StoreNotice) => void;
  lockStaleMs?: number;
}

const parseData = (raw: unknown): Data => migrate(raw).data;

/**
 * Opens the CRM data in `dataDir`: takes the one-writer lock, reads and migrates the file, and if it
 * cannot be read moves it aside (never overwriting it) and starts from the newest good backup.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const { dataDir, clock, notify = () => {} } = options;
  const release = await lockDataFolder(dataDir, options.lockStaleMs);
  try {
    return await openLocked(dataDir, clock, notify, release);
  } catch (error) {
    await release();
    throw error;
  }
}

async function openLocked(
  dataDir: string,
  clock: Clock,
  notify: (notice: StoreNotice) => void,
  release: () => Promise<void>,
): Promise<Store> {
  const file = join(dataDir, DATA_FILE);
  const adapter = new SafeJsonFile<Data>(file, parseData);
  const db = new Low<Data>(adapter, emptyData());
  const backups = new Backups(join(dataDir, 'backups'));

  try {
    await db.read();
    // First run: write the empty document so the file (and its format) is there to see and back up.
    if (!existsSync(file)) await db.write();
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    if (error.newer) {
      throw new UserError(
        'unavailable',
        `Netwell cannot open ${file}: ${error.message.slice(file.length + 2)}. Update Netwell; your data was not touched.`,
      );
    }
    db.data = await recover(file, error, backups, clock, notify);
    await db.write();
  }

  let lastBackupAt = (await backups.list())[0]?.at.getTime() ?? -Infinity;
  /** Changes written since the newest backup. */
  let unbackedUp = false;
  const backupIfDue = async (data: Data, force = false): Promise<void> => {
    const now = clock.now().getTime();
    if (!force && now - lastBackupAt < BACKUP_EVERY_MS) return;
    lastBackupAt = now;
    unbackedUp = false;
    await backups.create(data, clock.now());
  };
  await backupIfDue(db.data);

  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  return {
    file,
    backups,
    read: () => db.data,
    update<T>(change: (draft: Data) => T): Promise<T> {
      const run = async (): Promise<T> => {
        if (closed)
          throw new UserError('unavailable', 'Netwell is shutting down; the change was not saved.');
        const draft = structuredClone(db.data);
        const result = change(draft);
        await adapter.write(draft);
        db.data = draft;
        unbackedUp = true;
        await backupIfDue(draft).catch(() => {
          // A failed backup must not fail the user's change; the next write tries again.
          lastBackupAt = -Infinity;
        });
        return result;
      };
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      closed = true;
      await queue;
      // A clean quit backs up what changed since the last backup, so at most a crash's worth is at risk.
      if (unbackedUp) await backupIfDue(db.data, true).catch(() => undefined);
      await release();
    },
  };
}

async function recover(
  file: string,
  error: UnreadableFileError,
  backups: Backups,
  clock: Clock,
  notify: (notice: StoreNotice) => void,
): Promise<Data> {
  const aside = `${file.replace(/\.json$/, '')}.unreadable-${clock.now().toISOString().replace(/[:.]/g, '-')}.json`;
  await rename(file, aside);
  const reason = error.message.slice(file.length + 2);
  for (const backup of await backups.list()) {
    try {
      const data = await new SafeJsonFile<Data>(backup.file, parseData).read();
      if (!data) continue;
      notify({
        level: 'warning',
        message:
          `Your data file could not be read (${reason}). It was moved to ${aside} and left untouched. ` +
          `Netwell restored the backup from ${backup.at.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
      });
      return data;
    } catch {
      // An unreadable backup: try the next older one.
    }
  }
  notify({
    level: 'error',
    message:
      `Your data file could not be read (${reason}) and no usable backup was found. ` +
      `It was moved to ${aside} and left untouched; Netwell started with empty data.`,
  });
  return emptyData();
}
