import { useEffect, useRef, useState } from 'react';
import { useOverlay } from '../../lib/overlays';
import { LogInteractionForm } from './LogInteractionForm';

export const LOG_SHORTCUT_TEXT = 'Ctrl+Shift+L';

/**
 * "Log interaction" from anywhere: Ctrl+Shift+L opens a small modal dialog (focus stays inside
 * it, Escape closes it, focus goes back where it was).
 */
export function LogInteractionShortcut() {
  const [open, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  useOverlay(open);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        returnTo.current = document.activeElement as HTMLElement | null;
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    const onOpen = () => {
      returnTo.current = document.activeElement as HTMLElement | null;
      setOpen(true);
    };
    window.addEventListener('netwell:log-interaction', onOpen);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('netwell:log-interaction', onOpen);
    };
  }, []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => returnTo.current?.focus());
  };

  return (
    <dialog
      ref={dialogRef}
      className="crm-dialog"
      aria-labelledby="log-dialog-title"
      onClose={() => open && close()}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      {open && (
        <>
          <h2 id="log-dialog-title" className="panel-title">
            Log interaction
          </h2>
          <p className="field-hint">Shortcut: {LOG_SHORTCUT_TEXT}, from anywhere in Netwell.</p>
          <LogInteractionForm onLogged={close} onCancel={close} />
        </>
      )}
    </dialog>
  );
}

/** Opens the dialog from a button (the same one the shortcut opens). */
export function openLogDialog(): void {
  window.dispatchEvent(new Event('netwell:log-interaction'));
}
