import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useOverlay } from '../lib/overlays';

export interface ModalDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

/**
 * A native modal `<dialog>` that exists while mounted: focus stays inside, Escape closes it, and
 * focus goes back to where it was when it closes.
 */
export function ModalDialog({ title, onClose, children, className }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useOverlay(true);
  useEffect(() => {
    const returnTo = document.activeElement as HTMLElement | null;
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      requestAnimationFrame(() => returnTo?.isConnected && returnTo.focus());
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`crm-dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="panel-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
