import { useEffect, useState } from 'react';
import type { CrmContact } from '../../../../../electron/shared/crm/contact-crm-fields';
import { MERGE_PICKED_FIELDS } from '../../../../../electron/shared/crm/merge-fields';
import { navigate } from '../../../app/useRoute';
import { netwell } from '../../../bridge/netwell';
import { ModalDialog } from '../../../components/ModalDialog';
import { showToast } from '../../../components/toasts';
import { keepInTouchText } from '../../crm/crmText';

type Field = (typeof MERGE_PICKED_FIELDS)[number];
type Side = 'keep' | 'other';

const LABELS: Record<Field, string> = {
  name: 'Name',
  company: 'Company',
  role: 'Role',
  howWeMet: 'How we met',
  notes: 'Notes',
  city: 'City',
  keepInTouch: 'Keep in touch',
  metInPerson: 'Met in person',
};

function valueText(contact: CrmContact, field: Field): string {
  const value = contact[field];
  if (field === 'keepInTouch') return keepInTouchText(contact.keepInTouch);
  if (field === 'metInPerson') {
    const met = contact.metInPerson;
    return met.met ? `Yes${met.on ? `, ${met.on}` : ''}` : 'No';
  }
  return typeof value === 'string' ? value : '';
}

/** The default the core applies too: the kept side, unless it is empty and the other is not. */
const defaultSide = (keep: CrmContact, other: CrmContact, field: Field): Side =>
  !valueText(keep, field) && valueText(other, field) ? 'other' : 'keep';

export interface MergeDialogProps {
  ids: readonly [string, string];
  onClose: () => void;
  onMerged: (id: string) => void;
}

/**
 * Two records of the same person side by side: where they differ, the user picks a side per
 * field; emails, phones, links, tags, platforms and every bit of history are joined.
 */
export function MergeDialog({ ids, onClose, onMerged }: MergeDialogProps) {
  const [pair, setPair] = useState<[CrmContact, CrmContact] | null>(null);
  const [choices, setChoices] = useState<Partial<Record<Field, Side>>>({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void Promise.all(ids.map((id) => netwell.contacts.get({ id }))).then(([a, b]) => {
      if (a?.ok && b?.ok) setPair([a.value, b.value]);
      else setError('One of these contacts no longer exists.');
    });
  }, [ids]);

  const swap = () => {
    setPair((p) => (p ? [p[1], p[0]] : p));
    setChoices({});
  };

  const merge = async () => {
    if (!pair) return;
    setBusy(true);
    const [keep, other] = pair;
    const result = await netwell.contacts.merge({ keepId: keep.id, otherId: other.id, choices });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    showToast(`Merged into ${result.value.name}. ${other.name} is in the trash.`, {
      action: { label: 'Undo', run: () => void undoMerge(other.id) },
      focusAction: true,
    });
    onMerged(result.value.id);
    navigate({ area: 'contacts', contactId: result.value.id, mode: 'view' });
  };

  const differing = pair
    ? MERGE_PICKED_FIELDS.filter((f) => valueText(pair[0], f) !== valueText(pair[1], f))
    : [];

  return (
    <ModalDialog title="Merge two contacts" onClose={onClose} className="merge-dialog">
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      {!pair ? (
        !error && <p aria-busy="true">Opening both contacts…</p>
      ) : (
        <>
          <p>
            Keeping <strong>{pair[0].name}</strong> and folding <strong>{pair[1].name}</strong> into
            it.{' '}
            <button type="button" className="button button-small" onClick={swap}>
              Keep {pair[1].name} instead
            </button>
          </p>
          {differing.length === 0 ? (
            <p className="muted">Every field below agrees; only lists and history are joined.</p>
          ) : (
            <table className="merge-table">
              <caption className="visually-hidden">Choose which value to keep</caption>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">{pair[0].name}</th>
                  <th scope="col">{pair[1].name}</th>
                </tr>
              </thead>
              <tbody>
                {differing.map((field) => {
                  const side = choices[field] ?? defaultSide(pair[0], pair[1], field);
                  return (
                    <tr key={field}>
                      <th scope="row">{LABELS[field]}</th>
                      {(['keep', 'other'] as const).map((s, i) => (
                        <td key={s}>
                          <label className="merge-choice">
                            <input
                              type="radio"
                              name={`merge-${field}`}
                              checked={side === s}
                              aria-label={`${LABELS[field]} from ${pair[i]!.name}`}
                              onChange={() => setChoices((c) => ({ ...c, [field]: s }))}
                            />
                            <span>
                              {valueText(pair[i]!, field) || <em className="muted">empty</em>}
                            </span>
                          </label>
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <p className="field-hint">
            Emails, phones, links, tags, platforms and custom fields from both are kept. Every
            interaction, meeting, invitation, commitment and follow-up moves to the kept contact.
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void merge()}
            >
              Merge
            </button>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}

/** Parts the two again: both records and their histories as they were before the merge. */
async function undoMerge(otherId: string): Promise<void> {
  const result = await netwell.contacts.undoMerge({ otherId });
  if (!result.ok) {
    showToast(result.error.message, { tone: 'error' });
    return;
  }
  const { keep, other } = result.value;
  navigate({ area: 'contacts', contactId: keep.id, mode: 'view' });
  showToast(`Merge undone: ${keep.name} and ${other.name} are separate again.`);
}
