import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../fixtures/manual-clock';
import { UserError } from '../../../electron/core/errors';
import { Backups } from '../../../electron/core/store/backups';
import { emptyData } from '../../../electron/core/store/data-schema';
import { DATA_FILE, openStore, type StoreNotice } from '../../../electron/core/store/open-store';
import { makeContact } from '../../fixtures/contact';
import { tempDir } from '../temp-dir';

const contact = (id: string, name: string) => makeContact(id, { name });

async function open(dir: string, clock = new ManualClock('2026-03-01T10:00:00Z')) {
  const notices: StoreNotice[] = [];
  const store = await openStore({ dataDir: dir, clock, notify: (n) => notices.push(n) });
  return { store, notices, clock };
}

describe('openStore', () => {
  it('creates a versioned data file on first run and persists updates', async () => {
    const dir = tempDir();
    const { store } = await open(dir);
    expect(JSON.parse(readFileSync(join(dir, DATA_FILE), 'utf8'))).toEqual(emptyData());
    await store.update((d) => void d.contacts.push(contact('a', 'Ana')));
    await store.close();
    const again = await open(dir);
    expect(again.store.read().contacts.map((c) => c.name)).toEqual(['Ana']);
    await again.store.close();
  });

  it('leaves data untouched when a change throws or the write fails', async () => {
    const dir = tempDir();
    const { store } = await open(dir);
    await store.update((d) => void d.contacts.push(contact('a', 'Ana')));
    await expect(
      store.update((d) => {
        d.contacts.push(contact('b', 'Ben'));
        throw new UserError('invalid_input', 'no');
      }),
    ).rejects.toThrow('no');
    expect(store.read().contacts).toHaveLength(1);
    // The failed change wrote nothing: the data file and its journal only, and one line in it.
    expect(readdirSync(dir).filter((f) => f.startsWith('netwell-data'))).toEqual([
      'netwell-data.journal',
      DATA_FILE,
      `${DATA_FILE}.seal`,
    ]);
    expect(readFileSync(join(dir, 'netwell-data.journal'), 'utf8').trim().split('\n')).toHaveLength(
      1,
    );
    await store.close();
  });

  it('hands back plain records from an update, also inside objects and arrays', async () => {
    const dir = tempDir();
    const { store } = await open(dir);
    await store.update((d) => void d.contacts.push(contact('a', 'Ana'), contact('b', 'Ben')));
    const result = await store.update((d) => {
      d.contacts[0]!.notes = 'changed';
      return { first: d.contacts[0]!, all: d.contacts.slice(0, 2) };
    });
    // Reading them after the update must not touch a revoked draft.
    expect(result.first.notes).toBe('changed');
    expect(result.all.map((c) => c.name)).toEqual(['Ana', 'Ben']);
    await store.close();
  });

  it('runs updates one at a time so none is lost', async () => {
    const dir = tempDir();
    const { store } = await open(dir);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.update((d) => void d.contacts.push(contact(`c${i}`, `C${i}`))),
      ),
    );
    expect(store.read().contacts).toHaveLength(20);
    await store.close();
    const again = await open(dir);
    expect(again.store.read().contacts).toHaveLength(20);
    await again.store.close();
  });

  it('moves a corrupt file aside, never overwrites it, and restores the newest good backup', async () => {
    const dir = tempDir();
    const clock = new ManualClock('2026-03-01T10:00:00Z');
    const first = await open(dir, clock);
    await first.store.update((d) => void d.contacts.push(contact('a', 'Ana')));
    clock.advance(2 * 3600_000);
    await first.store.update((d) => void d.contacts.push(contact('b', 'Ben')));
    await first.store.close();
    expect((await new Backups(join(dir, 'backups')).list()).length).toBeGreaterThanOrEqual(2);

    const garbage = '{"version": 1, "contacts": [ {"trunc';
    writeFileSync(join(dir, DATA_FILE), garbage);
    clock.advance(60_000);
    const second = await open(dir, clock);
    expect(second.store.read().contacts.map((c) => c.name)).toEqual(['Ana', 'Ben']);
    const aside = readdirSync(dir).find((f) => f.includes('.unreadable-'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(dir, aside!), 'utf8')).toBe(garbage);
    expect(second.notices).toHaveLength(1);
    expect(second.notices[0]!.level).toBe('warning');
    expect(second.notices[0]!.message).toMatch(
      /could not be read.*moved to .*restored the backup from 2026-03-01 12:00/,
    );
    await second.store.close();
  });

  it('skips unreadable backups and starts empty, saying so, when none is usable', async () => {
    const dir = tempDir();
    const first = await open(dir);
    await first.store.close();
    for (const b of await new Backups(join(dir, 'backups')).list())
      writeFileSync(b.file, 'not json');
    writeFileSync(
      join(dir, DATA_FILE),
      JSON.stringify({ version: 1, contacts: 'nope', trash: [] }),
    );
    const second = await open(dir);
    expect(second.store.read().contacts).toEqual([]);
    expect(second.notices[0]!.level).toBe('error');
    expect(second.notices[0]!.message).toMatch(/no usable backup/);
    await second.store.close();
  });

  it('refuses a file from a newer version without touching it', async () => {
    const dir = tempDir();
    const newer = JSON.stringify({ version: 99, contacts: [], trash: [], future: true });
    writeFileSync(join(dir, DATA_FILE), newer);
    await expect(open(dir)).rejects.toThrow(/newer Netwell.*Update Netwell/);
    expect(readFileSync(join(dir, DATA_FILE), 'utf8')).toBe(newer);
    expect(readdirSync(dir).some((f) => f.includes('unreadable'))).toBe(false);
    // The lock was released: the folder can be opened again once the file is fixed.
    writeFileSync(join(dir, DATA_FILE), JSON.stringify({ version: 1, contacts: [], trash: [] }));
    const ok = await open(dir);
    await ok.store.close();
  });

  it('lets only one process write a data folder at a time', async () => {
    const dir = tempDir();
    const first = await open(dir);
    const error = await open(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('conflict');
    expect((error as UserError).message).toMatch(/already using the data folder/);
    await first.store.close();
    const second = await open(dir);
    await second.store.close();
  });

  it('backs up at a clean close whatever changed since the last backup', async () => {
    const dir = tempDir();
    const { store, clock } = await open(dir);
    await store.settled(); // the start-up backup runs in the background
    const before = (await new Backups(join(dir, 'backups')).list()).length;
    clock.advance(60_000);
    await store.update((d) => void d.contacts.push(contact('a', 'Ana')));
    await store.close();
    const backups = await new Backups(join(dir, 'backups')).list();
    expect(backups).toHaveLength(before + 1);
    expect(JSON.parse(readFileSync(backups[0]!.file, 'utf8')).contacts[0].name).toBe('Ana');
  });

  it('keeps a rolling set of at most ten backups, one per hour of changes', async () => {
    const dir = tempDir();
    const { store, clock } = await open(dir);
    for (let i = 0; i < 14; i++) {
      clock.advance(3600_000);
      await store.update((d) => void d.contacts.push(contact(`c${i}`, `C${i}`)));
      await store.update((d) => void (d.contacts[0]!.notes = `edit ${i}`));
    }
    const backups = await new Backups(join(dir, 'backups')).list();
    expect(backups).toHaveLength(10);
    expect(backups[0]!.at.toISOString()).toBe(clock.now().toISOString());
    expect(existsSync(backups[0]!.file)).toBe(true);
    await store.close();
  });
});
