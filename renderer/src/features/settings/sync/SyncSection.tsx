import { useState } from 'react';
import { PendingDeletionsNotice } from './SyncAttention';
import { SyncAccountPanel } from './SyncAccountPanel';
import { SyncConnectForm } from './SyncConnectForm';
import { useSyncStatus } from './useSyncStatus';

/**
 * Settings → Sync: two-way sync with the user's own CardDAV/CalDAV server. Not connected, a form
 * to connect an account; connected, the account, its state, and what waits for the user.
 */
export function SyncSection() {
  const status = useSyncStatus();
  // After our own connect or disconnect the part that had focus is gone: focus goes to the new one.
  const [moved, setMoved] = useState<'connected' | 'disconnected' | null>(null);
  const account = status?.account ?? null;

  return (
    <section className="panel settings-section" aria-labelledby="settings-sync">
      <h2 id="settings-sync" className="panel-title">
        Sync
      </h2>
      <p className="section-intro">
        Keep your contacts and meetings in step with the address book and calendar you already use
        on your phone (CardDAV and CalDAV): Nextcloud, Fastmail, iCloud, mailbox.org, Radicale,
        Baïkal… Netwell talks to your server directly, with no account of ours.
      </p>
      {!status && (
        <p className="muted" role="status">
          Loading…
        </p>
      )}
      {status?.pendingDeletions && <PendingDeletionsNotice pending={status.pendingDeletions} />}
      {status && account && (
        <SyncAccountPanel
          status={status}
          account={account}
          focusOnShow={moved === 'connected'}
          onDisconnected={() => setMoved('disconnected')}
        />
      )}
      {status && !account && (
        <SyncConnectForm
          passwordStorage={status.passwordStorage}
          focusOnShow={moved === 'disconnected'}
          onConnected={() => setMoved('connected')}
        />
      )}
    </section>
  );
}
