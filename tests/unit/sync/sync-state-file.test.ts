import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYNC_STATE_NAME, SyncStateFileStore } from '../../../electron/core/sync/sync-state-file';
import { emptyCollectionState, type SyncStateFile } from '../../../electron/core/sync/sync-state';
import { ManualClock } from '../../fixtures/manual-clock';
import { tempDir } from '../temp-dir';

/** `netwell-sync.json`: what sync remembers, per account; a damaged file is moved aside, never lost. */
const account = 'ana@https://dav.example.org/ https://dav.example.org/ana/book/ ';

const fresh = (forAccount = account): SyncStateFile => ({
  format: 'netwell-sync',
  version: 1,
  account: forAccount,
  contacts: null,
  calendar: null,
  windows: [],
});

const remembered = (): SyncStateFile => ({
  ...fresh(),
  contacts: {
    ...emptyCollectionState('https://dav.example.org/ana/book/'),
    token: 'http://radicale.org/ns/sync/4f1c',
    items: [
      {
        href: '/ana/book/a.vcf',
        etag: '"e1"',
        localId: 'c-1',
        uid: 'a',
        base: { name: 'Ana Lima', emails: ['ana@example.org'] },
        raw: 'BEGIN:VCARD\r\nVERSION:3.0\r\nUID:a\r\nFN:Ana Lima\r\nEND:VCARD\r\n',
      },
    ],
    conflicts: [
      { href: '/ana/book/a.vcf', localId: 'c-1', field: 'company', netwell: 'A', server: 'B' },
    ],
    held: { side: 'server', hrefs: ['/ana/book/b.vcf'], names: ['Bruno'], approved: false },
  },
  windows: [{ uid: 'w-1', href: '/ana/cal/w-1.ics', etag: '"w"', ics: 'BEGIN:VCALENDAR' }],
});

const setUp = () => {
  const dir = tempDir();
  const clock = new ManualClock('2026-03-02T09:00:00.123Z');
  const files = new SyncStateFileStore(dir, clock);
  return { dir, clock, files, path: join(dir, SYNC_STATE_NAME) };
};

describe('SyncStateFileStore', () => {
  it('starts afresh when there is no file yet, and writes nothing', async () => {
    const { dir, files } = setUp();
    expect(await files.load(account)).toEqual({ state: fresh(), setAside: null });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('saves and loads back the same state, in a file only the user can read', async () => {
    const { files, path } = setUp();
    await files.save(remembered());
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await files.load(account)).toEqual({ state: remembered(), setAside: null });
  });

  it("starts afresh for another account, and leaves that account's file untouched", async () => {
    const { dir, files, path } = setUp();
    await files.save(remembered());
    const before = readFileSync(path);
    const other = 'bruno@https://dav.example.org/ https://dav.example.org/bruno/book/ ';
    expect(await files.load(other)).toEqual({ state: fresh(other), setAside: null });
    expect(readFileSync(path)).toEqual(before);
    expect(readdirSync(dir)).toEqual([SYNC_STATE_NAME]);
  });

  it.each([
    ['not JSON', '{"format":"netwell-sync","version":1,"acc'],
    ['another format', JSON.stringify({ format: 'netwell-data', version: 1, account })],
    ['a newer version', JSON.stringify({ ...fresh(), version: 2 })],
    ['a wrong field', JSON.stringify({ ...fresh(), contacts: { url: 42 } })],
    ['not an object', '[]'],
  ])('moves a file that is %s aside, stamped, and starts afresh', async (_, text) => {
    const { dir, files, path } = setUp();
    writeFileSync(path, text);
    const loaded = await files.load(account);
    const aside = join(dir, 'netwell-sync.unreadable-2026-03-02T09-00-00-123Z.json');
    expect(loaded).toEqual({ state: fresh(), setAside: aside });
    expect(readFileSync(aside, 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual([`netwell-sync.unreadable-2026-03-02T09-00-00-123Z.json`]);
  });

  it('never overwrites a file set aside before: each damaged file keeps its own copy', async () => {
    const { dir, clock, files, path } = setUp();
    writeFileSync(path, 'first damage');
    const first = (await files.load(account)).setAside;
    await files.save(fresh());
    clock.advance(60_000);
    writeFileSync(path, 'second damage');
    const second = (await files.load(account)).setAside;
    expect(second).not.toBe(first);
    expect(readFileSync(first!, 'utf8')).toBe('first damage');
    expect(readFileSync(second!, 'utf8')).toBe('second damage');
    expect(readdirSync(dir).sort()).toHaveLength(2);
  });

  it('removes the file after a disconnect, and a second remove is no error', async () => {
    const { dir, files } = setUp();
    await files.save(remembered());
    await files.remove();
    await files.remove();
    expect(readdirSync(dir)).toEqual([]);
    expect((await files.load(account)).state).toEqual(fresh());
  });
});
