import { useState, type FormEvent } from 'react';
import type { BulkAction } from '../../../../../electron/shared/crm/bulk-action';
import type { Cadence } from '../../../../../electron/shared/crm/contact-crm-fields';
import { netwell } from '../../../bridge/netwell';
import { showToast } from '../../../components/toasts';
import type { ContactFilter } from '../useContacts';
import { formatCount } from '../../../lib/numbers';

export interface BulkBarProps {
  selected: readonly string[];
  matches: number;
  filter: ContactFilter;
  onSelectAll: () => void;
  onClear: () => void;
  onMerge: () => void;
  /** The export formats on offer; absent while exporting is not available. */
  onExport?: (format: 'vcard' | 'csv') => void;
}

type Open = 'tag' | 'cadence' | null;

const people = (n: number) => `${formatCount(n)} ${n === 1 ? 'contact' : 'contacts'}`;

/** What can be done to every ticked contact at once: tag, cadence, archive, delete, merge, export. */
export function BulkBar({
  selected,
  matches,
  filter,
  onSelectAll,
  onClear,
  onMerge,
  onExport,
}: BulkBarProps) {
  const [open, setOpen] = useState<Open>(null);
  const [tag, setTag] = useState('');
  const [every, setEvery] = useState('4');
  const [unit, setUnit] = useState<Cadence['unit'] | 'none' | 'tags'>('weeks');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = [...selected];

  async function run(action: BulkAction, done: (count: number) => void): Promise<boolean> {
    setBusy(true);
    const result = await netwell.contacts.bulk({ ids, action });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.issues?.[0]?.message ?? result.error.message);
      return false;
    }
    setError('');
    done(result.value.count);
    return true;
  }

  const addTag = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await run({ kind: 'add-tag', tag }, (n) =>
      showToast(`Tagged ${people(n)} “${tag.trim()}”.`),
    );
    if (ok) {
      setOpen(null);
      setTag('');
    }
  };

  const setCadence = async (event: FormEvent) => {
    event.preventDefault();
    const count = Number(every);
    if (
      unit !== 'none' &&
      unit !== 'tags' &&
      !(Number.isInteger(count) && count >= 1 && count <= 365)
    ) {
      setError('Keep in touch every 1 to 365 days, weeks or months.');
      return;
    }
    const cadence = unit === 'none' ? 'none' : unit === 'tags' ? null : { every: count, unit };
    const ok = await run({ kind: 'set-cadence', cadence }, (n) =>
      showToast(`Keep-in-touch set for ${people(n)}.`),
    );
    if (ok) setOpen(null);
  };

  const archive = (kind: 'archive' | 'unarchive') =>
    void run({ kind }, (n) =>
      showToast(`${kind === 'archive' ? 'Archived' : 'Unarchived'} ${people(n)}.`, {
        action: {
          label: 'Undo',
          run: () =>
            void netwell.contacts.bulk({
              ids,
              action: { kind: kind === 'archive' ? 'unarchive' : 'archive' },
            }),
        },
      }),
    ).then((ok) => ok && onClear());

  const remove = () =>
    void run({ kind: 'delete' }, (n) =>
      showToast(`Deleted ${people(n)}.`, {
        action: {
          label: 'Undo',
          run: () =>
            void netwell.contacts.undoDeleteMany({ ids }).then((result) => {
              if (result.ok) showToast(`Restored ${people(result.value.count)}.`);
            }),
        },
        focusAction: true,
      }),
    ).then((ok) => ok && onClear());

  return (
    <section className="bulk-bar" aria-label="Selected contacts">
      <p className="bulk-count" role="status">
        {people(selected.length)} selected
      </p>
      <div className="bulk-row">
        {selected.length < matches && (
          <button type="button" className="button button-small" onClick={onSelectAll}>
            Select all {formatCount(matches)}
          </button>
        )}
        <button type="button" className="button button-small" onClick={onClear}>
          Clear selection
        </button>
      </div>
      <div className="bulk-row">
        <button
          type="button"
          className="button button-small"
          aria-expanded={open === 'tag'}
          onClick={() => setOpen(open === 'tag' ? null : 'tag')}
        >
          Add tag…
        </button>
        <button
          type="button"
          className="button button-small"
          aria-expanded={open === 'cadence'}
          onClick={() => setOpen(open === 'cadence' ? null : 'cadence')}
        >
          Set cadence…
        </button>
        {filter === 'archived' ? (
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => archive('unarchive')}
          >
            Unarchive
          </button>
        ) : (
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => archive('archive')}
          >
            Archive
          </button>
        )}
        <button
          type="button"
          className="button button-small button-danger"
          disabled={busy}
          onClick={remove}
        >
          Delete
        </button>
        {selected.length === 2 && (
          <button type="button" className="button button-small" onClick={onMerge}>
            Merge…
          </button>
        )}
        {onExport && (
          <>
            <button type="button" className="button button-small" onClick={() => onExport('vcard')}>
              Export vCard
            </button>
            <button type="button" className="button button-small" onClick={() => onExport('csv')}>
              Export CSV
            </button>
          </>
        )}
      </div>
      {open === 'tag' && (
        <form className="bulk-form" onSubmit={(e) => void addTag(e)}>
          <label htmlFor="bulk-tag">Tag to add</label>
          <input
            id="bulk-tag"
            className="input"
            value={tag}
            maxLength={40}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'bulk-error' : undefined}
            onChange={(e) => setTag(e.target.value)}
          />
          <button type="submit" className="button button-small button-primary" disabled={busy}>
            Add tag
          </button>
        </form>
      )}
      {open === 'cadence' && (
        <form className="bulk-form" onSubmit={(e) => void setCadence(e)}>
          <label htmlFor="bulk-unit">Keep in touch</label>
          <select
            id="bulk-unit"
            className="input"
            value={unit}
            onChange={(e) => setUnit(e.target.value as typeof unit)}
          >
            <option value="days">Every N days</option>
            <option value="weeks">Every N weeks</option>
            <option value="months">Every N months</option>
            <option value="tags">As their tags say</option>
            <option value="none">Never remind me</option>
          </select>
          {unit !== 'none' && unit !== 'tags' && (
            <>
              <label htmlFor="bulk-every">N</label>
              <input
                id="bulk-every"
                className="input input-narrow"
                inputMode="numeric"
                value={every}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? 'bulk-error' : undefined}
                onChange={(e) => setEvery(e.target.value)}
              />
            </>
          )}
          <button type="submit" className="button button-small button-primary" disabled={busy}>
            Set cadence
          </button>
        </form>
      )}
      {error && (
        <p id="bulk-error" className="inline-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
