import { useEffect, useRef, useState } from 'react';
import type { SyncAccount, SyncStatus } from '../../../../../electron/shared/sync';
import { netwell } from '../../../bridge/netwell';
import { showToast } from '../../../components/toasts';
import { useNow } from '../../events/useNow';
import { ConflictList, FailureList } from './SyncAttention';
import { SyncOptionChecks } from './SyncOptionChecks';
import { ChangePasswordDialog, DisconnectDialog } from './SyncDialogs';
import {
  collectionName,
  lastRunText,
  nextRunText,
  passwordStorageText,
  queuedText,
  syncStateView,
} from './syncStatusModel';
import { setSyncOptions, withSyncStatus } from './useSyncStatus';

type Dialog = 'password' | 'disconnect' | null;

/** A connected account: where it syncs, how it is doing, and what waits for the user. */
export function SyncAccountPanel({
  status,
  account,
  focusOnShow,
  onDisconnected,
}: {
  status: SyncStatus;
  account: SyncAccount;
  /** Just connected: the panel takes the focus the form had. */
  focusOnShow: boolean;
  onDisconnected: () => void;
}) {
  const now = useNow();
  const [dialog, setDialog] = useState<Dialog>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const state = syncStateView(status);
  const next = status.state === 'idle' ? nextRunText(status.nextRunAt, now) : null;
  const queued = queuedText(status.queued);
  const paused = account.paused || status.state === 'paused';
  // A refused or missing password is what to fix first: its button leads.
  const needsPassword = status.state === 'password-refused' || status.state === 'needs-password';

  useEffect(() => {
    if (focusOnShow) titleRef.current?.focus();
  }, [focusOnShow]);

  const syncNow = async () => {
    // A paused account does not run, not even on demand: say so rather than seem to sync.
    if (paused) {
      showToast('Sync is paused: press Resume to sync again.');
      return;
    }
    const result = await withSyncStatus(netwell.sync.now());
    if (!result.ok) showToast(result.error.message, { tone: 'error' });
    else if (result.value.state === 'idle') showToast(lastRunText(result.value.lastRun, now));
  };

  const pause = async () => {
    const result = await withSyncStatus(netwell.sync.pause({ paused: !paused }));
    if (!result.ok) showToast(result.error.message, { tone: 'error' });
    else showToast(paused ? 'Sync resumed.' : 'Sync paused: changes wait until you resume.');
  };

  const setOption = async (field: 'syncNotes' | 'syncWindows', value: boolean) => {
    const result = await setSyncOptions({ ...account.options, [field]: value });
    if (!result.ok) showToast(result.error.message, { tone: 'error' });
  };

  return (
    <div className="sync-account">
      <h3 className="settings-subtitle" ref={titleRef} tabIndex={-1}>
        Connected account
      </h3>
      <dl className="about-list">
        <div className="detail-row">
          <dt>Server</dt>
          <dd>{account.serverUrl}</dd>
        </div>
        <div className="detail-row">
          <dt>User name</dt>
          <dd>{account.username}</dd>
        </div>
        <div className="detail-row">
          <dt>Address book</dt>
          <dd>{collectionName(account.addressBook)}</dd>
        </div>
        <div className="detail-row">
          <dt>Calendar</dt>
          <dd>{account.calendar ? collectionName(account.calendar) : 'None'}</dd>
        </div>
        {account.calendar && (
          <div className="detail-row">
            <dt>Meetings organized by</dt>
            <dd>
              {account.organizer
                ? account.organizer.name
                  ? `${account.organizer.name} <${account.organizer.email}>`
                  : account.organizer.email
                : 'No one: the server gave no email address for you, and your user name is not one'}
            </dd>
          </div>
        )}
        <div className="detail-row">
          <dt>State</dt>
          <dd>
            <span className={`sync-state sync-state-${state.tone}`}>{state.text}</span>
            {state.detail && <span className="sync-state-detail">{state.detail}</span>}
            {next && <span className="muted"> {next}</span>}
          </dd>
        </div>
        <div className="detail-row">
          <dt>Last sync</dt>
          <dd>
            {lastRunText(status.lastRun, now)}
            {queued && <span className="sync-queued"> {queued}</span>}
          </dd>
        </div>
      </dl>

      <div className="sync-buttons">
        <button
          type="button"
          className={needsPassword ? 'button' : 'button button-primary'}
          disabled={status.state === 'syncing'}
          onClick={() => void syncNow()}
        >
          Sync now
        </button>
        <button type="button" className="button" onClick={() => void pause()}>
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button
          type="button"
          className={needsPassword ? 'button button-primary' : 'button'}
          onClick={() => setDialog('password')}
        >
          Change password
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={() => setDialog('disconnect')}
        >
          Disconnect
        </button>
      </div>
      <p className="muted sync-password-note">{passwordStorageText(status.passwordStorage)}</p>

      <SyncOptionChecks
        idPrefix="sync-account"
        syncNotes={account.options.syncNotes}
        syncWindows={account.options.syncWindows}
        windowsDisabled={account.calendar === null}
        onChange={(field, value) => void setOption(field, value)}
      />

      {status.conflicts.length > 0 && <ConflictList conflicts={status.conflicts} />}
      {status.failures.length > 0 && <FailureList failures={status.failures} />}

      {dialog === 'password' && <ChangePasswordDialog onClose={() => setDialog(null)} />}
      {dialog === 'disconnect' && (
        <DisconnectDialog
          server={account.serverUrl}
          onClose={() => setDialog(null)}
          onDisconnected={onDisconnected}
        />
      )}
    </div>
  );
}
