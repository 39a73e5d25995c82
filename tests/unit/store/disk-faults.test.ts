import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ManualClock } from '../../fixtures/manual-clock';
import { UserError } from '../../../electron/core/errors';
import { openSettings, type ConfFactory } from '../../../electron/core/settings/settings-store';
import { compactFiles } from '../../../electron/core/store/compaction';
import { dataFolderError, DISK_FULL_MESSAGE } from '../../../electron/core/store/file-errors';
import { DATA_FILE, openStore, type StoreNotice } from '../../../electron/core/store/open-store';
import { applyJsonPatches } from '../../../electron/core/store/patches';
import { makeContact } from '../../fixtures/contact';
import { tempDir } from '../temp-dir';

const clock = new ManualClock('2026-03-01T10:00:00Z');
const enospc = () =>
  Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

async function open(dir: string) {
  const notices: StoreNotice[] = [];
  const store = await openStore({ dataDir: dir, clock, notify: (n) => notices.push(n) });
  return { store, notices };
}

const add =
  (name: string, notes = '') =>
  (d: { contacts: unknown[] }) =>
    void d.contacts.push(makeContact(name, { name, notes }));

/** Whether this process may mount a tmpfs (root on Linux); the real-disk cases need it. */
function canMount(): boolean {
  if (process.platform !== 'linux') return false;
  const probe = fs.mkdtempSync('/tmp/netwell-mount-probe-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}
const mountable = canMount();

/** A small tmpfs at a fresh temporary folder, unmounted after the test. */
function tmpfs(options: string): string {
  const dir = tempDir();
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
  onTestFinished(() => {
    try {
      execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
    } catch {
      // Already unmounted.
    }
  });
  return dir;
}

afterEach(() => vi.restoreAllMocks());

describe('a full disk', () => {
  it('refuses the change in words, raises one notice, loses nothing, and saves again once there is room', async () => {
    const dir = tempDir();
    const { store, notices } = await open(dir);
    await store.settled();
    await store.update(add('Ana'));
    const probe = await openFile(join(dir, 'probe'), 'w');
    const proto = Object.getPrototypeOf(probe) as { datasync: () => Promise<void> };
    await probe.close();
    rmSync(join(dir, 'probe'));
    vi.spyOn(proto, 'datasync').mockRejectedValue(enospc());
    for (const name of ['Ben', 'Cy']) {
      const error = await store.update(add(name)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).code).toBe('unavailable');
      expect((error as UserError).message).toBe(DISK_FULL_MESSAGE);
    }
    expect(DISK_FULL_MESSAGE).toBe(
      'The disk is full, so this change was not saved. Free some space and try again; nothing else was lost.',
    );
    expect(notices.map((n) => [n.level, n.message])).toEqual([
      [
        'error',
        `The disk holding ${dir} is full: Netwell could not save your latest change (nor its backups). ` +
          'Free some space; what was saved before is safe, and saving works again by itself.',
      ],
    ]);
    vi.restoreAllMocks();
    await store.update(add('Dee'));
    expect(store.read().contacts.map((c) => c.name)).toEqual(['Ana', 'Dee']);
    await store.close();
    const again = await open(dir);
    expect(again.store.read().contacts.map((c) => c.name)).toEqual(['Ana', 'Dee']);
    await again.store.close();
  });

  it('a failed compaction removes its temporary file', () => {
    const dir = tempDir();
    const snapshot = join(dir, DATA_FILE);
    writeFileSync(snapshot, JSON.stringify({ version: 5, contacts: [], trash: [] }));
    writeFileSync(
      join(dir, 'netwell-data.journal.000000000001'),
      `${JSON.stringify({ seq: 1, at: '', patches: [{ op: 'add', path: ['x'], value: 1 }] })}\n`,
    );
    const full = {
      ...fs,
      fsyncSync: () => {
        throw enospc();
      },
    } as typeof fs;
    expect(() =>
      compactFiles(full, applyJsonPatches, {
        snapshot,
        dir,
        segments: [join(dir, 'netwell-data.journal.000000000001')],
      }),
    ).toThrow(/ENOSPC/);
    expect(readdirSync(dir).filter((f) => f.includes('tmp'))).toEqual([]);
  });

  it('removes the temporary files a process that died mid-write left, and only those', async () => {
    const dir = tempDir();
    const first = await open(dir);
    await first.store.close();
    const stale = [
      `${DATA_FILE}.12345.compact.tmp`,
      `${DATA_FILE}.4294967295`,
      `${DATA_FILE}.seal.tmp`,
      'settings.json.tmp-1764000000abc123',
      join('backups', 'netwell-data-20260301T100000000Z.json.tmp'),
      join('backups', 'netwell-safety-20260301T100000000Z.json.991'),
    ];
    const kept = [
      'notes.tmp',
      'netwell-data.unreadable-2026-03-01T10-00-00-000Z.json',
      join('Cache', 'x.tmp'),
    ];
    mkdirSync(join(dir, 'Cache'));
    for (const f of [...stale, ...kept]) writeFileSync(join(dir, f), 'x');
    const second = await open(dir);
    expect(stale.filter((f) => existsSync(join(dir, f)))).toEqual([]);
    expect(kept.filter((f) => existsSync(join(dir, f)))).toEqual(kept);
    await second.store.close();
  });

  it('refuses a settings change in words too, with one notice', () => {
    const dir = tempDir();
    const notices: StoreNotice[] = [];
    const factory: ConfFactory = (o) => {
      const conf = new Conf<Record<string, unknown>>({ ...o, projectName: 'netwell-test' });
      return {
        get store() {
          return conf.store;
        },
        set store(_value) {
          throw enospc();
        },
        path: conf.path,
      };
    };
    const settings = openSettings(dir, factory, clock, (n) => notices.push(n));
    for (let i = 0; i < 2; i++) {
      expect(() => settings.set({ ...settings.get(), theme: 'dark' })).toThrow(DISK_FULL_MESSAGE);
    }
    expect(settings.get().theme).toBe('system');
    expect(notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/is full: Netwell could not save/),
    ]);
  });

  it.skipIf(!mountable)(
    'on a real full disk (a 256 KB tmpfs): every acknowledged change survives',
    async () => {
      const dir = tmpfs('size=256k');
      const { store, notices } = await open(dir);
      await store.settled();
      const acknowledged: string[] = [];
      let refusal: unknown = null;
      for (let i = 0; i < 400 && !refusal; i++) {
        await store.update(add(`C${i}`, 'x'.repeat(2000))).then(
          () => acknowledged.push(`C${i}`),
          (e: unknown) => (refusal = e),
        );
      }
      expect((refusal as UserError).message).toBe(DISK_FULL_MESSAGE);
      expect(notices.filter((n) => /is full/.test(n.message))).toHaveLength(1);
      // Half-written copies are removed at once (the compaction's, the backups').
      await store.settled();
      const temps = (d: string) =>
        readdirSync(d).filter((f) => /\.tmp$|\.\d+$/.test(f) && !f.includes('journal'));
      expect(temps(dir)).toEqual([]);
      await store.close();
      const again = await open(dir);
      expect(again.store.read().contacts.map((c) => c.name)).toEqual(acknowledged);
      await again.store.close();
    },
  );
});

describe('a folder Netwell cannot write', () => {
  it.skipIf(!mountable)(
    'stops with a sentence on a read-only disk, not a raw EROFS line',
    async () => {
      const dir = tmpfs('size=256k');
      const first = await open(dir);
      await first.store.update(add('Ana'));
      await first.store.close();
      execFileSync('mount', ['-o', 'remount,ro', dir]);
      // An existing folder, and a first run (the folder to create: a recursive mkdir says ENOENT).
      for (const folder of [dir, join(dir, 'new', 'Netwell')]) {
        const error = await open(folder).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(UserError);
        expect((error as UserError).message).toBe(
          `Netwell cannot write to its data folder ${folder}: the disk is read-only. ` +
            'Make it writable (or choose another folder with --data-dir) and start Netwell again; nothing was changed.',
        );
      }
    },
  );

  it('words EACCES and EPERM (a folder of another user) and a full disk at start-up', () => {
    const code = (c: string) => Object.assign(new Error(`${c}: raw`), { code: c });
    for (const c of ['EACCES', 'EPERM']) {
      expect(dataFolderError(code(c), '/data')?.message).toMatch(
        /^Netwell cannot write to its data folder \/data: it is not allowed to/,
      );
    }
    expect(dataFolderError(code('ENOSPC'), '/data')?.message).toMatch(
      /^Netwell cannot start: the disk holding its data folder \/data is full/,
    );
    expect(dataFolderError(code('EISDIR'), '/data')).toBeNull();
  });
});

describe('permissions', () => {
  it.skipIf(process.platform === 'win32')(
    'makes the folder 0700 and every file in it 0600, on first run, after writes, and fixes older ones',
    async () => {
      const dir = join(tempDir(), 'Netwell');
      const mode = (f: string) => statSync(join(dir, f)).mode & 0o777;
      const { store } = await open(dir);
      const settings = openSettings(
        dir,
        (o) => new Conf<Record<string, unknown>>({ ...o, projectName: 'netwell-test' }),
        clock,
        () => {},
      );
      settings.set({ ...settings.get(), theme: 'dark' });
      await store.update(add('Ana'));
      await store.settled();
      expect(mode('.')).toBe(0o700);
      expect(mode('netwell.lock')).toBe(0o700);
      expect(mode('netwell.lock/owner.json')).toBe(0o600);
      expect(mode('backups')).toBe(0o700);
      for (const f of readdirSync(dir).filter((f) => !['netwell.lock', 'backups'].includes(f))) {
        expect([f, mode(f)]).toEqual([f, 0o600]);
      }
      for (const f of readdirSync(join(dir, 'backups'))) {
        expect([f, mode(join('backups', f))]).toEqual([f, 0o600]);
      }
      expect(readdirSync(dir)).toEqual(
        expect.arrayContaining([
          DATA_FILE,
          `${DATA_FILE}.seal`,
          'netwell-data.journal',
          'settings.json',
        ]),
      );
      await store.close();

      // A folder an older Netwell left readable by all is made private at the next start.
      fs.chmodSync(dir, 0o755);
      fs.chmodSync(join(dir, 'backups'), 0o755);
      for (const f of [
        DATA_FILE,
        'settings.json',
        join('backups', readdirSync(join(dir, 'backups'))[0]!),
      ]) {
        fs.chmodSync(join(dir, f), 0o644);
      }
      const again = await open(dir);
      expect(mode('.')).toBe(0o700);
      expect(mode('backups')).toBe(0o700);
      for (const f of readdirSync(dir).filter((f) => !['netwell.lock', 'backups'].includes(f))) {
        expect([f, mode(f)]).toEqual([f, 0o600]);
      }
      for (const f of readdirSync(join(dir, 'backups'))) {
        expect([f, mode(join('backups', f))]).toEqual([f, 0o600]);
      }
      await again.store.close();
    },
  );
});
