import { useId, useState, type FormEvent } from 'react';
import type { ContactRow } from '../../../../electron/shared/contact-page';
import { netwell } from '../../bridge/netwell';
import { showToast } from '../../components/toasts';
import { useContactNames } from '../contacts/useContactNames';
import { usePeopleSearch } from '../contacts/usePeopleSearch';

/** How many matches the picker lists; typing narrows them. */
const SHOWN = 30;

/**
 * "Invite people": a search through the core (at 30,000 contacts the page never holds them all)
 * with a checkbox per match. The people ticked stay listed whatever the search.
 */
export function InviteForm({
  eventId,
  eventName,
  invitedIds,
  onClose,
}: {
  eventId: string;
  eventName: string;
  /** Already on the guest list: not offered again. */
  invitedIds: readonly string[];
  onClose: () => void;
}) {
  const baseId = useId();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<ContactRow[]>([]);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const q = query.trim();
  // The chosen are not excluded from the search, so a ticked row stays where it was.
  const search = usePeopleSearch(q, invitedIds, { limit: SHOWN });
  const chosenIds = chosen.map((p) => p.id);
  const names = useContactNames(chosenIds);
  const found = new Set(search.rows.map((p) => p.id));
  // Ticked people the search no longer finds come first, under their current names.
  const kept = chosen
    .filter((p) => !found.has(p.id))
    .map((p) => ({ ...p, name: names.get(p.id) ?? p.name }));
  const shown = [...kept, ...search.rows];
  const noOneToInvite =
    search.ready && chosen.length === 0 && (search.total === 0 || (!q && shown.length === 0));

  const toggle = (person: ContactRow, checked: boolean) =>
    setChosen((c) =>
      checked
        ? [...c.filter((p) => p.id !== person.id), person]
        : c.filter((p) => p.id !== person.id),
    );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (chosen.length === 0) {
      setError('Pick at least one person.');
      return;
    }
    setBusy(true);
    const result = await netwell.events.invite({ eventId, contactIds: chosenIds, sent });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.issues?.[0]?.message ?? result.error.message);
      return;
    }
    showToast(
      `${chosen.length === 1 ? 'One person' : `${chosen.length} people`} on the guest list.`,
    );
    onClose();
  };

  return (
    <form
      className="invite-form"
      onSubmit={(e) => void submit(e)}
      aria-label={`Invite people to ${eventName}`}
    >
      <label className="field-label" htmlFor={`${baseId}-search`}>
        Find people to invite
      </label>
      <input
        id={`${baseId}-search`}
        type="search"
        className="input"
        value={query}
        maxLength={200}
        autoComplete="off"
        autoFocus
        onChange={(e) => setQuery(e.target.value)}
      />
      {noOneToInvite ? (
        <p className="muted">
          Everyone you know is on the list already, or you have no contacts yet.{' '}
          <a href="#/contacts/new">Add someone</a>.
        </p>
      ) : (
        (search.ready || chosen.length > 0) && (
          <ul className="invite-matches" aria-label="People you can invite">
            {shown.map((p) => (
              <li key={p.id} className="check">
                <input
                  type="checkbox"
                  id={`${baseId}-${p.id}`}
                  checked={chosenIds.includes(p.id)}
                  onChange={(e) => toggle(p, e.target.checked)}
                />
                <label htmlFor={`${baseId}-${p.id}`}>
                  {p.name}
                  {p.company && <span className="muted"> · {p.company}</span>}
                </label>
              </li>
            ))}
            {search.ready && q !== '' && search.rows.length === 0 && (
              <li className="muted">No one matches “{q}”.</li>
            )}
          </ul>
        )
      )}
      <div className="check">
        <input
          type="checkbox"
          id={`${baseId}-sent`}
          checked={sent}
          onChange={(e) => setSent(e.target.checked)}
        />
        <label htmlFor={`${baseId}-sent`}>Mark as sent</label>
      </div>
      {error && (
        <p className="event-error" role="alert">
          {error}
        </p>
      )}
      <div className="event-actions">
        <button type="submit" className="button button-small button-primary" disabled={busy}>
          Add to guest list
        </button>
        <button type="button" className="button button-small" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
