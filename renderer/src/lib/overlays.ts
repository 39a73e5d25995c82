import { useEffect } from 'react';
import { createStore } from './createStore';

/**
 * How many of our own panels float over the page right now (e.g. the Quick actions menu). The
 * desktop app's embedded site is a native view drawn above the page, so it steps aside while any
 * is open.
 */
export const openOverlays = createStore(0);

/** Counts this component's overlay as open while `open` is true. */
export function useOverlay(open: boolean): void {
  useEffect(() => {
    if (!open) return;
    openOverlays.set((n) => n + 1);
    return () => openOverlays.set((n) => n - 1);
  }, [open]);
}
