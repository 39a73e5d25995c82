import { useEffect, useRef, useState } from 'react';
import { netwell } from '../../bridge/netwell';
import { browserTimeZone } from '../../lib/time';
import { ModalDialog } from '../../components/ModalDialog';
import { useBoundaries } from '../../app/useBoundaries';
import { CheckInForm } from './CheckInForm';
import { refreshPending, usePendingCheckIn } from './useWellbeing';

const OPEN_EVENT = 'netwell:check-in';

/** Opens the check-in dialog (Today's card, the quick action). */
export function openCheckIn(): void {
  window.dispatchEvent(new Event(OPEN_EVENT));
}

/**
 * The check-in dialog, shown once when a window has just closed (or a check-in notification
 * arrives) and from Today's card. Skipping or saving closes it for good for that session.
 */
export function CheckInHost() {
  const pending = usePendingCheckIn();
  const status = useBoundaries();
  const [open, setOpen] = useState(false);
  /** The end of the newest session already offered (or already waiting when the page loaded). */
  const seenEnd = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    const show = () => setOpen(true);
    void refreshPending().then((p) => {
      if (live && seenEnd.current === null) seenEnd.current = p?.session.end ?? '';
    });
    // A session just recorded: offer its check-in once, without waiting to be asked.
    const off = netwell.on('wellbeing.changed', () => {
      void refreshPending().then((p) => {
        if (!live || !p || seenEnd.current === null || p.session.end <= seenEnd.current) return;
        seenEnd.current = p.session.end;
        show();
      });
    });
    window.addEventListener(OPEN_EVENT, show);
    return () => {
      live = false;
      window.removeEventListener(OPEN_EVENT, show);
      off();
    };
  }, []);

  if (!open || !pending) return null;
  const close = () => setOpen(false);
  // ModalDialog keeps focus inside, closes on Escape, and gives focus back to where it was.
  return (
    <ModalDialog title="How did that feel?" onClose={close} className="checkin-dialog">
      <CheckInForm
        key={pending.session.id}
        pending={pending}
        timeZone={status?.timeZone ?? browserTimeZone()}
        onDone={close}
      />
    </ModalDialog>
  );
}
