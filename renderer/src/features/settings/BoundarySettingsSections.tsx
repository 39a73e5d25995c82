import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type {
  BoundarySettings,
  LockMode,
  NotificationKind,
} from '../../../../electron/shared/boundaries';
import {
  MAX_UNLOCKS_PER_DAY,
  NOTIFICATION_KINDS,
  UNLOCK_MINUTES,
} from '../../../../electron/shared/boundaries';
import type { Settings } from '../../../../electron/shared/settings';
import { ChangedElsewhereNotice } from '../../components/ChangedElsewhereNotice';
import { showToast } from '../../components/toasts';
import { useStoredForm } from '../../lib/useStoredForm';
import { useBoundaries } from '../../app/useBoundaries';
import {
  BUDGET_FIELDS,
  budgetErrorsFromHost,
  budgetsCodec,
  budgetsDraft,
  checkBudgets,
  noBudgetErrors,
  type BudgetErrors,
  type BudgetsDraft,
} from './budgetsFormModel';
import { updateSettings } from './useSettings';

const MODES: { value: LockMode; label: string; hint: string }[] = [
  { value: 'gentle', label: 'Gentle', hint: 'Reminders only, nothing locked.' },
  {
    value: 'firm',
    label: 'Firm',
    hint: `Locked outside your windows; unlock for ${UNLOCK_MINUTES} minutes by saying why, ${MAX_UNLOCKS_PER_DAY} times a day.`,
  },
  { value: 'strict', label: 'Strict', hint: 'Locked until your next window, no unlocking.' },
];

export const NOTIFICATION_LABELS: Record<NotificationKind, string> = {
  'window-upcoming': 'Window coming up',
  'window-opened': 'Window opened',
  'window-closing': 'Window closing soon',
  'window-closed': 'Window closed (check-in)',
  'budget-reached': 'Budget reached',
  'break-suggested': 'Break suggestions',
  'unlock-expired': 'Unlock ended',
  'follow-up-digest': 'Follow-up digest',
  'meeting-soon': 'Meeting in 30 minutes',
  'check-in': 'Check-in after an unlock or a late close',
  'weekly-review': 'Weekly review',
};

async function save(patch: Parameters<typeof updateSettings>[0], done?: string): Promise<boolean> {
  const result = await updateSettings(patch);
  if (!result.ok) {
    showToast(result.error.message, { tone: 'error' });
    return false;
  }
  if (done) showToast(done);
  return true;
}

/** Lock mode, budgets and breaks: how firmly Netwell keeps networking inside its windows. */
export function BoundariesSection({ settings }: { settings: Settings }) {
  const status = useBoundaries();
  const boundaries = settings.boundaries;
  const choose = (mode: LockMode) => void save({ boundaries: { ...boundaries, mode } });

  return (
    <section className="panel settings-section" aria-labelledby="settings-boundaries">
      <h2 id="settings-boundaries" className="panel-title">
        Networking boundaries
      </h2>
      <fieldset className="choice-group">
        <legend>Lock mode</legend>
        {MODES.map((mode) => (
          <div className="choice" key={mode.value}>
            <input
              type="radio"
              id={`mode-${mode.value}`}
              name="lock-mode"
              value={mode.value}
              checked={boundaries.mode === mode.value}
              aria-describedby={`mode-${mode.value}-hint`}
              onChange={() => choose(mode.value)}
            />
            <label htmlFor={`mode-${mode.value}`}>{mode.label}</label>
            <span className="choice-hint" id={`mode-${mode.value}-hint`}>
              {mode.hint}
            </span>
          </div>
        ))}
      </fieldset>
      <p className="honest-note">
        Netwell adds friction and keeps a record; it can’t stop a determined you from quitting it.
      </p>
      <BudgetsForm boundaries={boundaries} />
      {status && !status.idleDetection && (
        <p className="settings-note">
          Idle time can’t be read on this system (Wayland): budgets count the time the workspace is
          focused.
        </p>
      )}
    </section>
  );
}

/** Budgets and breaks: follows the stored values (the tray, another window) like every form. */
function BudgetsForm({ boundaries }: { boundaries: BoundarySettings }) {
  const { dailyBudgetMin, weeklyBudgetMin, breakAfterMin } = boundaries;
  const stored = useMemo(
    () => budgetsDraft({ ...boundaries, dailyBudgetMin, weeklyBudgetMin, breakAfterMin }),
    // Only these three are shown here: a change of the lock mode is not a change of this form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [dailyBudgetMin, weeklyBudgetMin, breakAfterMin],
  );
  const form = useStoredForm(stored, budgetsCodec);
  const { daily, weekly, breaksOn, breakAfter } = form.draft;
  const setField = (field: keyof BudgetsDraft) => (value: string | boolean) =>
    form.edit((draft) => ({ ...draft, [field]: value }));
  const setDaily = setField('daily');
  const setWeekly = setField('weekly');
  const setBreaksOn = setField('breaksOn');
  const setBreakAfter = setField('breakAfter');
  const [errors, setErrors] = useState<BudgetErrors>(noBudgetErrors);
  const [busy, setBusy] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (focusTick) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusTick]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkBudgets(form.draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFocusTick((n) => n + 1);
      return;
    }
    setBusy(true);
    const result = await updateSettings({ boundaries: { ...boundaries, ...checked.minutes } });
    setBusy(false);
    if (!result.ok) {
      setErrors(budgetErrorsFromHost(result.error));
      setFocusTick((n) => n + 1);
      return;
    }
    setErrors(noBudgetErrors);
    form.saved(budgetsDraft(result.value.boundaries));
    showToast('Budgets and breaks saved.');
  };

  return (
    <form
      ref={formRef}
      className="budgets-form"
      aria-labelledby="budgets-title"
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      <h3 id="budgets-title" className="subsection-title">
        Budgets and breaks
      </h3>
      <p className="field-hint">Minutes of workspace time. Leave a budget empty for no budget.</p>
      <ChangedElsewhereNotice
        elsewhere={form.elsewhere}
        describe={(path) => BUDGET_FIELDS[path] ?? path}
        onKeep={form.keepEdits}
        onTakeSaved={form.takeSaved}
      />
      <div className="budget-fields">
        <MinutesInput
          id="budget-daily"
          label="Daily budget"
          value={daily}
          onChange={setDaily}
          errors={errors.daily}
        />
        <MinutesInput
          id="budget-weekly"
          label="Weekly budget"
          value={weekly}
          onChange={setWeekly}
          errors={errors.weekly}
        />
      </div>
      <div className="break-fields">
        <div className="check">
          <input
            type="checkbox"
            id="breaks-on"
            checked={breaksOn}
            onChange={(event) => setBreaksOn(event.target.checked)}
          />
          <label htmlFor="breaks-on">Suggest breaks</label>
        </div>
        <MinutesInput
          id="break-after"
          label="Suggest a break after"
          suffix="minutes of continuous use"
          value={breakAfter}
          onChange={setBreakAfter}
          errors={errors.breaks}
          disabled={!breaksOn}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={busy}>
          Save budgets and breaks
        </button>
      </div>
    </form>
  );
}

function MinutesInput({
  id,
  label,
  value,
  onChange,
  errors,
  suffix = 'minutes',
  disabled = false,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors: string[];
  suffix?: string;
  disabled?: boolean;
}) {
  const invalid = errors.length > 0;
  return (
    <div className={invalid ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {invalid && (
        <div className="field-error" id={`${id}-error`}>
          {errors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      <div className="input-with-unit">
        <input
          id={id}
          className="input input-short"
          type="number"
          inputMode="numeric"
          min={5}
          step={5}
          value={value}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-describedby={[`${id}-unit`, invalid ? `${id}-error` : ''].filter(Boolean).join(' ')}
          onChange={(event) => onChange(event.target.value)}
        />
        <span className="input-unit" id={`${id}-unit`}>
          {suffix}
        </span>
      </div>
    </div>
  );
}

/** Which notifications Netwell may show; each kind on its own. */
export function NotificationsSection({ settings }: { settings: Settings }) {
  const prefs = settings.notifications;
  const toggle = (kind: NotificationKind, on: boolean) =>
    void save({ notifications: { ...prefs, [kind]: on } });
  return (
    <section className="panel settings-section" aria-labelledby="settings-notifications">
      <h2 id="settings-notifications" className="panel-title">
        Notifications
      </h2>
      <fieldset className="check-group">
        <legend className="visually-hidden">Notifications</legend>
        <p className="field-hint">Turn off any you would rather not see.</p>
        {NOTIFICATION_KINDS.map((kind) => (
          <div className="check" key={kind}>
            <input
              type="checkbox"
              id={`notify-${kind}`}
              checked={prefs[kind]}
              onChange={(event) => toggle(kind, event.target.checked)}
            />
            <label htmlFor={`notify-${kind}`}>{NOTIFICATION_LABELS[kind]}</label>
          </div>
        ))}
      </fieldset>
    </section>
  );
}

/** Starting with the computer. */
export function StartupSection({ settings, isWeb }: { settings: Settings; isWeb: boolean }) {
  return (
    <section className="panel settings-section" aria-labelledby="settings-startup">
      <h2 id="settings-startup" className="panel-title">
        Starting up
      </h2>
      <div className="check">
        <input
          type="checkbox"
          id="start-at-login"
          checked={settings.startAtLogin}
          aria-describedby="start-at-login-hint"
          onChange={(event) => void save({ startAtLogin: event.target.checked })}
        />
        <label htmlFor="start-at-login">Start Netwell when I log in</label>
        <span className="choice-hint" id="start-at-login-hint">
          {isWeb
            ? 'This takes effect in the desktop app; the browser host is started by hand.'
            : 'Netwell starts quietly in the background, so reminders arrive on time.'}
        </span>
      </div>
    </section>
  );
}
