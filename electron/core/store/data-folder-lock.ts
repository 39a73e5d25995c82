import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { UserError } from '../errors';

/**
 * One writer per data folder: the desktop app and the web host take the same lock, so a second
 * process on the folder gets a clear message instead of silently sharing (and clobbering) it.
 *
 * The lock is the folder `netwell.lock` (mkdir is atomic; the older proper-lockfile lock had the
 * same name, so an older Netwell still sees it) holding `owner.json`:
 * `{"app":"netwell","pid":1234,"host":"name","started":"<start time>"}`, rewritten while we run.
 * On this host the owner's pid decides: dead (or reused by another process, told by its start
 * time) is stale at once, alive is never stale however old the lock looks (a blocked event loop
 * must not cost the owner its lock). From another host (a shared folder), or without an owner file,
 * the lock is stale when it was not refreshed for `staleMs`.
 */
export const LOCK_NAME = 'netwell.lock';
const OWNER_FILE = 'owner.json';

export interface LockOwner {
  app: 'netwell';
  pid: number;
  host: string;
  /** The process's start time where the OS tells it cheaply (Linux: /proc/<pid>/stat), else null. */
  started: string | null;
}

export interface DataFolderLock {
  release(): Promise<void>;
  /** The previous owner stopped without releasing the lock (a crash, a kill, a power cut). */
  uncleanStop: { pid: number | null; host: string | null } | null;
}

export interface LockOptions {
  staleMs?: number;
  /** Told (once) when the lock was found taken by someone else while we ran. Never throws. */
  onLost?: (owner: LockOwner | null) => void;
}

/** Folders locked by this process: a second open in the same process is refused too. */
const heldHere = new Set<string>();

/** A process's start time in clock ticks since boot (Linux), so a reused pid is not taken for its owner. */
export function processStartTime(pid: number): string | null {
  if (process.platform !== 'linux') return null;
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22; fields after the command name (in parentheses, which may hold spaces) start at 3.
    return text.slice(text.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const me = (): LockOwner => ({
  app: 'netwell',
  pid: process.pid,
  host: hostname(),
  started: processStartTime(process.pid),
});

async function readOwner(lockDir: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(join(lockDir, OWNER_FILE), 'utf8')) as LockOwner;
    return Number.isSafeInteger(owner.pid) && typeof owner.host === 'string' ? owner : null;
  } catch {
    return null;
  }
}

/** Written whole (temporary file, rename), so a reader sees the old owner or the new one. */
async function writeOwner(lockDir: string, owner: LockOwner): Promise<void> {
  const tmp = join(lockDir, `${OWNER_FILE}.${process.pid}.tmp`);
  await writeFile(tmp, JSON.stringify(owner), { mode: 0o600 });
  await rename(tmp, join(lockDir, OWNER_FILE));
}

/**
 * The file system's "now" (its clock, which a shared folder's lock times also come from): the
 * modification time of a file just written. Only needed to judge a lock from another host.
 */
async function fsNow(dataDir: string): Promise<number> {
  const probe = join(dataDir, `${LOCK_NAME}.probe-${process.pid}`);
  await writeFile(probe, '', { mode: 0o600 });
  try {
    return (await stat(probe)).mtimeMs;
  } finally {
    await rm(probe, { force: true });
  }
}

type Verdict =
  | { live: true; owner: LockOwner | null }
  | { live: false; owner: LockOwner | null }
  | { gone: true };

async function judge(dataDir: string, lockDir: string, staleMs: number): Promise<Verdict> {
  const owner = await readOwner(lockDir);
  if (owner && owner.host === hostname()) {
    if (owner.pid === process.pid) return { live: heldHere.has(lockDir), owner };
    // A pid alive under another start time was reused by an unrelated process: the owner is dead.
    // Where the start time cannot be read (not Linux), a live pid counts as the owner: refusing is
    // the safe side, and the message names the process.
    const started = owner.started ? processStartTime(owner.pid) : null;
    const alive = isAlive(owner.pid) && (started === null || started === owner.started);
    return { live: alive, owner };
  }
  // Another host's lock, or one without an owner file (an older Netwell, or an owner that died
  // between creating the folder and writing the file): stale when not refreshed for staleMs.
  const times = await Promise.all(
    [lockDir, join(lockDir, OWNER_FILE)].map((f) =>
      stat(f).then(
        (s) => s.mtimeMs,
        () => 0,
      ),
    ),
  );
  const refreshed = Math.max(...times);
  if (refreshed === 0) return { gone: true };
  return { live: refreshed > (await fsNow(dataDir)) - staleMs, owner };
}

/**
 * Creates the data folder (0700). A recursive mkdir on a read-only disk reports ENOENT; retried one
 * level at a time, the failing level gives the real reason (EROFS, EACCES), for the message.
 */
async function createFolder(dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const missing: string[] = [];
    for (let dir = dataDir; dirname(dir) !== dir; dir = dirname(dir)) {
      if (
        await stat(dir).then(
          () => true,
          () => false,
        )
      )
        break;
      missing.unshift(dir);
    }
    for (const dir of missing) await mkdir(dir, { mode: 0o700 });
    throw error;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Removes a stale lock. Two newcomers may both find it stale: only the one holding the short-lived
 * `netwell.lock.takeover` folder may remove it, after judging it again (so it never removes a lock
 * the other one has just taken).
 */
async function takeOver(
  dataDir: string,
  lockDir: string,
  staleMs: number,
): Promise<Verdict | 'busy'> {
  const mutex = `${lockDir}.takeover`;
  try {
    await mkdir(mutex, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Left by a newcomer that died mid-takeover: it only ever lives for a moment.
    const age =
      (await fsNow(dataDir)) -
      (await stat(mutex).then(
        (s) => s.mtimeMs,
        () => 0,
      ));
    if (age > 5000) await rm(mutex, { recursive: true, force: true });
    return 'busy';
  }
  try {
    const verdict = await judge(dataDir, lockDir, staleMs);
    if ('live' in verdict && !verdict.live) await rm(lockDir, { recursive: true, force: true });
    return verdict;
  } finally {
    await rm(mutex, { recursive: true, force: true });
  }
}

function lockedError(dataDir: string, owner: LockOwner | null): UserError {
  const who =
    owner && owner.host === hostname()
      ? `; process ${owner.pid}`
      : owner
        ? `; process ${owner.pid} on ${owner.host}`
        : '';
  return new UserError(
    'conflict',
    `Another Netwell (the desktop app or a web host${who}) is already using the data folder ${dataDir}. ` +
      'Close it first, or choose another folder with --data-dir.',
  );
}

export async function lockDataFolder(
  dataDir: string,
  options: LockOptions = {},
): Promise<DataFolderLock> {
  const staleMs = options.staleMs ?? 10_000;
  await createFolder(dataDir);
  const lockDir = join(dataDir, LOCK_NAME);
  let uncleanStop: DataFolderLock['uncleanStop'] = null;
  for (let attempt = 0; ; attempt++) {
    try {
      await mkdir(lockDir, { mode: 0o700 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const verdict = await judge(dataDir, lockDir, staleMs);
    if ('live' in verdict && verdict.live) throw lockedError(dataDir, verdict.owner);
    if (attempt >= 20) throw lockedError(dataDir, null);
    if ('live' in verdict) {
      const taken = await takeOver(dataDir, lockDir, staleMs);
      if (taken === 'busy') await pause(50 + attempt * 25);
      else if ('live' in taken && taken.live) throw lockedError(dataDir, taken.owner);
      else if ('live' in taken)
        uncleanStop = { pid: taken.owner?.pid ?? null, host: taken.owner?.host ?? null };
    }
  }
  heldHere.add(lockDir);
  const owner = me();
  try {
    await writeOwner(lockDir, owner);
  } catch (error) {
    heldHere.delete(lockDir);
    await rm(lockDir, { recursive: true, force: true });
    throw error;
  }

  // Refresh (the owner file's and the folder's times) so a newcomer from another host, or an older
  // Netwell, sees the lock in use. A refresh that finds the lock gone takes it again; one that finds
  // another owner reports it once and never throws: the owner must not crash.
  let released = false;
  let lost = false;
  let refreshing: Promise<void> = Promise.resolve();
  const refresh = async () => {
    const current = await readOwner(lockDir);
    if (current && (current.pid !== owner.pid || current.host !== owner.host)) {
      if (!lost) options.onLost?.(current);
      lost = true;
      return;
    }
    if (!current) await mkdir(lockDir, { mode: 0o700 }).catch(() => undefined);
    await writeOwner(lockDir, owner);
  };
  const timer = setInterval(
    () => {
      refreshing = refreshing.then(() => (released ? undefined : refresh())).catch(() => undefined);
    },
    Math.max(1000, Math.floor(staleMs / 2)),
  );
  // The lock never keeps a process alive: a process that exits without closing leaves a dead pid.
  timer.unref();

  return {
    uncleanStop,
    async release() {
      if (released) return;
      released = true;
      clearInterval(timer);
      await refreshing;
      heldHere.delete(lockDir);
      if (lost) return;
      await rm(lockDir, { recursive: true, force: true });
    },
  };
}
