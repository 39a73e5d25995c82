import {
  appendFileSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ManualClock } from '../../fixtures/manual-clock';
import { compactFiles } from '../../../electron/core/store/compaction';
import {
  DATA_FILE,
  documentFormat,
  openDocumentStore,
  openStore,
  type StoreNotice,
} from '../../../electron/core/store/open-store';
import { applyJsonPatches } from '../../../electron/core/store/patches';
import { makeContact } from '../../fixtures/contact';
import { tempDir } from '../temp-dir';

const JOURNAL = 'netwell-data.journal';
const contact = (id: string, name: string) => makeContact(id, { name });

async function open_(dir: string, extra: { lines?: number } = {}) {
  const notices: StoreNotice[] = [];
  const clock = new ManualClock('2026-03-01T10:00:00Z');
  const store = await openStore({
    dataDir: dir,
    clock,
    notify: (n) => notices.push(n),
    ...(extra.lines ? { compactAfter: { lines: extra.lines } } : {}),
  });
  return { store, notices, clock };
}

/** The folder as a crash would leave it: the files on disk now, without the lock. */
function crashCopy(dir: string): string {
  const copy = tempDir();
  cpSync(dir, copy, { recursive: true, filter: (src) => !src.endsWith('netwell.lock') });
  return copy;
}

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { seq: number; patches: unknown[] });

const snapshot = (dir: string) =>
  JSON.parse(readFileSync(join(dir, DATA_FILE), 'utf8')) as Record<string, unknown>;

afterEach(() => vi.restoreAllMocks());

describe('store journal', () => {
  it('appends one small line per update and replays it after a crash', async () => {
    const dir = tempDir();
    const { store } = await open_(dir);
    await store.update((d) => void d.contacts.push(contact('a', 'Ana')));
    await store.update((d) => void d.contacts.push(contact('b', 'Ben')));
    await store.update((d) => void (d.contacts[0]!.notes = 'coffee'));
    const written = lines(join(dir, JOURNAL));
    expect(written.map((l) => l.seq)).toEqual([1, 2, 3]);
    // An edit writes the changed field only, not the contact or the data.
    expect(written[2]!.patches).toEqual([
      { op: 'replace', path: ['contacts', 0, 'notes'], value: 'coffee' },
    ]);
    // The snapshot was not rewritten.
    expect(snapshot(dir)['contacts']).toEqual([]);

    const again = await open_(crashCopy(dir));
    expect(again.store.read()).toEqual(store.read());
    expect(again.notices).toEqual([]);
    await again.store.close();
    await store.close();
  });

  it('removes from the middle of a large list with a one-line patch', async () => {
    const dir = tempDir();
    const { store } = await open_(dir);
    await store.update((d) => {
      for (let i = 0; i < 500; i++) d.contacts.push(contact(`c${i}`, `C${i}`));
    });
    await store.update((d) => {
      const i = d.contacts.findIndex((c) => c.id === 'c10');
      d.contacts.splice(i, 1);
    });
    const last = lines(join(dir, JOURNAL)).at(-1)!;
    expect(last.patches).toEqual([{ op: 'remove', path: ['contacts', 10] }]);
    const again = await open_(crashCopy(dir));
    expect(again.store.read().contacts.map((c) => c.id)).toEqual(
      store.read().contacts.map((c) => c.id),
    );
    await again.store.close();
    await store.close();
  });

  it('group-commits updates made together: one fsync, every line, in order', async () => {
    const dir = tempDir();
    const { store } = await open_(dir);
    const probe = await open(join(dir, 'probe'), 'w');
    const proto = Object.getPrototypeOf(probe) as { datasync: () => Promise<void> };
    await probe.close();
    const datasync = vi.spyOn(proto, 'datasync');
    const done = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.update((d) => {
          d.contacts.push(contact(`c${i}`, `C${i}`));
          return d.contacts.length;
        }),
      ),
    );
    expect(done).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(datasync).toHaveBeenCalledTimes(1);
    expect(lines(join(dir, JOURNAL)).map((l) => l.seq)).toEqual(done);
    await store.close();
  });

  it('a failed append changes nothing, refuses the changes queued with it, and the next one works', async () => {
    const dir = tempDir();
    const { store } = await open_(dir);
    await store.update((d) => void d.contacts.push(contact('a', 'Ana')));
    const probe = await open(join(dir, 'probe'), 'w');
    const proto = Object.getPrototypeOf(probe) as { datasync: () => Promise<void> };
    await probe.close();
    vi.spyOn(proto, 'datasync').mockRejectedValueOnce(new Error('disk full'));
    const results = await Promise.allSettled([
      store.update((d) => void d.contacts.push(contact('b', 'Ben'))),
      store.update((d) => void d.contacts.push(contact('c', 'Cy'))),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(store.read().contacts.map((c) => c.name)).toEqual(['Ana']);
    expect(lines(join(dir, JOURNAL)).map((l) => l.seq)).toEqual([1]);
    await store.update((d) => void d.contacts.push(contact('d', 'Dee')));
    expect(lines(join(dir, JOURNAL)).map((l) => l.seq)).toEqual([1, 2]);
    const again = await open_(crashCopy(dir));
    expect(again.store.read().contacts.map((c) => c.name)).toEqual(['Ana', 'Dee']);
    await again.store.close();
    await store.close();
  });

  it('ignores and truncates a torn last line (a crash mid-append)', async () => {
    const dir = tempDir();
    const { store } = await open_(dir);
    await store.update((d) => void d.contacts.push(contact('a', 'Ana')));
    await store.update((d) => void d.contacts.push(contact('b', 'Ben')));
    const copy = crashCopy(dir);
    await store.close();
    const good = readFileSync(join(copy, JOURNAL), 'utf8');
    appendFileSync(join(copy, JOURNAL), '{"seq":3,"at":"2026-03-01T10:00:00.000Z","patches":[{"op');
    const again = await open_(copy);
    expect(again.store.read().contacts.map((c) => c.name)).toEqual(['Ana', 'Ben']);
    expect(again.notices).toEqual([]);
    expect(readFileSync(join(copy, JOURNAL), 'utf8')).toBe(good);
    await again.store.update((d) => void d.contacts.push(contact('c', 'Cy')));
    // The start-up backup may fold 1 and 2 into the snapshot meanwhile (when depends on the
    // machine's load); either way the torn text is gone and the next change is 3.
    expect([[1, 2, 3], [3]]).toContainEqual(lines(join(copy, JOURNAL)).map((l) => l.seq));
    await again.store.close();
    const reopened = await open_(copy);
    expect(reopened.store.read().contacts.map((c) => c.name)).toEqual(['Ana', 'Ben', 'Cy']);
    await reopened.store.close();
  });

  it('moves a journal with a damaged line in the middle aside, keeps what came before, and says so', async () => {
    const dir = tempDir();
    const { store } = await open_(dir);
    for (const name of ['Ana', 'Ben', 'Cy']) {
      await store.update((d) => void d.contacts.push(contact(name, name)));
    }
    const copy = crashCopy(dir);
    await store.close();
    const text = readFileSync(join(copy, JOURNAL), 'utf8').split('\n');
    text[1] = text[1]!.replace('"patches"', '"patch#es');
    const damaged = text.join('\n');
    writeFileSync(join(copy, JOURNAL), damaged);
    const again = await open_(copy);
    expect(again.store.read().contacts.map((c) => c.name)).toEqual(['Ana']);
    expect(again.notices).toHaveLength(1);
    expect(again.notices[0]!.level).toBe('warning');
    expect(again.notices[0]!.message).toMatch(
      /latest changes could not be read \(line 2 of netwell-data\.journal is damaged\).*moved to .*unreadable.*kept your data as of 2026-03-01 10:00 UTC/,
    );
    const aside = readdirSync(copy).find((f) => f.startsWith(`${JOURNAL}.unreadable-`));
    expect(readFileSync(join(copy, aside!), 'utf8')).toBe(damaged);
    // What was kept is in the snapshot now; new changes go on from there.
    expect(snapshot(copy)['journalSeq']).toBe(1);
    await again.store.update((d) => void d.contacts.push(contact('d', 'Dee')));
    await again.store.close();
    const third = await open_(copy);
    expect(third.store.read().contacts.map((c) => c.name)).toEqual(['Ana', 'Dee']);
    expect(third.notices).toEqual([]);
    await third.store.close();
  });

  it('treats a gap in the sequence like damage: nothing applied on the wrong base', async () => {
    const dir = tempDir();
    const { store } = await open_(dir);
    for (const name of ['Ana', 'Ben', 'Cy']) {
      await store.update((d) => void d.contacts.push(contact(name, name)));
    }
    const copy = crashCopy(dir);
    await store.close();
    const text = readFileSync(join(copy, JOURNAL), 'utf8').split('\n');
    writeFileSync(join(copy, JOURNAL), [text[0], text[2], ''].join('\n'));
    const again = await open_(copy);
    expect(again.store.read().contacts.map((c) => c.name)).toEqual(['Ana']);
    expect(again.notices[0]!.message).toMatch(/changes 2 to 2 are missing/);
    await again.store.close();
  });

  it('never keeps half of a change that does not apply', async () => {
    const dir = tempDir();
    const { store } = await open_(dir);
    await store.update((d) => void d.contacts.push(contact('a', 'Ana')));
    const copy = crashCopy(dir);
    await store.close();
    const bad = {
      seq: 2,
      at: '2026-03-01T10:05:00.000Z',
      patches: [
        { op: 'replace', path: ['contacts', 0, 'notes'], value: 'half' },
        { op: 'replace', path: ['nowhere', 3, 'x'], value: 1 },
      ],
    };
    appendFileSync(join(copy, JOURNAL), `${JSON.stringify(bad)}\n`);
    const again = await open_(copy);
    expect(again.store.read().contacts[0]!.notes).toBe(contact('a', 'Ana').notes);
    expect(again.notices[0]!.message).toMatch(/change 2 does not apply/);
    await again.store.close();
  });

  it('compacts in a worker into the same data, then keeps journaling from there', async () => {
    const dir = tempDir();
    const { store } = await open_(dir);
    for (let i = 0; i < 10; i++) {
      await store.update((d) => void d.contacts.push(contact(`c${i}`, `C${i}`)));
    }
    await store.update((d) => void d.contacts.splice(3, 2));
    const result = await store.compact();
    expect(result).toMatchObject({ journalSeq: 11, applied: 11 });
    expect(snapshot(dir)).toEqual({ ...store.read(), journalSeq: 11 });
    expect(readdirSync(dir).filter((f) => f.startsWith(JOURNAL))).toEqual([JOURNAL]);
    expect(readFileSync(join(dir, JOURNAL), 'utf8')).toBe('');

    await store.update((d) => void (d.contacts[0]!.notes = 'after'));
    expect(lines(join(dir, JOURNAL)).map((l) => l.seq)).toEqual([12]);
    const again = await open_(crashCopy(dir));
    expect(again.store.read()).toEqual(store.read());
    await again.store.close();
    await store.close();
  });

  it('compacts by itself when the journal passes the threshold', async () => {
    const dir = tempDir();
    const { store } = await open_(dir, { lines: 5 });
    for (let i = 0; i < 12; i++) {
      await store.update((d) => void d.contacts.push(contact(`c${i}`, `C${i}`)));
    }
    await store.compact();
    expect(snapshot(dir)['journalSeq']).toBe(12);
    expect((snapshot(dir)['contacts'] as unknown[]).length).toBe(12);
    await store.close();
  });

  it('loads whatever step a compaction crashed at', async () => {
    const dir = tempDir();
    const { store } = await open_(dir);
    for (let i = 0; i < 6; i++) {
      await store.update((d) => void d.contacts.push(contact(`c${i}`, `C${i}`)));
    }
    const expected = store.read();
    const base = crashCopy(dir);
    await store.close();
    const sealed = `${JOURNAL}.000000000006`;

    // 1. Rotated (sealed segment, new empty active one), snapshot not written yet.
    const rotated = crashCopy(base);
    renameSync(join(rotated, JOURNAL), join(rotated, sealed));
    writeFileSync(join(rotated, JOURNAL), '');
    // 2. The worker wrote the new snapshot; the sealed segment is not deleted yet.
    const written = crashCopy(rotated);
    compactFiles(fs, applyJsonPatches, {
      snapshot: join(written, DATA_FILE),
      dir: written,
      segments: [join(written, sealed)],
    });
    expect(snapshot(written)['journalSeq']).toBe(6);
    // 3. Rotated, and more changes went to the new segment before the crash.
    const more = crashCopy(rotated);
    appendFileSync(
      join(more, JOURNAL),
      `${JSON.stringify({ seq: 7, at: '2026-03-01T10:00:00.000Z', patches: [{ op: 'replace', path: ['contacts', 0, 'notes'], value: 'x' }] })}\n`,
    );
    for (const folder of [rotated, written]) {
      const again = await open_(folder);
      expect(again.store.read()).toEqual(expected);
      expect(again.notices).toEqual([]);
      await again.store.close();
      // Closing compacted: one snapshot, an empty journal.
      expect(snapshot(folder)).toEqual({ ...expected, journalSeq: 6 });
      expect(existsSync(join(folder, sealed))).toBe(false);
    }
    const again = await open_(more);
    expect(again.store.read().contacts[0]!.notes).toBe('x');
    await again.store.close();
  });

  it('compacts at close, so the next start reads the snapshot alone', async () => {
    const dir = tempDir();
    const { store } = await open_(dir);
    await store.update((d) => void d.contacts.push(contact('a', 'Ana')));
    await store.update((d) => void d.contacts.push(contact('b', 'Ben')));
    await store.close();
    expect(snapshot(dir)).toMatchObject({ journalSeq: 2 });
    expect((snapshot(dir)['contacts'] as { name: string }[]).map((c) => c.name)).toEqual([
      'Ana',
      'Ben',
    ]);
    expect(readFileSync(join(dir, JOURNAL), 'utf8')).toBe('');
  });

  it('restores a backup and replays the journal written after it', async () => {
    const dir = tempDir();
    const { store } = await open_(dir);
    await store.settled(); // the start-up backup runs in the background
    await store.update((d) => void d.contacts.push(contact('a', 'Ana')));
    // A backup at the start (empty) exists; lines 1.. follow it in the journal.
    const copy = crashCopy(dir);
    await store.close();
    writeFileSync(join(copy, DATA_FILE), '{"version": 2, "contac');
    const again = await open_(copy);
    expect(again.store.read().contacts.map((c) => c.name)).toEqual(['Ana']);
    expect(again.notices).toHaveLength(1);
    expect(again.notices[0]!.message).toMatch(/restored the backup/);
    await again.store.close();
  });

  it('works with any document format (openDocumentStore)', async () => {
    const dir = tempDir();
    const Doc = z.object({
      version: z.literal(1),
      interactions: z.array(z.object({ id: z.string(), note: z.string() })),
    });
    const format = documentFormat({
      fileName: 'bench-data.json',
      schema: Doc,
      migrations: {},
      currentVersion: 1,
      empty: () => ({ version: 1 as const, interactions: [] }),
    });
    const clock = new ManualClock('2026-03-01T10:00:00Z');
    const store = await openDocumentStore({ dataDir: dir, clock }, format);
    await store.update((d) => void d.interactions.push({ id: 'i1', note: 'hello' }));
    expect(existsSync(join(dir, 'bench-data.journal'))).toBe(true);
    await store.close();
    const again = await openDocumentStore({ dataDir: dir, clock }, format);
    expect(again.read().interactions).toEqual([{ id: 'i1', note: 'hello' }]);
    expect(readdirSync(join(dir, 'backups')).every((f) => f.startsWith('bench-data-'))).toBe(true);
    await again.close();
  });
});
