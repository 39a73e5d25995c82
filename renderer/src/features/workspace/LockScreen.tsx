import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { BoundaryStatus } from '../../../../electron/shared/boundaries';
import { UNLOCK_MINUTES } from '../../../../electron/shared/boundaries';
import { netwell } from '../../bridge/netwell';
import { Field } from '../../components/Field';
import { showToast } from '../../components/toasts';
import { clockTime, weekdayTime } from '../../lib/time';
import { unlocksLeftText } from '../../app/boundaryText';
import { withStatus } from '../../app/useBoundaries';

/** Minutes for "Start a window now" (the same as the tray's). */
const START_NOW_MINUTES = 30;

/**
 * What the workspace shows while it is locked: why, when it opens again, and, in firm mode, a way
 * in that asks for a reason. Calm on purpose: nothing red, nothing urgent.
 */
export function LockScreen({ status }: { status: BoundaryStatus }) {
  const { access, mode, next, timeZone } = status;
  // The core's one rule, as the tray and the quick actions follow it.
  const offer = status.startNow;

  const startNow = async () => {
    const result = await withStatus(netwell.boundaries.startNow({ minutes: START_NOW_MINUTES }));
    if (!result.ok) showToast(result.error.message, { tone: 'error' });
    else showToast(`A ${START_NOW_MINUTES}-minute window is open. Make it count.`);
  };

  return (
    <section className="panel lock-screen" aria-labelledby="lock-title">
      <svg className="lock-mark" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
        <path d="M30 9a15 15 0 1 0 9 24A13 13 0 0 1 30 9z" />
      </svg>
      <h2 id="lock-title" className="lock-title">
        Workspace locked
      </h2>
      <p className="lock-message">{access.message}</p>
      {next && (
        <p className="lock-next">
          Next up: {next.label ?? 'a networking window'}, {weekdayTime(next.start, timeZone)}–
          {clockTime(next.end, timeZone)}
        </p>
      )}

      {mode === 'strict' && (
        <p className="lock-mode-note">Strict mode: no unlocking until your next window.</p>
      )}
      {mode === 'firm' &&
        (access.canUnlock ? (
          <UnlockForm unlocksLeft={access.unlocksLeftToday} />
        ) : (
          <p className="lock-mode-note">
            You have used today’s unlocks. The workspace opens at your next window.
          </p>
        ))}

      {offer.shown && offer.enabled && (
        <div className="lock-actions">
          <p className="muted">Or, if now is a good time after all:</p>
          <button type="button" className="button" onClick={() => void startNow()}>
            Start a window now
          </button>
        </div>
      )}
      {offer.shown && !offer.enabled && offer.reason && (
        <p className="lock-mode-note">No new window today: {offer.reason}</p>
      )}
    </section>
  );
}

function UnlockForm({ unlocksLeft }: { unlocksLeft: number }) {
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const fieldRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const [focusTick, setFocusTick] = useState(0);

  useEffect(() => {
    if (focusTick) fieldRef.current?.focus();
  }, [focusTick]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await withStatus(netwell.boundaries.unlock({ reason }));
    setBusy(false);
    if (!result.ok) {
      const messages = (result.error.issues ?? []).map((issue) => issue.message);
      setErrors(messages.length > 0 ? messages : [result.error.message]);
      setFocusTick((n) => n + 1);
      return;
    }
    setErrors([]);
    setReason('');
    showToast(`Unlocked for ${UNLOCK_MINUTES} minutes.`);
  };

  return (
    <form
      className="unlock-form"
      aria-labelledby="unlock-title"
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      <h3 id="unlock-title" className="subsection-title">
        Need to go in now?
      </h3>
      <Field
        id="unlock-reason"
        label="Why do you need to go in now?"
        hint="A few words, at least 10 characters. Each unlock is logged, just for you."
        value={reason}
        onChange={setReason}
        errors={errors}
        multiline
        rows={2}
        inputRef={fieldRef}
      />
      <div className="unlock-actions">
        <button type="submit" className="button" aria-disabled={busy}>
          Unlock for {UNLOCK_MINUTES} minutes
        </button>
        <p className="muted">{unlocksLeftText(unlocksLeft)}</p>
      </div>
    </form>
  );
}
