import { useEffect, useRef } from 'react';
import { createStore } from './createStore';

/**
 * Unsaved edits that leaving would lose. Forms with edits register here; moving to another page
 * asks first (the app shell shows the question), and so does unloading the page in the browser.
 */
const unsaved = new Set<symbol>();

/** A navigation waiting for the user's answer. */
export interface LeaveRequest {
  proceed: () => void;
  stay?: () => void;
}

export const leaveRequest = createStore<LeaveRequest | null>(null);

export function hasUnsavedEdits(): boolean {
  return unsaved.size > 0;
}

/**
 * While `active`, leaving the page asks first. The returned function lifts that at once, for a
 * move the user asked for with the edits saved or dropped (Save, Cancel).
 */
export function useLeaveGuard(active: boolean): () => void {
  const held = useRef<symbol | null>(null);
  useEffect(() => {
    if (!active) return;
    const id = Symbol('unsaved edits');
    unsaved.add(id);
    held.current = id;
    return () => {
      unsaved.delete(id);
      held.current = null;
    };
  }, [active]);
  return () => {
    if (held.current) unsaved.delete(held.current);
  };
}

/** Runs `proceed` now when nothing is unsaved, else once the user chose to discard the edits. */
export function guardLeaving(proceed: () => void, stay?: () => void): void {
  if (!hasUnsavedEdits()) {
    proceed();
    return;
  }
  leaveRequest.set({ proceed, ...(stay ? { stay } : {}) });
}

/** The user answered the question. */
export function answerLeave(discard: boolean): void {
  const request = leaveRequest.get();
  leaveRequest.set(null);
  if (!request) return;
  if (discard) {
    unsaved.clear();
    request.proceed();
  } else request.stay?.();
}

// The browser asks on reload or closing the tab. Not in the desktop app (the preload put
// `window.netwell` there): its window hides instead of unloading, so the edits stay in memory,
// and a blocked unload there would silently stop Netwell from quitting.
if (typeof window !== 'undefined' && !window.netwell) {
  window.addEventListener('beforeunload', (event) => {
    if (!hasUnsavedEdits()) return;
    event.preventDefault();
    event.returnValue = '';
  });
}
