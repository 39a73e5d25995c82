import { useEffect, useRef } from 'react';
import { useOverlay } from '../../lib/overlays';
import { uploadingText } from '../../lib/uploadFile';
import { cancelImport, importStore, useImport } from './importFlow';
import { ImportPreviewView } from './ImportPreviewView';
import { useFileDrop } from './useFileDrop';

/**
 * The import flow's one dialog (reading with progress and cancel, the preview, a refused file),
 * and the window-wide drop target. Mounted once, in the app shell.
 */
export function ImportDialog() {
  const state = useImport();
  const dragging = useFileDrop();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const open = state.step !== 'idle';
  useOverlay(open);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement as HTMLElement | null;
      dialog.showModal();
    }
    if (!open && dialog.open) {
      dialog.close();
      requestAnimationFrame(() => returnTo.current?.focus());
    }
  }, [open]);

  const close = () =>
    state.step === 'reading' ? cancelImport() : importStore.set({ step: 'idle' });
  const busy = state.step === 'preview' && state.committing;

  return (
    <>
      {dragging && (
        <div className="import-drop-hint" aria-hidden="true">
          Drop the file to import contacts
        </div>
      )}
      <dialog
        ref={dialogRef}
        className="crm-dialog import-dialog"
        aria-labelledby="import-dialog-title"
        onCancel={(event) => {
          event.preventDefault();
          if (!busy) close();
        }}
      >
        {open && (
          <>
            <h2 id="import-dialog-title" className="panel-title">
              Import contacts
            </h2>
            {state.step === 'reading' && (
              <div className="import-reading">
                {state.uploading ? (
                  <>
                    <p role="status">
                      {uploadingText(state.sent, state.size)} of {state.fileName}
                    </p>
                    <progress aria-label="Uploading the file" max={state.size} value={state.sent} />
                  </>
                ) : (
                  <>
                    <p role="status">Reading {state.fileName}…</p>
                    <progress
                      aria-label="Reading the file"
                      max={state.total || 1}
                      value={state.total ? state.done : undefined}
                    />
                  </>
                )}
                <div className="form-actions">
                  <button type="button" className="button" onClick={cancelImport}>
                    Cancel
                  </button>
                </div>
              </div>
            )}
            {state.step === 'failed' && (
              <div>
                <p className="inline-error" role="alert">
                  {state.fileName ? `${state.fileName}: ` : ''}
                  {state.message} Nothing was imported.
                </p>
                <div className="form-actions">
                  <button type="button" className="button" onClick={close}>
                    Close
                  </button>
                </div>
              </div>
            )}
            {state.step === 'preview' && (
              <ImportPreviewView
                key={state.preview.token}
                preview={state.preview}
                committing={state.committing}
                error={state.error}
              />
            )}
          </>
        )}
      </dialog>
    </>
  );
}
