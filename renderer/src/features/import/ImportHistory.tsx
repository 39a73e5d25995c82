import { useCallback, useEffect, useState } from 'react';
import {
  IMPORT_FORMAT_LABELS,
  type ImportHistoryItem,
} from '../../../../electron/shared/interchange/import';
import { netwell } from '../../bridge/netwell';
import { undoImport } from './importFlow';

const when = (at: string) =>
  new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const count = (n: number, what: string) => `${n} ${what}`;

/** The recent imports (Settings → Your data), each of which can be undone as one step. */
export function ImportHistory() {
  const [items, setItems] = useState<ImportHistoryItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const load = useCallback(() => {
    void netwell.import.history().then((result) => {
      if (result.ok) setItems(result.value);
      else setError(result.error.message);
    });
  }, []);
  useEffect(() => {
    load();
    // An import, or an undo from its toast, changes the contacts: the list follows.
    return netwell.on('contacts.changed', load);
  }, [load]);

  const undo = async (item: ImportHistoryItem) => {
    setBusy(item.id);
    setDone(null);
    const message = await undoImport(item.id, { toast: false });
    setBusy(null);
    setDone(message);
    load();
  };

  return (
    <>
      <h3 className="settings-subtitle">Import history</h3>
      <p className="muted">
        Your last ten imports. Undoing one removes the people it added and puts back the ones it
        updated, except anyone you changed since: they stay as they are.
      </p>
      {error && <p className="inline-error">{error}</p>}
      {items && items.length === 0 && <p className="muted">No imports yet.</p>}
      {items && items.length > 0 && (
        <ul className="backup-list" aria-label="Import history">
          {items.map((item) => (
            <li key={item.id} className="backup-row">
              <span>
                <strong>{when(item.at)}</strong> ·{' '}
                {item.fileName || IMPORT_FORMAT_LABELS[item.format]} · {count(item.added, 'added')},{' '}
                {count(item.updated, 'updated')}
              </span>
              <button
                type="button"
                className="button button-small"
                disabled={busy !== null}
                onClick={() => void undo(item)}
              >
                Undo this import
                <span className="visually-hidden">
                  {' '}
                  ({item.fileName || IMPORT_FORMAT_LABELS[item.format]}, {when(item.at)})
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {done && <p role="status">{done}</p>}
    </>
  );
}
