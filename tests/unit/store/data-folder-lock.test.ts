import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../fixtures/manual-clock';
import { UserError } from '../../../electron/core/errors';
import {
  lockDataFolder,
  processStartTime,
  type LockOwner,
} from '../../../electron/core/store/data-folder-lock';
import { openStore, type StoreNotice } from '../../../electron/core/store/open-store';
import { makeContact } from '../../fixtures/contact';
import { tempDir } from '../temp-dir';

const LOCK = 'netwell.lock';

async function open(dir: string, lockStaleMs?: number) {
  const notices: StoreNotice[] = [];
  const store = await openStore({
    dataDir: dir,
    clock: new ManualClock('2026-03-01T10:00:00Z'),
    notify: (n) => notices.push(n),
    ...(lockStaleMs ? { lockStaleMs } : {}),
  });
  return { store, notices };
}

/** A lock as a process that is gone (or another) would have left it. */
function leaveLock(dir: string, owner: Partial<LockOwner> | null, ageMs = 0) {
  const lockDir = join(dir, LOCK);
  mkdirSync(lockDir, { recursive: true });
  if (owner) {
    const full = { app: 'netwell', host: hostname(), started: null, ...owner };
    writeFileSync(join(lockDir, 'owner.json'), JSON.stringify(full));
  }
  if (ageMs > 0) {
    const then = new Date(Date.now() - ageMs);
    if (owner) utimesSync(join(lockDir, 'owner.json'), then, then);
    utimesSync(lockDir, then, then);
  }
}

/** The pid of a process that has exited. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ['-e', '']).pid!;
  expect(() => process.kill(pid, 0)).toThrow();
  return pid;
}

const children: ChildProcess[] = [];
async function livePid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  children.push(child);
  await once(child, 'spawn');
  return child.pid!;
}
afterEach(async () => {
  for (const child of children.splice(0)) {
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  }
});

const refusal = async (dir: string) => {
  const error = await open(dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).code).toBe('conflict');
  return (error as UserError).message;
};

describe('the data folder lock (pid and host)', () => {
  it('records its owner: pid, host name and, on Linux, the process start time', async () => {
    const dir = tempDir();
    const { store } = await open(dir);
    const owner = JSON.parse(readFileSync(join(dir, LOCK, 'owner.json'), 'utf8')) as LockOwner;
    expect(owner).toEqual({
      app: 'netwell',
      pid: process.pid,
      host: hostname(),
      started: processStartTime(process.pid),
    });
    if (process.platform === 'linux') expect(owner.started).toMatch(/^\d+$/);
    await store.close();
    expect(existsSync(join(dir, LOCK))).toBe(false);
  });

  it('takes over at once the lock of a dead process on this host, and says it recovers from an unclean stop', async () => {
    const dir = tempDir();
    const pid = deadPid();
    leaveLock(dir, { pid });
    const started = performance.now();
    const { store, notices } = await open(dir);
    // No waiting for the lock to go stale (it was 10 s).
    expect(performance.now() - started).toBeLessThan(3000);
    expect(notices.map((n) => n.message)).toEqual([
      `Netwell is recovering from an unclean stop: the last run (process ${pid}) ended without closing. Every change it had saved is kept.`,
    ]);
    expect(notices[0]!.level).toBe('info');
    await store.close();
  });

  it('refuses a newcomer while the owner on this host is alive, however old its lock looks', async () => {
    const dir = tempDir();
    const pid = await livePid();
    // An hour without a refresh: the owner's event loop was blocked, or the machine slept.
    leaveLock(dir, { pid, started: processStartTime(pid) }, 3600_000);
    const before = readFileSync(join(dir, LOCK, 'owner.json'), 'utf8');
    expect(await refusal(dir)).toBe(
      `Another Netwell (the desktop app or a web host; process ${pid}) is already using the data folder ${dir}. ` +
        'Close it first, or choose another folder with --data-dir.',
    );
    expect(readFileSync(join(dir, LOCK, 'owner.json'), 'utf8')).toBe(before);
  });

  it.skipIf(process.platform !== 'linux')(
    'treats a recorded pid now used by an unrelated process (another start time) as dead',
    async () => {
      const dir = tempDir();
      const pid = await livePid();
      leaveLock(dir, { pid, started: '1' });
      const { store, notices } = await open(dir);
      expect(notices[0]!.message).toMatch(/recovering from an unclean stop/);
      await store.close();
    },
  );

  it('judges a lock from another host (or an older Netwell) by how recently it was refreshed', async () => {
    const dir = tempDir();
    leaveLock(dir, { pid: 1, host: 'elsewhere' });
    expect(await refusal(dir)).toMatch(/; process 1 on elsewhere\) is already using/);
    leaveLock(dir, { pid: 1, host: 'elsewhere' }, 60_000);
    const { store, notices } = await open(dir);
    expect(notices[0]!.message).toMatch(
      /^Netwell is recovering from an unclean stop: the last run \(process 1 on elsewhere\) ended/,
    );
    await store.close();

    // proper-lockfile's lock (an older Netwell): a bare folder, refreshed by its time.
    leaveLock(dir, null);
    expect(await refusal(dir)).toMatch(/is already using the data folder/);
    leaveLock(dir, null, 60_000);
    const again = await open(dir);
    expect(again.notices[0]!.message).toMatch(
      /^Netwell is recovering from an unclean stop: the last run ended/,
    );
    await again.store.close();
  });

  it('lets exactly one of two newcomers take a stale lock', async () => {
    const dir = tempDir();
    leaveLock(dir, { pid: deadPid() });
    const results = await Promise.allSettled([lockDataFolder(dir), lockDataFolder(dir)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    for (const r of results) if (r.status === 'fulfilled') await r.value.release();
  });

  it('keeps its lock through an event loop blocked past the stale time, without crashing', async () => {
    const dir = tempDir();
    const { store } = await open(dir, 1000);
    const until = performance.now() + 2500;
    while (performance.now() < until) {
      // Blocked: no refresh runs (proper-lockfile called this "compromised" and threw).
    }
    await new Promise((r) => setTimeout(r, 1500));
    const owner = JSON.parse(readFileSync(join(dir, LOCK, 'owner.json'), 'utf8')) as LockOwner;
    expect(owner.pid).toBe(process.pid);
    expect(await refusal(dir)).toMatch(/already using/);
    await store.update((d) => void d.contacts.push(makeContact('a', { name: 'Ana' })));
    await store.close();
  });

  it('stops saving, and says so, when another host took the lock while it was not responding', async () => {
    const dir = tempDir();
    const { store, notices } = await open(dir, 1000);
    writeFileSync(
      join(dir, LOCK, 'owner.json'),
      JSON.stringify({ app: 'netwell', pid: 42, host: 'elsewhere', started: null }),
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(notices.map((n) => n.message)).toEqual([
      `Another Netwell (process 42 on elsewhere) took over the data folder ${dir} while this one was not responding. ` +
        'This one no longer saves changes: close it and use the other one.',
    ]);
    await expect(
      store.update((d) => void d.contacts.push(makeContact('a', { name: 'Ana' }))),
    ).rejects.toThrow(/now uses this data folder; the change was not saved here/);
    await store.close();
    // Its lock is the other one's: closing leaves it.
    expect(existsSync(join(dir, LOCK, 'owner.json'))).toBe(true);
  });
});
