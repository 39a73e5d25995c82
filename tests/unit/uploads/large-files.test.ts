import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../electron/shared/file-limits';
import type { ExportedFile, RestoreResult } from '../../../electron/shared/interchange-export';
import { sendFile } from '../../fixtures/send-file';
import { coreAt } from '../core-harness';

/** A valid backup of about `megabytes` MB: contacts with long notes, as a real one could hold. */
async function bigBackup(megabytes: number): Promise<{ text: string; contacts: number }> {
  const { call, core } = await coreAt();
  await call('contacts.create', { name: 'Template' });
  const file = await call<ExportedFile>('backup.export');
  await core.close();
  const doc = JSON.parse(file.text) as { data: { contacts: Record<string, unknown>[] } };
  const template = doc.data.contacts[0]!;
  const notes = 'Met at the conference; talked about gardens and trains. '.repeat(140);
  const count = Math.ceil((megabytes * 1024 * 1024) / (notes.length + 400));
  doc.data.contacts = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `c${i}`,
    name: `Person ${i}`,
    notes,
  }));
  return { text: JSON.stringify(doc), contacts: count };
}

async function restoreThroughUploads(text: string) {
  const { call, core } = await coreAt();
  const started = performance.now();
  const uploadId = await sendFile(call, text, 'restore', 'backup.json');
  const sent = performance.now();
  const result = await call<RestoreResult>('backup.restore', { uploadId });
  const done = performance.now();
  const contacts = core.store.read().contacts.length;
  await core.close();
  return { result, contacts, sendMs: sent - started, restoreMs: done - sent };
}

describe('large files through uploads (the core, as both hosts drive it)', () => {
  it('restores a 7 MB backup, the size that used to kill the browser host', async () => {
    const backup = await bigBackup(7);
    expect(backup.text.length).toBeGreaterThan(7 * 1024 * 1024);
    const { result, contacts } = await restoreThroughUploads(backup.text);
    expect(result.contacts).toBe(backup.contacts);
    expect(contacts).toBe(backup.contacts);
  }, 60_000);

  it('restores a 100 MB backup', async () => {
    const backup = await bigBackup(100);
    expect(backup.text.length).toBeGreaterThan(100 * 1024 * 1024);
    expect(backup.text.length).toBeLessThan(MAX_FILE_BYTES);
    const { result, contacts, sendMs, restoreMs } = await restoreThroughUploads(backup.text);
    expect(result.contacts).toBe(backup.contacts);
    expect(contacts).toBe(backup.contacts);
    console.info(
      `100 MB restore: sent in ${Math.round(sendMs)} ms, restored in ${Math.round(restoreMs)} ms, ` +
        `rss ${Math.round(process.memoryUsage().rss / 1024 / 1024)} MB`,
    );
  }, 240_000);
});
