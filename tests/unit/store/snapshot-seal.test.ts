import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../fixtures/manual-clock';
import { emptyData } from '../../../electron/core/store/data-schema';
import {
  DATA_FILE,
  dataFormat,
  openStore,
  type StoreNotice,
} from '../../../electron/core/store/open-store';
import { sealFileOf, sealOf } from '../../../electron/core/store/snapshot-seal';
import { makeContact } from '../../fixtures/contact';
import { tempDir } from '../temp-dir';

const clock = () => new ManualClock('2026-03-01T10:00:00Z');

async function open(dir: string) {
  const notices: StoreNotice[] = [];
  const store = await openStore({ dataDir: dir, clock: clock(), notify: (n) => notices.push(n) });
  return { store, notices };
}

/** Writes `doc` as the data file, sealed as if Netwell had written it. */
function writeSealed(dir: string, doc: unknown) {
  const bytes = Buffer.from(`${JSON.stringify(doc)}\n`);
  writeFileSync(join(dir, DATA_FILE), bytes);
  writeFileSync(sealFileOf(join(dir, DATA_FILE)), sealOf(bytes, dataFormat.schemaId));
}

describe('the snapshot seal', () => {
  it('is written with the snapshot and matches its bytes', async () => {
    const dir = tempDir();
    const { store } = await open(dir);
    await store.update((d) => void d.contacts.push(makeContact('a', { name: 'Ana' })));
    await store.close(); // compacts: the worker writes the snapshot and its seal
    const file = join(dir, DATA_FILE);
    expect(readFileSync(sealFileOf(file), 'utf8')).toBe(
      sealOf(readFileSync(file), dataFormat.schemaId),
    );
  });

  it('lets start-up skip validation only for the exact bytes it was made for', async () => {
    const dir = tempDir();
    // Not valid (a name must be text), but sealed: trusted, so read as is. This is what makes
    // start-up quick, and why only Netwell's own writes are ever sealed.
    const odd = { ...emptyData(), contacts: [{ ...makeContact('a'), name: 42 }] };
    writeSealed(dir, odd);
    const trusted = await open(dir);
    expect(trusted.store.read().contacts[0]!.name).toBe(42);
    expect(trusted.notices).toEqual([]);
    await trusted.store.close();

    // The same file edited by hand: the seal no longer matches, so it is validated, found
    // unreadable, moved aside and reported.
    const other = tempDir();
    writeSealed(other, odd);
    writeFileSync(join(other, DATA_FILE), `${JSON.stringify(odd)} `);
    const checked = await open(other);
    expect(checked.store.read().contacts).toEqual([]);
    expect(checked.notices[0]?.message).toMatch(/could not be read|unreadable|damaged/i);
    await checked.store.close();
  });

  it('seals a file that had none, once validated (with defaults filled in)', async () => {
    const dir = tempDir();
    const doc = { ...emptyData(), contacts: [makeContact('a', { name: 'Ana' })] };
    writeFileSync(join(dir, DATA_FILE), JSON.stringify(doc, null, 2));
    const { store } = await open(dir);
    await store.close();
    const file = join(dir, DATA_FILE);
    expect(readFileSync(sealFileOf(file), 'utf8')).toBe(
      sealOf(readFileSync(file), dataFormat.schemaId),
    );
  });

  it('writes a file without its seal back in the background, before any compaction reads it', async () => {
    const dir = tempDir();
    const file = join(dir, DATA_FILE);
    // From before recentRequests existed (a default fills it in), with one journalled change.
    const { recentRequests: _omitted, ...doc } = { ...emptyData(), journalSeq: 1 };
    writeFileSync(file, JSON.stringify({ ...doc, contacts: [makeContact('a', { name: 'Ana' })] }));
    writeFileSync(
      join(dir, 'netwell-data.journal'),
      `${JSON.stringify({
        seq: 2,
        at: '2026-03-01T10:01:00.000Z',
        patches: [{ op: 'add', path: ['contacts', '-'], value: makeContact('b', { name: 'Ben' }) }],
      })}\n`,
    );
    const { store, notices } = await open(dir);
    expect(store.read().contacts.map((c) => c.name)).toEqual(['Ana', 'Ben']);
    // A compaction asked for at once still works on the written-back file (with the default).
    await store.update((d) => void d.contacts.push(makeContact('c', { name: 'Cy' })));
    await store.compact();
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written.recentRequests).toEqual({});
    expect(written.journalSeq).toBe(3);
    expect(readFileSync(sealFileOf(file), 'utf8')).toBe(
      sealOf(readFileSync(file), dataFormat.schemaId),
    );
    await store.close();
    const again = await open(dir);
    expect(again.store.read().contacts.map((c) => c.name)).toEqual(['Ana', 'Ben', 'Cy']);
    expect(again.store.read().recentRequests).toEqual({});
    expect([...notices, ...again.notices]).toEqual([]);
    await again.store.close();
  });

  it('a lost seal only costs one full validation', async () => {
    const dir = tempDir();
    const first = await open(dir);
    await first.store.update((d) => void d.contacts.push(makeContact('a', { name: 'Ana' })));
    await first.store.close();
    rmSync(sealFileOf(join(dir, DATA_FILE)));
    const again = await open(dir);
    expect(again.store.read().contacts.map((c) => c.name)).toEqual(['Ana']);
    expect(again.notices).toEqual([]);
    await again.store.close();
  });

  it('validates the records the journal changed, even on a sealed snapshot', async () => {
    const dir = tempDir();
    const first = await open(dir);
    await first.store.update((d) => void d.contacts.push(makeContact('a', { name: 'Ana' })));
    await first.store.close();
    // A journal line that makes Ana invalid (as a damaged or foreign journal could).
    writeFileSync(
      join(dir, 'netwell-data.journal'),
      `${JSON.stringify({
        seq: 2,
        at: '2026-03-01T10:01:00.000Z',
        patches: [{ op: 'replace', path: ['contacts', 0, 'emails'], value: 'not a list' }],
      })}\n`,
    );
    const snapshotSeq = JSON.parse(readFileSync(join(dir, DATA_FILE), 'utf8')).journalSeq;
    expect(snapshotSeq).toBe(1);
    const again = await open(dir);
    expect(again.store.read().contacts[0]!.emails).toEqual([]);
    expect(again.notices[0]?.message).toMatch(/could not be read/);
    await again.store.close();
  });
});
