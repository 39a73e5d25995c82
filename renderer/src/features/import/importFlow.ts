import {
  IMPORT_MAX_BYTES,
  type ImportPreview,
  type ImportUndoResult,
  type MatchChoice,
} from '../../../../electron/shared/interchange/import';
import { netwell } from '../../bridge/netwell';
import { showToast } from '../../components/toasts';
import { createStore, useStore } from '../../lib/createStore';
import { refreshContacts } from '../contacts/useContacts';

/** Where an import is: one at a time, shown in the import dialog. */
export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; requestId: string; done: number; total: number }
  | { step: 'preview'; preview: ImportPreview; committing: boolean; error: string }
  | { step: 'failed'; fileName: string; message: string };

export const importStore = createStore<ImportState>({ step: 'idle' });
export const useImport = (): ImportState => useStore(importStore);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Bytes to base64 in slices (String.fromCharCode with a whole file overflows the stack). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

let offProgress: (() => void) | null = null;

/** Reads the chosen or dropped file and asks the app for a preview. Nothing is stored yet. */
export async function startImport(file: File): Promise<void> {
  const current = importStore.get();
  if (current.step === 'reading' || (current.step === 'preview' && current.committing)) return;
  const requestId = globalThis.crypto.randomUUID();
  const fileName = file.name;
  if (file.size === 0) {
    importStore.set({ step: 'failed', fileName, message: 'This file is empty.' });
    return;
  }
  if (file.size > IMPORT_MAX_BYTES) {
    importStore.set({
      step: 'failed',
      fileName,
      message: `This file is too large to import (more than ${IMPORT_MAX_BYTES / 1024 / 1024} MB).`,
    });
    return;
  }
  importStore.set({ step: 'reading', fileName, requestId, done: 0, total: 0 });
  offProgress?.();
  offProgress = netwell.on('import.progress', (p) => {
    importStore.set((s) =>
      s.step === 'reading' && s.requestId === p.requestId
        ? { ...s, done: p.done, total: p.total }
        : s,
    );
  });
  let data: string;
  try {
    data = toBase64(new Uint8Array(await file.arrayBuffer()));
  } catch {
    importStore.set({ step: 'failed', fileName, message: 'This file could not be read.' });
    return;
  }
  const result = await netwell.import.preview({ requestId, fileName, data });
  offProgress?.();
  offProgress = null;
  const now = importStore.get();
  // Cancelled (or another file started) meanwhile: this answer is not wanted any more.
  if (now.step !== 'reading' || now.requestId !== requestId) return;
  importStore.set(
    result.ok
      ? { step: 'preview', preview: result.value, committing: false, error: '' }
      : { step: 'failed', fileName, message: result.error.message },
  );
}

export function cancelImport(): void {
  const current = importStore.get();
  if (current.step === 'reading') void netwell.import.cancel({ requestId: current.requestId });
  importStore.set({ step: 'idle' });
}

/** Stores the previewed import in one step, then offers to undo it. */
export async function commitImport(choices: Record<string, MatchChoice>): Promise<void> {
  const current = importStore.get();
  if (current.step !== 'preview' || current.committing) return;
  importStore.set({ ...current, committing: true, error: '' });
  const result = await netwell.import.commit({
    token: current.preview.token,
    choices,
  });
  if (!result.ok) {
    importStore.set({ ...current, committing: false, error: result.error.message });
    return;
  }
  importStore.set({ step: 'idle' });
  await refreshContacts();
  const { created, merged, importId } = result.value;
  const parts = created > 0 ? [`Imported ${plural(created, 'new contact')}`] : [];
  if (merged > 0)
    parts.push(created > 0 ? `updated ${merged}` : `Updated ${plural(merged, 'contact')}`);
  if (parts.length === 0) {
    showToast('Nothing changed: everyone in the file was already in Netwell.');
    return;
  }
  showToast(`${parts.join(', ')}.`, {
    action: { label: 'Undo import', run: () => void undoImport(importId) },
    timeoutMs: 20_000,
  });
}

/** What an undo did, in words: everything, or all but the contacts changed since. */
export function undoMessage(result: ImportUndoResult): string {
  if (result.kept.length === 0) return 'Import undone: everything is as it was before.';
  const names = result.kept.map((k) => k.name);
  const shown =
    names.slice(0, 5).join(', ') + (names.length > 5 ? `, and ${names.length - 5} more` : '');
  return `Import undone, except ${plural(result.kept.length, 'contact')} changed since the import, left as they are: ${shown}.`;
}

/** Undoes one import; says what happened in a toast, or returns it for the caller to show. */
export async function undoImport(
  importId: string,
  { toast = true }: { toast?: boolean } = {},
): Promise<string> {
  const result = await netwell.import.undo({ importId });
  if (!result.ok) {
    if (toast) showToast(result.error.message, { tone: 'error' });
    return result.error.message;
  }
  await refreshContacts();
  const message = undoMessage(result.value);
  if (toast) showToast(message);
  return message;
}
