import type {
  ImportPreview,
  ImportUndoResult,
  MatchChoice,
} from '../../../../electron/shared/interchange/import';
import { netwell } from '../../bridge/netwell';
import { showToast } from '../../components/toasts';
import { createStore, useStore } from '../../lib/createStore';
import { sizeProblem, uploadFile } from '../../lib/uploadFile';
import { contactsList } from '../contacts/useContacts';

/** Where an import is: one at a time, shown in the import dialog. */
export type ImportState =
  | { step: 'idle' }
  | {
      step: 'reading';
      fileName: string;
      requestId: string;
      /** Sending the file to the app (bytes sent of size), then reading it (rows done of total). */
      uploading: boolean;
      sent: number;
      size: number;
      done: number;
      total: number;
    }
  | { step: 'preview'; preview: ImportPreview; committing: boolean; error: string }
  | { step: 'failed'; fileName: string; message: string };

export const importStore = createStore<ImportState>({ step: 'idle' });
export const useImport = (): ImportState => useStore(importStore);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

let offProgress: (() => void) | null = null;
/** Stops the upload of the file being read, when the user cancels. */
let uploading: AbortController | null = null;

/** Reads the chosen or dropped file and asks the app for a preview. Nothing is stored yet. */
export async function startImport(file: File): Promise<void> {
  const current = importStore.get();
  if (current.step === 'reading' || (current.step === 'preview' && current.committing)) return;
  const requestId = globalThis.crypto.randomUUID();
  const fileName = file.name;
  const problem = sizeProblem(file);
  if (problem) {
    importStore.set({ step: 'failed', fileName: '', message: problem });
    return;
  }
  const size = file.size;
  importStore.set({
    step: 'reading',
    fileName,
    requestId,
    uploading: true,
    sent: 0,
    size,
    done: 0,
    total: 0,
  });
  const mine = (s: ImportState) => s.step === 'reading' && s.requestId === requestId;
  offProgress?.();
  offProgress = netwell.on('import.progress', (p) => {
    importStore.set((s) =>
      s.step === 'reading' && s.requestId === p.requestId
        ? { ...s, done: p.done, total: p.total }
        : s,
    );
  });
  const controller = new AbortController();
  uploading = controller;
  const uploaded = await uploadFile(file, 'import', {
    signal: controller.signal,
    onProgress: (sent) =>
      importStore.set((s) => (mine(s) && s.step === 'reading' ? { ...s, sent } : s)),
  });
  if (uploading === controller) uploading = null;
  // Cancelled (or another file started) meanwhile: nothing more to do.
  if (!mine(importStore.get())) return;
  if (!uploaded.ok) {
    // The app's upload messages name the file themselves.
    importStore.set({ step: 'failed', fileName: '', message: uploaded.error.message });
    return;
  }
  importStore.set((s) => (s.step === 'reading' ? { ...s, uploading: false } : s));
  const result = await netwell.import.preview({ requestId, uploadId: uploaded.value });
  offProgress?.();
  offProgress = null;
  const now = importStore.get();
  // Cancelled (or another file started) meanwhile: this answer is not wanted any more.
  if (!mine(now)) return;
  importStore.set(
    result.ok
      ? { step: 'preview', preview: result.value, committing: false, error: '' }
      : { step: 'failed', fileName, message: result.error.message },
  );
}

export function cancelImport(): void {
  const current = importStore.get();
  uploading?.abort();
  uploading = null;
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
  await contactsList.refresh();
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
  await contactsList.refresh();
  const message = undoMessage(result.value);
  if (toast) showToast(message);
  return message;
}
