import { useEffect, useState } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { LogInteractionForm } from './LogInteractionForm';

export const LOG_SHORTCUT_TEXT = 'Ctrl+Shift+L';

/**
 * "Log interaction" from anywhere: Ctrl+Shift+L opens a small modal dialog (focus stays inside
 * it, Escape closes it, focus goes back where it was).
 */
export function LogInteractionShortcut() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    const onOpen = () => setOpen(true);
    window.addEventListener('netwell:log-interaction', onOpen);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('netwell:log-interaction', onOpen);
    };
  }, []);

  if (!open) return null;
  const close = () => setOpen(false);
  // ModalDialog keeps focus inside, closes on Escape, and gives focus back to where it was.
  return (
    <ModalDialog title="Log interaction" onClose={close}>
      <p className="field-hint">Shortcut: {LOG_SHORTCUT_TEXT}, from anywhere in Netwell.</p>
      <LogInteractionForm onLogged={close} onCancel={close} />
    </ModalDialog>
  );
}

/** Opens the dialog from a button (the same one the shortcut opens). */
export function openLogDialog(): void {
  window.dispatchEvent(new Event('netwell:log-interaction'));
}
