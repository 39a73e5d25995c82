import { useEffect, useRef, useState } from 'react';
import type {
  PendingDeletions,
  SyncConflict,
  SyncFailure,
} from '../../../../../electron/shared/sync';
import { netwell } from '../../../bridge/netwell';
import { showToast } from '../../../components/toasts';
import { conflictValueText, pendingDeletionsText } from './syncStatusModel';
import { withSyncStatus } from './useSyncStatus';

/** Enough to see what went wrong; the rest is counted. */
const FAILURES_SHOWN = 20;

/** A sync that would delete many contacts waits for the user's word. */
export function PendingDeletionsNotice({ pending }: { pending: PendingDeletions }) {
  const [busy, setBusy] = useState(false);
  const decide = async (decision: 'delete' | 'keep') => {
    setBusy(true);
    const result = await withSyncStatus(netwell.sync.confirmDeletions({ decision }));
    setBusy(false);
    if (!result.ok) showToast(result.error.message, { tone: 'error' });
    else showToast(decision === 'delete' ? 'Deleted.' : 'Kept: nothing was deleted.');
  };
  return (
    <div
      className="notice notice-warning sync-deletions"
      role="group"
      aria-label="Deletions waiting for you"
    >
      <div>
        <p className="notice-message">{pendingDeletionsText(pending)}</p>
        <p>Nothing is deleted until you choose.</p>
        <div className="sync-buttons">
          <button
            type="button"
            className="button button-small button-danger"
            disabled={busy}
            onClick={() => void decide('delete')}
          >
            Delete them
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => void decide('keep')}
          >
            Keep them
          </button>
        </div>
      </div>
    </div>
  );
}

/** The same detail changed on both sides since the last sync: the user picks one. */
export function ConflictList({ conflicts }: { conflicts: readonly SyncConflict[] }) {
  const [busyId, setBusyId] = useState<string | null>(null);
  const resolve = async (conflict: SyncConflict, keep: 'netwell' | 'server') => {
    setBusyId(conflict.id);
    const result = await withSyncStatus(netwell.sync.resolve({ id: conflict.id, keep }));
    setBusyId(null);
    if (!result.ok) showToast(result.error.message, { tone: 'error' });
    else
      showToast(
        `${conflict.label}: ${conflict.fieldLabel} kept from ${keep === 'netwell' ? 'Netwell' : 'the server'}.`,
      );
  };
  return (
    <>
      <h3 className="settings-subtitle" id="sync-conflicts-title">
        Conflicts
      </h3>
      <p className="muted">
        These changed in Netwell and on the server since the last sync. Choose which to keep; the
        other side gets it at the next sync.
      </p>
      {conflicts.length > 1 && <ResolveAll count={conflicts.length} />}
      <ul className="sync-conflicts" aria-labelledby="sync-conflicts-title">
        {conflicts.map((conflict) => {
          const what = `${conflict.fieldLabel} of ${conflict.label}`;
          return (
            <li key={conflict.id} className="sync-conflict">
              <p>
                <strong>
                  {conflict.contactId ? (
                    <a href={`#/contacts/${encodeURIComponent(conflict.contactId)}`}>
                      {conflict.label}
                    </a>
                  ) : (
                    conflict.label
                  )}
                </strong>{' '}
                · {conflict.fieldLabel}
              </p>
              <dl className="sync-values">
                <div>
                  <dt>In Netwell:</dt>
                  <dd>{conflictValueText(conflict.netwell)}</dd>
                </div>
                <div>
                  <dt>On the server:</dt>
                  <dd>{conflictValueText(conflict.server)}</dd>
                </div>
              </dl>
              <div className="sync-buttons">
                <button
                  type="button"
                  className="button button-small"
                  disabled={busyId === conflict.id}
                  onClick={() => void resolve(conflict, 'netwell')}
                >
                  Keep Netwell’s<span className="visually-hidden"> {what}</span>
                </button>
                <button
                  type="button"
                  className="button button-small"
                  disabled={busyId === conflict.id}
                  onClick={() => void resolve(conflict, 'server')}
                >
                  Keep the server’s<span className="visually-hidden"> {what}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/**
 * One choice for every conflict (a first sync of a book that already had the same people can
 * bring dozens), asked once more before it is made: it replaces values on one side.
 */
function ResolveAll({ count }: { count: number }) {
  const [asking, setAsking] = useState<'netwell' | 'server' | null>(null);
  const [busy, setBusy] = useState(false);
  // The question takes the place of the button pressed: the focus goes to its answer.
  const yesRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yesRef.current?.focus();
  }, [asking]);
  const side = (keep: 'netwell' | 'server') => (keep === 'netwell' ? 'Netwell’s' : 'the server’s');
  const resolveAll = async (keep: 'netwell' | 'server') => {
    setBusy(true);
    const result = await withSyncStatus(netwell.sync.resolveAll({ keep }));
    setBusy(false);
    setAsking(null);
    if (!result.ok) showToast(result.error.message, { tone: 'error' });
    else showToast(`All ${count} conflicts settled: ${side(keep)} values kept.`);
  };
  if (asking) {
    const other = asking === 'netwell' ? 'on the server, at the next sync' : 'in Netwell, now';
    return (
      <div className="meeting-inline" role="group" aria-label="Settle every conflict">
        <p>
          Keep {side(asking)} value in all {count} conflicts? The other values are replaced {other}.
        </p>
        <div className="sync-buttons">
          <button
            ref={yesRef}
            type="button"
            className="button button-small button-primary"
            disabled={busy}
            onClick={() => void resolveAll(asking)}
          >
            Yes, keep {side(asking)}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => setAsking(null)}
          >
            Cancel
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="sync-buttons" role="group" aria-label="Settle every conflict">
      <button type="button" className="button button-small" onClick={() => setAsking('netwell')}>
        Keep Netwell’s for all {count}
      </button>
      <button type="button" className="button button-small" onClick={() => setAsking('server')}>
        Keep the server’s for all {count}
      </button>
    </div>
  );
}

/** What the last run could not sync, and why (a malformed card, a refused write…). */
export function FailureList({ failures }: { failures: readonly SyncFailure[] }) {
  const more = failures.length - FAILURES_SHOWN;
  return (
    <>
      <h3 className="settings-subtitle" id="sync-failures-title">
        Not synced in the last run
      </h3>
      <ul className="sync-failures" aria-labelledby="sync-failures-title">
        {failures.slice(0, FAILURES_SHOWN).map((failure, index) => (
          <li key={`${failure.label}-${index}`}>
            <strong>{failure.label}</strong>: {failure.reason}
          </li>
        ))}
      </ul>
      {more > 0 && <p className="muted">And {more} more.</p>}
    </>
  );
}
