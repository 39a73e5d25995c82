import { useState, type FormEvent } from 'react';
import { netwell } from '../../../bridge/netwell';
import { FieldFrame } from '../../../components/Field';
import { ModalDialog } from '../../../components/ModalDialog';
import { showToast } from '../../../components/toasts';
import { withSyncStatus } from './useSyncStatus';

/** A new app password for the account (the old one was revoked, or refused). */
export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!password) {
      setError('Give the (app) password.');
      return;
    }
    setBusy(true);
    const result = await withSyncStatus(netwell.sync.setPassword({ password }));
    setBusy(false);
    if (!result.ok) {
      setError(result.error.issues?.[0]?.message ?? result.error.message);
      return;
    }
    showToast('The new password is saved.');
    onClose();
  };

  return (
    <ModalDialog title="Change the password" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FieldFrame
          id="sync-new-password"
          label="New app password"
          hint="The password Netwell gives the server from now on."
          errors={error ? [error] : []}
        >
          {(aria) => (
            <input
              {...aria}
              type="password"
              className="input"
              autoComplete="off"
              autoFocus
              value={password}
              onChange={(event) => {
                setPassword(event.target.value);
                setError(null);
              }}
            />
          )}
        </FieldFrame>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            Save password
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** Asked before forgetting the account: nothing is deleted on either side. */
export function DisconnectDialog({
  server,
  onClose,
  onDisconnected,
}: {
  server: string;
  onClose: () => void;
  onDisconnected: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const disconnect = async () => {
    setBusy(true);
    const result = await withSyncStatus(netwell.sync.disconnect());
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    showToast('Disconnected. Nothing was deleted.');
    onDisconnected();
    onClose();
  };

  return (
    <ModalDialog title="Disconnect from the server?" onClose={onClose}>
      <p className="field-hint">
        Netwell stops syncing with {server} and forgets the password. Nothing is deleted on either
        side: your contacts and meetings stay in Netwell and on the server.
      </p>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        {/* Staying connected changes nothing, so it has the focus. */}
        <button type="button" className="button button-primary" autoFocus onClick={onClose}>
          Stay connected
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={busy}
          onClick={() => void disconnect()}
        >
          Disconnect
        </button>
      </div>
    </ModalDialog>
  );
}
