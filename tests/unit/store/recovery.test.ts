import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../fixtures/manual-clock';
import { UserError } from '../../../electron/core/errors';
import { Backups } from '../../../electron/core/store/backups';
import { DATA_FILE, openStore, type StoreNotice } from '../../../electron/core/store/open-store';
import { makeContact } from '../../fixtures/contact';
import { tempDir } from '../temp-dir';

const JOURNAL = 'netwell-data.journal';

async function open(dir: string, clock: ManualClock) {
  const notices: StoreNotice[] = [];
  const store = await openStore({ dataDir: dir, clock, notify: (n) => notices.push(n) });
  return { store, notices };
}

/** The folder as a crash would leave it: the files on disk now, without the lock. */
function crashCopy(dir: string): string {
  const copy = tempDir();
  cpSync(dir, copy, { recursive: true, filter: (src) => !src.endsWith('netwell.lock') });
  return copy;
}

describe('recovery never leaves less than there was', () => {
  it('backs up the changes a start replayed from the journal (they were in no backup)', async () => {
    const dir = tempDir();
    const clock = new ManualClock('2026-03-01T10:00:00Z');
    const first = await open(dir, clock);
    await first.store.settled(); // the first start's backup: empty data
    for (let i = 0; i < 100; i++) {
      await first.store.update(
        (d) => void d.contacts.push(makeContact(`c${i}`, { name: `C${i}` })),
      );
    }
    // A crash: the process is gone, the journal holds the 100 changes, no backup does.
    const crashed = crashCopy(dir);
    await first.store.close();

    clock.advance(60_000); // a restart, well within the hour between automatic backups
    const second = await open(crashed, clock);
    expect(second.store.read().contacts).toHaveLength(100);
    await second.store.close();

    writeFileSync(join(crashed, DATA_FILE), '{"version": 5, "contacts": [ {"trunc');
    clock.advance(60_000);
    const third = await open(crashed, clock);
    expect(third.notices[0]!.message).toMatch(/restored the backup from 2026-03-01 10:01 UTC/);
    expect(third.store.read().contacts).toHaveLength(100);
    await third.store.close();
  });

  it('refuses a damaged data file whose newest backup is from a newer Netwell, touching nothing', async () => {
    const dir = tempDir();
    const clock = new ManualClock('2026-03-01T10:00:00Z');
    const first = await open(dir, clock);
    await first.store.update((d) => void d.contacts.push(makeContact('a', { name: 'Ana' })));
    await first.store.close();
    const backups = await new Backups(join(dir, 'backups')).list();
    for (const b of backups) {
      writeFileSync(b.file, JSON.stringify({ version: 99, contacts: [], trash: [], future: 1 }));
    }
    const damaged = '{"version": 5, "contacts": [ {"trunc';
    writeFileSync(join(dir, DATA_FILE), damaged);
    const error = await open(dir, clock).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('unavailable');
    expect((error as UserError).message).toBe(
      `Netwell cannot open ${join(dir, DATA_FILE)} (is not valid JSON (it may be damaged or truncated)), ` +
        `and its newest backup, ${backups[0]!.file}, is from a newer Netwell. ` +
        'Update Netwell to restore it; your data was not touched.',
    );
    // Not moved aside, not replaced: the newer Netwell can still restore it.
    expect(readFileSync(join(dir, DATA_FILE), 'utf8')).toBe(damaged);
    expect(readdirSync(dir).some((f) => f.includes('unreadable'))).toBe(false);
    expect(existsSync(join(dir, 'netwell.lock'))).toBe(false);
  });

  it('tells the whole notice when the first line of the journal is garbage', async () => {
    const dir = tempDir();
    const clock = new ManualClock('2026-03-01T10:00:00Z');
    const first = await open(dir, clock);
    await first.store.settled();
    for (const name of ['Ana', 'Ben']) {
      await first.store.update((d) => void d.contacts.push(makeContact(name, { name })));
    }
    const crashed = crashCopy(dir);
    await first.store.close();
    const text = readFileSync(join(crashed, JOURNAL), 'utf8').split('\n');
    text[0] = 'garbage, not JSON';
    writeFileSync(join(crashed, JOURNAL), text.join('\n'));
    const again = await open(crashed, clock);
    expect(again.store.read().contacts).toEqual([]);
    const aside = readdirSync(crashed).find((f) => f.startsWith(`${JOURNAL}.unreadable-`))!;
    expect(again.notices.map((n) => n.message)).toEqual([
      'Some of your latest changes could not be read (line 1 of netwell-data.journal is damaged). ' +
        `The change journal was moved to ${join(crashed, aside)} and left untouched; ` +
        'Netwell kept your data as of the last saved copy.',
    ]);
    await again.store.close();
  });
});
