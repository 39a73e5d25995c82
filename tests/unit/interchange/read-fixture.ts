import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ParsedFile } from '../../../electron/core/interchange/import/candidate';
import { importFile } from '../../../electron/core/interchange/import/import-file';
import { toDraft } from '../../../electron/core/interchange/import/to-draft';
import type { CrmContactFields } from '../../../electron/shared/crm/crm-contact';

export const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(__dirname, '../../fixtures/import', name)));

/** Reads a fixture that must be accepted, with its drafts by name. */
export const readFixture = (name: string) => readBytes(fixture(name));
export const readText = (text: string) => readBytes(new TextEncoder().encode(text));

async function readBytes(bytes: Uint8Array): Promise<{
  file: ParsedFile;
  drafts: Map<string, CrmContactFields>;
}> {
  const outcome = await importFile(bytes);
  if (!outcome.ok) throw new Error(outcome.message);
  const drafts = new Map<string, CrmContactFields>();
  for (const candidate of outcome.file.candidates) {
    const draft = toDraft(candidate);
    if (draft.ok) drafts.set(draft.fields.name, draft.fields);
  }
  return { file: outcome.file, drafts };
}

export function draftOf(drafts: Map<string, CrmContactFields>, name: string): CrmContactFields {
  const draft = drafts.get(name);
  expect(draft, `a contact named ${name}`).toBeDefined();
  return draft!;
}
