import { useMemo, useState, type FormEvent } from 'react';
import type { Settings } from '../../../../electron/shared/settings';
import { LabelledInput } from '../../components/LabelledInput';
import { ChangedElsewhereNotice } from '../../components/ChangedElsewhereNotice';
import { showToast } from '../../components/toasts';
import { flatCodec } from '../../lib/storedForm';
import { useStoredForm } from '../../lib/useStoredForm';

const nudgeCodec = flatCodec<{ days: string }>();
import { updateSettings } from './useSettings';

/** After how many days an unanswered invitation earns a gentle nudge in a networking window. */
export function InvitationSettingsSection({ settings }: { settings: Settings }) {
  const stored = settings.invitations.nudgeAfterDays;
  const storedForm = useMemo(() => ({ days: String(stored) }), [stored]);
  const form = useStoredForm(storedForm, nudgeCodec);
  const days = form.draft.days;
  const setDays = (value: string) => form.edit({ days: value });
  const [error, setError] = useState<string | undefined>(undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const n = Number(days.trim());
    if (!/^\d+$/.test(days.trim()) || n < 1 || n > 60) {
      // What was typed stays, so it can be corrected.
      setError('Give a whole number of days, from 1 to 60.');
      return;
    }
    const result = await updateSettings({ invitations: { nudgeAfterDays: n } });
    if (!result.ok) {
      setError(result.error.issues?.[0]?.message ?? result.error.message);
      return;
    }
    setError(undefined);
    form.saved({ days: String(result.value.invitations.nudgeAfterDays) });
    showToast(
      n === 1
        ? 'Invitations with no reply after a day get a nudge.'
        : `Invitations with no reply after ${n} days get a nudge.`,
    );
  };

  return (
    <section className="panel settings-section" aria-labelledby="settings-invitations">
      <h2 id="settings-invitations" className="panel-title">
        Invitations
      </h2>
      <p className="section-intro">
        When someone has not answered an event invitation after this many days, Netwell suggests a
        friendly nudge in your next networking window (never off-hours).
      </p>
      <ChangedElsewhereNotice
        elsewhere={form.elsewhere}
        describe={() => 'Nudge after (days)'}
        onKeep={form.keepEdits}
        onTakeSaved={form.takeSaved}
      />
      <form className="invitation-settings" onSubmit={(e) => void submit(e)} noValidate>
        <LabelledInput
          id="invitation-nudge-days"
          label="Nudge after (days)"
          type="number"
          className="input-short"
          value={days}
          error={error}
          inputProps={{ min: 1, max: 60, inputMode: 'numeric' }}
          onChange={setDays}
        />
        <button type="submit" className="button">
          Save<span className="visually-hidden"> the nudge delay</span>
        </button>
      </form>
    </section>
  );
}
