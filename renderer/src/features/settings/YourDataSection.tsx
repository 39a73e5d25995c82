import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { BackupEntry, RestoreResult } from '../../../../electron/shared/interchange-export';
import { sizeText } from '../../../../electron/shared/file-limits';
import type { Result } from '../../../../electron/shared/result';
import { netwell } from '../../bridge/netwell';
import { FieldFrame } from '../../components/Field';
import { showToast } from '../../components/toasts';
import { downloadFile, type TextFile } from '../../lib/download';
import { sizeProblem, uploadFile, uploadingText } from '../../lib/uploadFile';
import { ImportHistory } from '../import/ImportHistory';
import { useSyncStatus } from './sync/useSyncStatus';

const when = (at: string) =>
  new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const KIND_TEXT: Record<BackupEntry['kind'], string> = {
  automatic: 'Automatic backup',
  safety: 'Safety copy (before a restore)',
};

function useBackups() {
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    void netwell.backup.list().then((result) => {
      if (result.ok) {
        setBackups(result.value);
        setError(null);
      } else setError(result.error.message);
    });
  }, []);
  useEffect(load, [load]);
  return { backups, error, reload: load };
}

/** What is about to be restored, waiting for the user's yes: a chosen file or a saved backup. */
type Pending = { label: string } & ({ file: File } | { savedName: string });

/** A chosen file on its way to the app, before the restore itself. */
type Upload = { sent: number; size: number };

/** Settings → Your data: exports, a full backup, restoring one, and the automatic backups. */
export function YourDataSection() {
  const fileId = useId();
  const { backups, error: listError, reload } = useBackups();
  const [pending, setPending] = useState<Pending | null>(null);
  // A restore is a change like any other to sync: the confirmation says where it goes.
  const syncAccount = useSyncStatus()?.account ?? null;
  const [upload, setUpload] = useState<Upload | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);

  const save = async (make: () => Promise<Result<TextFile>>, done: (name: string) => string) => {
    setError(null);
    const result = await make();
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    downloadFile(result.value);
    showToast(done(result.value.fileName));
  };

  /** Sends a chosen file in pieces (with progress and Cancel), then restores it. */
  const restoreFile = async (file: File): Promise<Result<RestoreResult> | null> => {
    const controller = new AbortController();
    abortRef.current = controller;
    setUpload({ sent: 0, size: file.size });
    const uploaded = await uploadFile(file, 'restore', {
      signal: controller.signal,
      onProgress: (sent, size) => setUpload({ sent, size }),
    });
    abortRef.current = null;
    setUpload(null);
    if (controller.signal.aborted) return null;
    if (!uploaded.ok) {
      return {
        ok: false,
        error: { ...uploaded.error, message: `${uploaded.error.message} Nothing was changed.` },
      };
    }
    return netwell.backup.restore({ uploadId: uploaded.value });
  };

  const restore = async (what: Pending) => {
    setBusy(true);
    setError(null);
    const result =
      'file' in what
        ? await restoreFile(what.file)
        : await netwell.backup.restoreSaved({ name: what.savedName });
    setBusy(false);
    setPending(null);
    reload();
    if (!result) {
      showToast('Restore cancelled. Nothing was changed.');
      return;
    }
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const { safetyCopy, contacts } = result.value;
    showToast(`Restored: ${contacts} ${contacts === 1 ? 'contact' : 'contacts'}.`, {
      focusAction: true,
      action: {
        label: 'Undo',
        run: () =>
          void netwell.backup.restoreSaved({ name: safetyCopy }).then((undone) => {
            reload();
            if (undone.ok) showToast('Your data is back as it was before the restore.');
            else showToast(undone.error.message, { tone: 'error' });
          }),
      },
    });
  };

  const pickFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    // Checked before anything is sent, against the same limit the app enforces.
    const problem = sizeProblem(file);
    if (problem) {
      setError(`${problem} Nothing was changed.`);
      return;
    }
    setPending({ label: file.name, file });
  };

  return (
    <section className="panel settings-section" aria-labelledby="settings-your-data">
      <h2 id="settings-your-data" className="panel-title">
        Your data
      </h2>
      <p className="muted">
        Take your contacts and calendar anywhere, and keep a copy of everything. Files are saved to
        your downloads.
      </p>
      <div className="your-data-actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            void save(
              () => netwell.contacts.export({ format: 'vcard' }),
              (name) => `Your contacts are in ${name} (vCard), in your downloads.`,
            )
          }
        >
          Export contacts (vCard)
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void save(
              () => netwell.contacts.export({ format: 'csv' }),
              (name) => `Your contacts are in ${name} (CSV), in your downloads.`,
            )
          }
        >
          Export contacts (CSV)
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void save(
              () => netwell.calendar.export({ target: { kind: 'upcoming' } }),
              (name) => `Your upcoming meetings and events are in ${name}.`,
            )
          }
        >
          Export upcoming meetings and events (.ics)
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void save(
              () => netwell.backup.export(),
              (name) => `Everything is in ${name}, in your downloads. Keep it somewhere safe.`,
            )
          }
        >
          Download a full backup
        </button>
      </div>

      <FieldFrame
        id={fileId}
        label="Restore from a backup file"
        hint="A Netwell backup (.json). You confirm before anything changes, and your current data is kept as a safety copy."
      >
        {(aria) => (
          <input
            {...aria}
            ref={fileRef}
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(event) => void pickFile(event)}
          />
        )}
      </FieldFrame>

      {pending && (
        <div className="meeting-inline" role="group" aria-label="Confirm the restore">
          <p>
            Replace all your data with {pending.label}? What you have now is saved first as a safety
            copy, so you can undo.
          </p>
          {syncAccount && (
            <p>
              Sync stays connected: the next sync makes the address book
              {syncAccount.calendar ? ' and calendar' : ''} on your server match the restored data.
              It asks before deleting more than five people there.
            </p>
          )}
          <div className="meeting-actions">
            <button
              ref={confirmRef}
              type="button"
              className="button button-small button-danger"
              disabled={busy}
              onClick={() => void restore(pending)}
            >
              Yes, restore
            </button>
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              onClick={() => setPending(null)}
            >
              Keep my data
            </button>
          </div>
          {upload && (
            <div className="upload-progress">
              <p role="status">{uploadingText(upload.sent, upload.size)}</p>
              <progress aria-label="Uploading the backup" max={upload.size} value={upload.sent} />
              <button
                type="button"
                className="button button-small"
                onClick={() => abortRef.current?.abort()}
              >
                Cancel
              </button>
            </div>
          )}
          {busy && !upload && <p role="status">Restoring…</p>}
        </div>
      )}
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}

      <ImportHistory />

      <h3 className="settings-subtitle">Saved backups</h3>
      <p className="muted">
        Netwell backs up your data every hour while you make changes and when you quit, and keeps
        the newest ten. Restoring one keeps your settings as they are.
      </p>
      {listError && <p className="inline-error">{listError}</p>}
      {backups && backups.length === 0 && <p className="muted">No backups yet.</p>}
      {backups && backups.length > 0 && (
        <ul className="backup-list" aria-label="Saved backups">
          {backups.map((backup) => (
            <li key={backup.name} className="backup-row">
              <span>
                <strong>{when(backup.at)}</strong> · {KIND_TEXT[backup.kind]} ·{' '}
                {sizeText(backup.bytes)}
              </span>
              <button
                type="button"
                className="button button-small"
                disabled={busy}
                onClick={() =>
                  setPending({
                    label: `the backup from ${when(backup.at)}`,
                    savedName: backup.name,
                  })
                }
              >
                Restore<span className="visually-hidden"> the backup from {when(backup.at)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
