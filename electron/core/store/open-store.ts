import { rename, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';
import { current, enableArrayMethods, isDraft, produce, setAutoFreeze, type Draft } from 'immer';
import type { z } from 'zod';
import type { Clock } from '../clock';
import { UserError } from '../errors';
import { Backups, type BackupFile } from './backups';
import { compactInWorker, type CompactResult } from './compaction';
import { lockDataFolder, type DataFolderLock, type LockOwner } from './data-folder-lock';
import { tidyDataFolder } from './data-folder-files';
import {
  CURRENT_VERSION,
  DataSchema,
  emptyData,
  migrations,
  type Data,
  type Migration,
} from './data-schema';
import { dataFolderError, diskFullError, diskFullNotice, isDiskFull } from './file-errors';
import { JournalWriter, journalSegments, readJournal, truncateTorn } from './journal';
import {
  parseJsonText,
  parseOrExplain,
  readBytes,
  UnreadableFileError,
  writeJsonDurably,
} from './json-file';
import { readSeal, sealOf, writeSeal } from './snapshot-seal';
import { TouchedRecords, touchedValidator } from './touched-records';
import { migrate } from './migrate';
import { applyJsonPatches, diffState } from './patches';

export const DATA_FILE = 'netwell-data.json';
/** Take an automatic backup when the newest one is older than this (and at every clean close). */
const BACKUP_EVERY_MS = 60 * 60 * 1000;
/** Compact (fold the journal into the snapshot, in a worker) when the journal passes either. */
const COMPACT_AFTER_LINES = 2000;
const COMPACT_AFTER_BYTES = 8 * 1024 * 1024;

// Immer gives updates structural sharing: a change copies only the objects on its path. Its array
// methods plugin lets `findIndex`, `find`, `some`... run over plain values instead of creating a
// draft proxy per element (30,000 proxies per contact lookup otherwise). No auto-freeze: freezing
// 30,000 contacts costs more than an edit's budget; the data is read-only by contract.
enableArrayMethods();
setAutoFreeze(false);

export interface StoreNotice {
  level: 'info' | 'warning' | 'error';
  message: string;
}

/** A JSON document format: its file, how to read (migrate and validate) it, and an empty one. */
export interface StoreFormat<D> {
  fileName: string;
  /** Migrates and validates a parsed file. Throws (with `newer: true` for a newer format). */
  parse(raw: unknown): { data: D; migrated: boolean };
  /**
   * Validates what the journal's replay changed (`touched`), in place: the rest was valid already.
   * Throws when invalid.
   */
  validateTouched(data: D, touched: TouchedRecords): D;
  /** Names the schema: a sealed snapshot is trusted only by the schema that wrote it. */
  readonly schemaId: string;
  empty(): D;
}

/** A versioned format from a zod schema and its migrations (see data-schema.ts). */
export function documentFormat<D>(spec: {
  fileName: string;
  schema: z.ZodType<D>;
  migrations: Record<number, Migration>;
  currentVersion: number;
  empty: () => D;
}): StoreFormat<D> {
  return {
    fileName: spec.fileName,
    parse(raw) {
      const { data, from } = migrate<D>(raw, spec.migrations, spec.currentVersion, spec.schema);
      return { data, migrated: from !== spec.currentVersion };
    },
    ...touchedValidator(spec.schema),
    empty: spec.empty,
  };
}

/** The CRM data file. */
export const dataFormat: StoreFormat<Data> = documentFormat({
  fileName: DATA_FILE,
  schema: DataSchema,
  migrations,
  currentVersion: CURRENT_VERSION,
  empty: emptyData,
});

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
  const { dataDir } = options;
  // Set once the store exists: the lock can be lost (to another host) only while it runs.
  let onLost: (owner: LockOwner | null) => void = () => {};
  let lock: DataFolderLock;
  try {
    lock = await lockDataFolder(dataDir, {
      ...(options.lockStaleMs ? { staleMs: options.lockStaleMs } : {}),
      onLost: (owner) => onLost(owner),
    });
  } catch (error) {
    // A read-only or full disk is told in words, not as `EROFS: read-only file system, mkdir …`.
    throw dataFolderError(error, dataDir) ?? error;
  }
  try {
    await tidyDataFolder(dataDir);
    return await openLocked(options, format, lock, (handler) => (onLost = handler));
  } catch (error) {
    await lock.release().catch(() => undefined);
    throw dataFolderError(error, dataDir) ?? error;
  }
}

interface Snapshot<D> {
  data: D;
  seq: number;
  migrated: boolean;
  /** Its seal matched: read without validating (see snapshot-seal.ts). */
  sealed?: boolean;
}

async function readSnapshot<D>(file: string, format: StoreFormat<D>): Promise<Snapshot<D> | null> {
  const bytes = await readBytes(file);
  if (bytes === null) return null;
  const sealed = (await readSeal(file)) === sealOf(bytes, format.schemaId);
  const raw = parseJsonText(file, bytes.toString('utf8'));
  const stored = (raw as { journalSeq?: unknown } | null)?.journalSeq;
  const seq = typeof stored === 'number' && Number.isSafeInteger(stored) && stored > 0 ? stored : 0;
  if (sealed) {
    // Written by this Netwell from valid data, byte for byte: no need to validate it all again.
    delete (raw as { journalSeq?: unknown }).journalSeq;
    return { data: raw as D, seq, migrated: false, sealed: true };
  }
  const parsed = parseOrExplain(file, raw, (r) => format.parse(r));
  return { data: parsed.data, seq, migrated: parsed.migrated };
}

/** The document plus `journalSeq` (the last journal line it includes), then its seal. */
async function writeSnapshot<D>(file: string, format: StoreFormat<D>, data: D, seq: number) {
  const bytes = await writeJsonDurably(file, seq > 0 ? { ...data, journalSeq: seq } : data);
  await writeSeal(file, sealOf(bytes, format.schemaId));
}

const stampOf = (clock: Clock) => clock.now().toISOString().replace(/[:.]/g, '-');

async function openLocked<D extends object>(
  options: OpenStoreOptions,
  format: StoreFormat<D>,
  lock: DataFolderLock,
  setOnLost: (handler: (owner: LockOwner | null) => void) => void,
): Promise<DocumentStore<D>> {
  const { dataDir, clock, notify = () => {} } = options;
  if (lock.uncleanStop) {
    const { pid, host } = lock.uncleanStop;
    const who =
      pid === null ? '' : ` (process ${pid}${host && host !== hostname() ? ` on ${host}` : ''})`;
    notify({
      level: 'info',
      message:
        `Netwell is recovering from an unclean stop: the last run${who} ended without closing. ` +
        'Every change it had saved is kept.',
    });
  }
  // NETWELL_STORE_COMPACT_LINES lowers the threshold for tests that crash the host mid-compaction.
  const fromEnv = Number(process.env['NETWELL_STORE_COMPACT_LINES']);
  const maxLines = options.compactAfter?.lines ?? (fromEnv > 0 ? fromEnv : COMPACT_AFTER_LINES);
  const maxBytes = options.compactAfter?.bytes ?? COMPACT_AFTER_BYTES;
  const file = join(dataDir, format.fileName);
  const base = format.fileName.replace(/\.json$/, '');
  const backups = new Backups(join(dataDir, 'backups'), 10, base);

  // 1. The snapshot (as before: migrated and validated; an unreadable one is moved aside and the
  //    newest good backup used instead).
  let snapshot: Snapshot<D>;
  let recoveryNotice: StoreNotice | null = null;
  try {
    const read = await readSnapshot(file, format);
    // First run: write the empty document so the file (and its format) is there to see and back up.
    snapshot = read ?? { data: format.empty(), seq: 0, migrated: true };
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    if (error.newer) {
      throw new UserError(
        'unavailable',
        `Netwell cannot open ${file}: ${error.message.slice(file.length + 2)}. Update Netwell; your data was not touched.`,
      );
    }
    const recovered = await recover(file, error, backups, clock, format);
    snapshot = { ...recovered.snapshot, migrated: true };
    recoveryNotice = recovered.notice;
  }
  // The compaction worker works on the raw file, so it must hold the current format; and a file
  // read without its seal is written once as validated, sealed, so the next start-up is quick.
  if (snapshot.migrated || !snapshot.sealed) {
    await writeSnapshot(file, format, snapshot.data, snapshot.seq);
  }
  let snapshotSeq = snapshot.seq;

  // 2. Replay the journal: the lines after the snapshot's journalSeq, in order.
  const segments = await journalSegments(dataDir, base);
  const journal = await readJournal(segments);
  if (journal.torn) await truncateTorn(journal.torn);
  let problem: { file: string; reason: string } | null = journal.corrupt
    ? {
        file: journal.corrupt.file,
        reason: `line ${journal.corrupt.line} of ${basename(journal.corrupt.file)} is damaged`,
      }
    : null;
  /** Applies the entries after the snapshot to `base` (in place), stopping before `stopAt`. */
  const replay = (base: D, entries: typeof journal.entries, stopAt = Infinity) => {
    let working: unknown = base;
    let upTo = snapshotSeq;
    let at: string | null = null;
    let count = 0;
    const touched = new TouchedRecords();
    for (const entry of entries) {
      if (entry.seq <= upTo) continue;
      if (entry.seq >= stopAt) break;
      if (entry.seq !== upTo + 1) {
        const reason = `changes ${upTo + 1} to ${entry.seq - 1} are missing`;
        const failed = { file: entry.file, reason, partial: false };
        return { working, upTo, at, count, touched, failed };
      }
      try {
        working = applyJsonPatches(working, entry.patches);
        touched.note(working, entry.patches);
      } catch (error) {
        const reason = `change ${entry.seq} does not apply (${(error as Error).message})`;
        const failed = { file: entry.file, reason, partial: true };
        return { working, upTo, at, count, touched, failed };
      }
      upTo = entry.seq;
      at = entry.at;
      count++;
    }
    return { working, upTo, at, count, touched, failed: null };
  };
  let result = replay(snapshot.data, journal.entries);
  if (result.failed?.partial) {
    // The failing line may have been half applied (to objects that earlier lines inserted, too):
    // replay again, up to it, from a fresh read of both files.
    const fresh = (await readSnapshot(file, format))!.data;
    const entries = (await readJournal(segments)).entries;
    result = { ...replay(fresh, entries, result.upTo + 1), failed: result.failed };
  }
  problem = result.failed ?? problem;
  let seq = result.upTo;
  let lastAt = result.at;
  // Nothing replayed: the snapshot's data itself (re-read if a failed line touched it).
  let data = result.working as D;
  if (result.count > 0) {
    try {
      data = format.validateTouched(result.working as D, result.touched);
    } catch (error) {
      // The rebuilt data is not valid: keep the snapshot alone and set the whole journal aside.
      problem = {
        file: journal.entries.find((e) => e.seq > snapshotSeq)?.file ?? segments[0]!,
        reason: `the changes do not give valid data (${(error as Error).message.split('\n')[0]})`,
      };
      data = (await readSnapshot(file, format))!.data;
      seq = snapshotSeq;
      lastAt = null;
    }
  }
  if (recoveryNotice) notify(recoveryNotice);
  if (problem) {
    // Like an unreadable data file: what could be read is kept (written to the snapshot first),
    // the damaged segment and any after it are moved aside untouched, and the user is told.
    await writeSnapshot(file, format, data, seq);
    snapshotSeq = seq;
    const aside: string[] = [];
    for (const segment of segments.slice(segments.indexOf(problem.file))) {
      const to = `${segment}.unreadable-${stampOf(clock)}`;
      await rename(segment, to);
      aside.push(to);
    }
    notify({
      level: 'warning',
      message:
        `Some of your latest changes could not be read (${problem.reason}). ` +
        `The change journal was moved to ${aside.join(', ')} and left untouched; ` +
        `Netwell kept your data as of ${lastAt ? `${lastAt.slice(0, 16).replace('T', ' ')} UTC` : 'the last saved copy'}.`,
    });
  }

  // Sealed segments already folded into the snapshot (a compaction stopped before deleting them).
  for (const segment of await journalSegments(dataDir, base)) {
    const last = /\.journal\.(\d{12})$/.exec(segment);
    if (last && Number(last[1]) <= snapshotSeq) await rm(segment, { force: true });
  }

  // 3. Appends go to the active segment; compaction runs in a worker.
  const writer = await JournalWriter.open(dataDir, base, seq);
  let state = data;
  let pending = data;
  let committedSeq = seq;
  let nextSeq = seq;
  writer.onFailure = () => {
    // Every line not yet durable was refused: drop the changes they carried.
    pending = state;
    nextSeq = committedSeq;
  };

  // A full disk is told once (a notice), until a write succeeds again.
  let toldDiskFull = false;
  const noteWriteFailure = (error: unknown): void => {
    if (!isDiskFull(error) || toldDiskFull) return;
    toldDiskFull = true;
    notify(diskFullNotice(dataDir));
  };
  /** Set when another Netwell took the lock while we ran (see data-folder-lock.ts). */
  let lostTo: string | null = null;
  setOnLost((owner) => {
    lostTo = owner ? `process ${owner.pid} on ${owner.host}` : 'another process';
    notify({
      level: 'error',
      message:
        `Another Netwell (${lostTo}) took over the data folder ${dataDir} while this one was not responding. ` +
        'This one no longer saves changes: close it and use the other one.',
    });
  });

  let compactChain: Promise<unknown> = Promise.resolve();
  let compacting = false;
  const compact = (): Promise<CompactResult | null> => {
    const run = async (): Promise<CompactResult | null> => {
      compacting = true;
      try {
        await writer.rotate();
        const sealed = (await journalSegments(dataDir, base)).filter((f) => f !== writer.file);
        if (sealed.length === 0) return null;
        const result = await compactInWorker({
          snapshot: file,
          dir: dataDir,
          segments: sealed,
          schemaId: format.schemaId,
        });
        snapshotSeq = result.journalSeq;
        await Promise.all(sealed.map((f) => rm(f, { force: true })));
        return result;
      } finally {
        compacting = false;
      }
    };
    const next = compactChain.then(run, run);
    compactChain = next.catch(() => undefined);
    return next;
  };
  const compactIfDue = (): void => {
    const { lines, bytes } = writer.activeSize;
    if (compacting || (lines < maxLines && bytes < maxBytes)) return;
    // A failed compaction loses nothing (the journal stays); the next threshold tries again.
    compact().catch(noteWriteFailure);
  };

  let lastBackupAt = (await backups.list())[0]?.at.getTime() ?? -Infinity;
  /** Changes made since the newest backup. */
  let unbackedUp = false;
  let backupChain: Promise<unknown> = Promise.resolve();
  const backupIfDue = (force = false): Promise<void> => {
    const now = clock.now().getTime();
    if (!force && now - lastBackupAt < BACKUP_EVERY_MS) return Promise.resolve();
    lastBackupAt = now;
    unbackedUp = false;
    const at = clock.now();
    const upTo = committedSeq;
    const run = async () => {
      // The backup is a copy of the snapshot, once it holds every change made so far.
      if (upTo > snapshotSeq) await compact().catch(() => null);
      if (upTo > snapshotSeq) {
        // Compaction failed: write the data from here instead (slower, but a backup is due).
        await backups.create({ ...state, journalSeq: committedSeq }, at);
      } else {
        await backups.copyFrom(file, at);
      }
    };
    const next = backupChain.then(run, run).catch((error: unknown) => {
      // A failed backup must not fail the user's change; the next change (or close) tries again.
      lastBackupAt = -Infinity;
      unbackedUp = true;
      noteWriteFailure(error);
    });
    backupChain = next;
    return next;
  };
  // In the background: at 30,000 contacts a backup first folds the journal into the snapshot (two
  // seconds in the worker), and start-up must not wait for it. close() waits for it. A start that
  // replayed the journal (changes made before a crash) or recovered from a backup backs up what it
  // recovered whatever the newest backup's age: those changes were never in any backup.
  void backupIfDue(seq > snapshot.seq || recoveryNotice !== null || problem !== null);

  let closed = false;
  let lastAppend: Promise<unknown> = Promise.resolve();

  const store: DocumentStore<D> = {
    file,
    backups,
    read: () => state,
    update<T>(change: (draft: D) => T): Promise<T> {
      if (closed) {
        return Promise.reject(
          new UserError('unavailable', 'Netwell is shutting down; the change was not saved.'),
        );
      }
      if (lostTo) {
        return Promise.reject(
          new UserError(
            'unavailable',
            `Another Netwell (${lostTo}) now uses this data folder; the change was not saved here.`,
          ),
        );
      }
      let result!: T;
      let next: D;
      try {
        next = produce(pending, (draft) => {
          const value = change(draft as D);
          // A draft dies with the recipe: hand back a plain copy of what it returned (a record,
          // or records inside an object or array).
          result = undraft(value) as T;
        }) as D;
      } catch (error) {
        return Promise.reject(error);
      }
      if (next === pending) {
        // Nothing changed: nothing to write, but still answer after the updates before it.
        return lastAppend.then(
          () => result,
          () => result,
        );
      }
      const patches = diffState(pending, next);
      const lineSeq = ++nextSeq;
      const line = `${JSON.stringify({ seq: lineSeq, at: clock.now().toISOString(), patches })}\n`;
      pending = next;
      const durable = writer.append(lineSeq, line, () => {
        state = next;
        committedSeq = lineSeq;
        unbackedUp = true;
      });
      lastAppend = durable;
      return durable.then(
        async () => {
          toldDiskFull = false;
          compactIfDue();
          await backupIfDue();
          return result;
        },
        (error: unknown) => {
          if (!isDiskFull(error)) throw error;
          noteWriteFailure(error);
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
      await backupChain;
      await compactChain;
    },
    compact,
    async close() {
      closed = true;
      await lastAppend.catch(() => undefined);
      await writer.idle();
      await backupChain;
      await compactChain;
      // Fold the journal into the snapshot, so the next start reads one file.
      if (committedSeq > snapshotSeq) await compact().catch(() => undefined);
      // A clean quit backs up what changed since the last backup, so at most a crash's worth is at risk.
      if (unbackedUp) await backupIfDue(true);
      await writer.close();
      await lock.release();
    },
  };
  return store;
}

async function recover<D>(
  file: string,
  error: UnreadableFileError,
  backups: Backups,
  clock: Clock,
  format: StoreFormat<D>,
): Promise<{ snapshot: { data: D; seq: number }; notice: StoreNotice }> {
  const aside = `${file.replace(/\.json$/, '')}.unreadable-${stampOf(clock)}.json`;
  const reason = error.message.slice(file.length + 2);
  let found: { read: Snapshot<D>; backup: BackupFile } | null = null;
  for (const backup of await backups.list()) {
    try {
      const read = await readSnapshot(backup.file, format);
      if (!read) continue;
      found = { read, backup };
      break;
    } catch (backupError) {
      if (backupError instanceof UnreadableFileError && backupError.newer) {
        // The newest usable backup is from a newer Netwell: an older backup (or empty data) would
        // silently drop what it wrote. Refuse, as for a newer data file, and touch nothing.
        throw new UserError(
          'unavailable',
          `Netwell cannot open ${file} (${reason}), and its newest backup, ${backup.file}, is from a newer Netwell. ` +
            'Update Netwell to restore it; your data was not touched.',
        );
      }
      // An unreadable backup: try the next older one.
    }
  }
  await rename(file, aside);
  if (found) {
    const { read, backup } = found;
    return {
      snapshot: read,
      notice: {
        level: 'warning',
        message:
          `Your data file could not be read (${reason}). It was moved to ${aside} and left untouched. ` +
          `Netwell restored the backup from ${backup.at.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
      },
    };
  }
  return {
    snapshot: { data: format.empty(), seq: 0 },
    notice: {
      level: 'error',
      message:
        `Your data file could not be read (${reason}) and no usable backup was found. ` +
        `It was moved to ${aside} and left untouched; Netwell started with empty data.`,
    },
  };
}

/** Plain copies of the drafts in a recipe's result (a draft, or drafts inside objects/arrays). */
function undraft(value: unknown, depth = 0): unknown {
  if (isDraft(value)) return current(value as Draft<object>);
  if (depth > 3 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => undraft(v, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, undraft(v, depth + 1)]));
}
