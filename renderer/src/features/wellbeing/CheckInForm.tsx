import { useId, useState, type FormEvent } from 'react';
import type { PendingCheckIn, Wins } from '../../../../electron/shared/wellbeing';
import { netwell } from '../../bridge/netwell';
import { showToast } from '../../components/toasts';
import { sessionText } from './wellbeingText';

const ENERGY_LABELS = ['1, drained', '2, low', '3, okay', '4, good', '5, energised'] as const;
const WIN_LABELS: Record<keyof Wins, string> = {
  newContacts: 'New connections',
  followUpsSent: 'Follow-ups sent',
  meetingsBooked: 'Meetings booked',
};

/**
 * The check-in: energy 1–5, "did it feel like a chore?", quick wins (prefilled from what the CRM
 * logged during the session) and Skip. Nothing typed is lost on an error.
 */
export function CheckInForm({
  pending,
  timeZone,
  onDone,
}: {
  pending: PendingCheckIn;
  timeZone: string;
  onDone: () => void;
}) {
  const uid = useId();
  const [energy, setEnergy] = useState<number | null>(null);
  const [chore, setChore] = useState<boolean | null>(null);
  const [wins, setWins] = useState<Wins>(pending.prefill);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sessionId = pending.session.id;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (energy === null || chore === null) {
      setError(
        energy === null ? 'Pick your energy from 1 to 5.' : 'Say whether it felt like a chore.',
      );
      document.getElementById(`${uid}-${energy === null ? 'energy' : 'chore'}-1`)?.focus();
      return;
    }
    setBusy(true);
    const result = await netwell.wellbeing.checkIn({ sessionId, energy, chore, wins, note: '' });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.issues?.[0]?.message ?? result.error.message);
      return;
    }
    showToast('Thanks. Noted for your insights.');
    onDone();
  };

  const skip = async () => {
    const result = await netwell.wellbeing.skipCheckIn({ sessionId });
    if (!result.ok) showToast(result.error.message, { tone: 'error' });
    onDone();
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <p className="field-hint">{sessionText(pending.session, timeZone)}</p>
      {error && (
        <p className="inline-error" role="alert" id={`${uid}-error`}>
          {error}
        </p>
      )}
      <fieldset className="choice-group checkin-energy">
        <legend>Your energy now</legend>
        {ENERGY_LABELS.map((label, i) => (
          <div className="choice" key={label}>
            <input
              type="radio"
              id={`${uid}-energy-${i + 1}`}
              name={`${uid}-energy`}
              checked={energy === i + 1}
              onChange={() => setEnergy(i + 1)}
            />
            <label htmlFor={`${uid}-energy-${i + 1}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <fieldset className="choice-group">
        <legend>Did it feel like a chore?</legend>
        {(['Yes', 'No'] as const).map((label, i) => (
          <div className="choice" key={label}>
            <input
              type="radio"
              id={`${uid}-chore-${i + 1}`}
              name={`${uid}-chore`}
              checked={chore === (label === 'Yes')}
              onChange={() => setChore(label === 'Yes')}
            />
            <label htmlFor={`${uid}-chore-${i + 1}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <fieldset className="choice-group checkin-wins">
        <legend>Quick wins</legend>
        <p className="field-hint">Filled in from what you logged during the session.</p>
        {(Object.keys(WIN_LABELS) as Array<keyof Wins>).map((key) => (
          <div className="field field-inline" key={key}>
            <label htmlFor={`${uid}-${key}`}>{WIN_LABELS[key]}</label>
            <input
              id={`${uid}-${key}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={999}
              value={wins[key]}
              onChange={(e) =>
                setWins((w) => ({
                  ...w,
                  [key]: Math.max(0, Math.min(999, Math.trunc(Number(e.target.value) || 0))),
                }))
              }
            />
          </div>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Save check-in
        </button>
        <button type="button" className="button" onClick={() => void skip()}>
          Skip
        </button>
      </div>
    </form>
  );
}
