import { readFileSync, readdirSync } from 'node:fs';
import { coreAt } from '../core-harness';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../fixtures/manual-clock';
import { parseBackup } from '../../../electron/core/interchange/backup/backup-file';
import { openStore } from '../../../electron/core/store/open-store';
import { CURRENT_VERSION } from '../../../electron/core/store/data-schema';
import type {
  BackupEntry,
  ExportedFile,
  RestoreResult,
} from '../../../electron/shared/interchange-export';
import { sendFile } from '../../fixtures/send-file';
import { tempDir } from '../temp-dir';

async function setup(dataDir = tempDir()) {
  const { clock, core, call, attempt } = await coreAt(undefined, { dataDir });
  const names = () => core.store.read().contacts.map((c) => c.name);
  /** backup.restore of a file's text, sent in chunks as the page sends it. */
  const restoreText = async (text: string) =>
    attempt('backup.restore', { uploadId: await sendFile(call, text, 'restore', 'backup.json') });
  return { clock, core, call, attempt, dataDir, names, restoreText };
}

describe('full backup and restore', () => {
  it('backs up everything and restores it, settings included, with a safety copy first', async () => {
    const { call, core, names, clock, dataDir } = await setup();
    await call('contacts.create', { name: 'Ana', notes: 'a; b, c\nd' });
    await call('settings.update', { theme: 'dark' });
    const backup = await call<ExportedFile>('backup.export');
    expect(backup.fileName).toBe('netwell-backup-20260302-0900.json');
    const doc = JSON.parse(backup.text);
    expect(doc).toMatchObject({ format: 'netwell-backup', backupVersion: 1 });
    expect(doc.data.contacts[0].notes).toBe('a; b, c\nd');
    expect(doc.settings.theme).toBe('dark');

    clock.advance(60_000);
    await call('contacts.create', { name: 'Ben' });
    await call('settings.update', { theme: 'light' });
    const result = await call<RestoreResult>('backup.restore', {
      uploadId: await sendFile(call, backup.text, 'restore'),
    });
    expect(result).toMatchObject({
      contacts: 1,
      settingsRestored: true,
      fromVersion: CURRENT_VERSION,
    });
    expect(names()).toEqual(['Ana']);
    expect(core.settings.get().theme).toBe('dark');

    // The safety copy holds what was there just before, and restoring it is the undo.
    expect(readdirSync(join(dataDir, 'backups'))).toContain(result.safetyCopy);
    const listed = await call<BackupEntry[]>('backup.list');
    expect(listed.find((b) => b.name === result.safetyCopy)).toMatchObject({ kind: 'safety' });
    await call('backup.restoreSaved', { name: result.safetyCopy });
    expect(names().sort()).toEqual(['Ana', 'Ben']);
    expect(core.settings.get().theme).toBe('light');
    await core.close();
  });

  it('survives a restart: the restore is journalled like any change', async () => {
    const dataDir = tempDir();
    const first = await setup(dataDir);
    await first.call('contacts.create', { name: 'Ana' });
    const backup = await first.call<ExportedFile>('backup.export');
    await first.call('contacts.create', { name: 'Ben' });
    await first.call('backup.restore', {
      uploadId: await sendFile(first.call, backup.text, 'restore'),
    });
    await first.core.close();
    const store = await openStore({ dataDir, clock: new ManualClock('2026-03-03T09:00:00Z') });
    expect(store.read().contacts.map((c) => c.name)).toEqual(['Ana']);
    await store.close();
  });

  it.each([
    [' \n', /the file is empty/],
    ['{"contacts": [', /not JSON, or it is cut short/],
    ['[1,2,3]', /not a Netwell backup/],
    ['{"hello": "world"}', /not a Netwell backup/],
    ['\u0000\u0001PK binary', /not JSON/],
    ['{"version": 99, "contacts": []}', /newer Netwell/],
    [
      '{"format": "netwell-backup", "backupVersion": 7, "data": {}, "settings": {}}',
      /newer Netwell/,
    ],
    ['{"version": 3, "contacts": [{"id": "x"}]}', /not valid \(contacts\.0/],
    [
      '{"format": "netwell-backup", "backupVersion": 1, "data": {"contacts": []}, "settings": {"theme": "pink"}}',
      /settings are not valid \(theme/,
    ],
  ])('refuses %j with a clear message and changes nothing', async (text, message) => {
    const { call, names, dataDir, core, restoreText } = await setup();
    await call('contacts.create', { name: 'Ana' });
    // The first change's backup is written in the background: the folder exists once it is done.
    await core.store.settled();
    const before = readdirSync(join(dataDir, 'backups'));
    const result = await restoreText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(message);
      expect(result.error.message).toMatch(/Nothing was changed/);
    }
    expect(names()).toEqual(['Ana']);
    // Validation comes first: not even a safety copy was written.
    await core.store.settled();
    expect(readdirSync(join(dataDir, 'backups'))).toEqual(before);
    await core.close();
  });

  it('migrates a backup from an older data format', () => {
    // Format 0: a contacts array only (the first Netwell), as a bare data file.
    const old = JSON.stringify({
      contacts: [
        {
          id: 'a',
          name: 'Ana',
          createdAt: '2025-01-01T00:00:00.000Z',
          updatedAt: '2025-01-01T00:00:00.000Z',
        },
      ],
    });
    const parsed = parseBackup(old);
    expect(parsed.fromVersion).toBe(0);
    expect(parsed.settings).toBeNull();
    expect(parsed.data.version).toBe(CURRENT_VERSION);
    expect(parsed.data.contacts[0]).toMatchObject({ name: 'Ana', emails: [], archived: false });
    expect(parsed.data.meetings).toEqual([]);
    // The same inside a backup envelope (format 2: before the CRM).
    const envelope = JSON.stringify({
      format: 'netwell-backup',
      backupVersion: 1,
      data: {
        version: 2,
        contacts: [],
        trash: [],
        boundaries: JSON.parse(
          JSON.stringify({ runtime: {}, unlocks: [], usage: [], notified: [], held: [] }),
        ),
      },
      settings: {},
    });
    expect(parseBackup(envelope)).toMatchObject({
      fromVersion: 2,
      data: { version: CURRENT_VERSION, events: [], sessions: [] },
    });
  });

  it('lists the automatic backups with date and size and restores one by name, data only', async () => {
    const { call, attempt, core, names, clock, dataDir } = await setup();
    await call('contacts.create', { name: 'Ana' });
    // The store backs up when the newest backup is over an hour old.
    clock.advance(61 * 60_000);
    await call('contacts.create', { name: 'Ben' });
    await call('settings.update', { theme: 'dark' });
    const listed = await call<BackupEntry[]>('backup.list');
    const automatic = listed.filter((b) => b.kind === 'automatic');
    expect(automatic.length).toBeGreaterThanOrEqual(2);
    for (const b of automatic) expect(b.bytes).toBeGreaterThan(0);
    expect(listed.map((b) => b.at)).toEqual([...listed.map((b) => b.at)].sort().reverse());
    // The oldest holds the empty start; the newest has both.
    const oldest = automatic.at(-1)!;
    expect(
      JSON.parse(readFileSync(join(dataDir, 'backups', oldest.name), 'utf8')).contacts,
    ).toEqual([]);
    const result = await call<RestoreResult>('backup.restoreSaved', { name: oldest.name });
    expect(result.settingsRestored).toBe(false);
    expect(names()).toEqual([]);
    expect(core.settings.get().theme).toBe('dark');
    // Names only: a path is not a backup.
    const escape = await attempt('backup.restoreSaved', { name: '../netwell-data.json' });
    expect(escape.ok).toBe(false);
    await core.close();
  });
});
