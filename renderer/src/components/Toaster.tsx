import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { dismissToast, useToast } from './toasts';

/**
 * The window's polite live region: whatever `showToast` says is read out and shown at the bottom.
 * The region itself is always in the page so screen readers notice what appears in it.
 */
export function Toaster() {
  const toast = useToast();
  const actionRef = useRef<HTMLButtonElement>(null);
  // The timer waits while the pointer is over the toast or keyboard focus is in it.
  const [hoveredId, setHoveredId] = useState<number | null>(null);
  const [focusedId, setFocusedId] = useState<number | null>(null);
  const paused = toast !== null && (hoveredId === toast.id || focusedId === toast.id);

  useEffect(() => {
    if (toast?.focusAction) actionRef.current?.focus();
  }, [toast]);

  useEffect(() => {
    if (!toast || paused) return;
    const timer = window.setTimeout(() => dismissToast(toast.id), toast.timeoutMs);
    return () => window.clearTimeout(timer);
  }, [toast, paused]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && toast) {
      dismissToast(toast.id);
      document.querySelector<HTMLElement>('main h1')?.focus();
    }
  };

  return (
    <div className="toaster" role="status" aria-live="polite">
      {toast && (
        <div
          className={`toast toast-${toast.tone}`}
          onMouseEnter={() => setHoveredId(toast.id)}
          onMouseLeave={() => setHoveredId(null)}
          onFocus={() => setFocusedId(toast.id)}
          onBlur={() => setFocusedId(null)}
          onKeyDown={onKeyDown}
        >
          <p className="toast-message">{toast.message}</p>
          {toast.action && (
            <button
              ref={actionRef}
              type="button"
              className="button button-quiet toast-action"
              onClick={() => {
                dismissToast(toast.id);
                toast.action?.run();
              }}
            >
              {toast.action.label}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
