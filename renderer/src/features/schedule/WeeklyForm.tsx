import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { ScheduleSettings } from '../../../../electron/shared/schedule';
import { MAX_NOTICE_MIN } from '../../../../electron/shared/schedule';
import { netwell } from '../../bridge/netwell';
import { ChangedElsewhereNotice } from '../../components/ChangedElsewhereNotice';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FieldFrame } from '../../components/Field';
import { showToast } from '../../components/toasts';
import { WEEK_ORDER, WEEKDAY_NAMES, WEEKDAY_SHORT } from '../../lib/time';
import { useStoredForm } from '../../lib/useStoredForm';
import {
  crossesMidnight,
  describeScheduleField,
  docFromForm,
  draftFromWindow,
  emptyWindow,
  formFromDoc,
  isOverlapMessage,
  scheduleCodec,
  windowFromDraft,
  type WindowDraft,
} from './scheduleFormModel';
import { TimeZonePicker } from './TimeZonePicker';

export interface WeeklyFormProps {
  /** The schedule as stored now (its exceptions are kept as they are when saving). */
  doc: ScheduleSettings;
  /** The zone "System" means, e.g. "Europe/Berlin". */
  systemZone: string;
  /** The host's today ("2026-12-02"): the zones' offsets are shown as they are that day. */
  today: string;
  onSaved: () => void;
}

/**
 * The weekly windows, the time zone and the reminder times, saved together. What the user typed
 * stays in the form whatever the host says; every problem it finds is listed at the top. It follows
 * the stored schedule as it changes elsewhere (Insights, the tray, another window), never dropping
 * unsaved edits.
 */
export function WeeklyForm({ doc, systemZone, today, onSaved }: WeeklyFormProps) {
  const storedForm = useMemo(() => formFromDoc(doc), [doc]);
  const stored = useStoredForm(storedForm, scheduleCodec);
  const form = stored.draft;
  const setForm = stored.edit;
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [merging, setMerging] = useState(false);
  const [mergeNote, setMergeNote] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const [focusSummary, setFocusSummary] = useState(0);
  const [focusWindow, setFocusWindow] = useState<string | null>(null);

  useEffect(() => {
    if (focusSummary) summaryRef.current?.focus();
  }, [focusSummary]);

  useEffect(() => {
    if (focusWindow) document.getElementById(`${focusWindow}-day-1`)?.focus();
  }, [focusWindow]);

  const setWindow = (key: string, patch: Partial<WindowDraft>) =>
    setForm((current) => ({
      ...current,
      windows: current.windows.map((w) => (w.key === key ? { ...w, ...patch } : w)),
    }));

  const toggleDay = (key: string, day: number, on: boolean) =>
    setForm((current) => ({
      ...current,
      windows: current.windows.map((w) =>
        w.key === key
          ? { ...w, days: on ? [...new Set([...w.days, day])] : w.days.filter((d) => d !== day) }
          : w,
      ),
    }));

  const addWindow = () => {
    const draft = emptyWindow();
    setForm((current) => ({ ...current, windows: [...current.windows, draft] }));
    setFocusWindow(draft.key);
  };

  const removeWindow = (key: string, name: string) => {
    setForm((current) => ({ ...current, windows: current.windows.filter((w) => w.key !== key) }));
    addRef.current?.focus();
    showToast(`${name} removed. Save the schedule to keep the change.`);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setMergeNote('');
    const result = await netwell.schedule.save(docFromForm(form, doc));
    setSaving(false);
    if (!result.ok) {
      const issues = (result.error.issues ?? []).map((issue) => issue.message).filter(Boolean);
      setProblems(issues.length > 0 ? issues : [result.error.message]);
      setFocusSummary((n) => n + 1);
      return;
    }
    setProblems([]);
    stored.saved(formFromDoc(result.value));
    showToast('Schedule saved.');
    onSaved();
  };

  const merge = async () => {
    if (merging) return;
    setMerging(true);
    const before = form.windows.length;
    const result = await netwell.schedule.mergeOverlaps({
      windows: form.windows.map(windowFromDraft),
    });
    setMerging(false);
    if (!result.ok) {
      const issues = (result.error.issues ?? []).map((issue) => issue.message);
      setProblems([
        'Merging needs every window to have days and times first.',
        ...(issues.length > 0 ? issues : [result.error.message]),
      ]);
      setFocusSummary((n) => n + 1);
      return;
    }
    setForm((current) => ({ ...current, windows: result.value.map(draftFromWindow) }));
    setProblems([]);
    const after = result.value.length;
    setMergeNote(
      `Merged: ${before} ${before === 1 ? 'window' : 'windows'} became ${after}. Check them, then save the schedule.`,
    );
  };

  const overlap = problems.some(isOverlapMessage);
  // Midday avoids the night hours when clocks change.
  const zoneInstant = Number.isNaN(Date.parse(`${today}T12:00:00Z`))
    ? new Date()
    : new Date(`${today}T12:00:00Z`);

  return (
    <form
      className="weekly-form"
      aria-labelledby="weekly-title"
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      <h2 id="weekly-title" className="panel-title">
        Weekly windows
      </h2>
      <p className="section-intro">
        The times you want to be online for networking, every week. Outside them, Netwell keeps your
        time free.
      </p>
      {problems.length > 0 && (
        <ErrorSummary
          ref={summaryRef}
          title={
            problems.length === 1
              ? 'One thing needs a look before saving'
              : `${problems.length} things need a look before saving`
          }
          items={problems.map((message) => ({ message }))}
          note="Nothing was saved yet. Everything you changed is still here."
        >
          {overlap && (
            <div className="error-summary-actions">
              <button
                type="button"
                className="button button-small"
                aria-disabled={merging}
                onClick={() => void merge()}
              >
                Merge overlapping windows
              </button>
            </div>
          )}
        </ErrorSummary>
      )}
      <ChangedElsewhereNotice
        elsewhere={stored.elsewhere}
        describe={(path) => describeScheduleField(path, form)}
        onKeep={stored.keepEdits}
        onTakeSaved={stored.takeSaved}
      />
      <p className="merge-note" role="status">
        {mergeNote}
      </p>

      <div className="schedule-options">
        <FieldFrame
          id="schedule-zone"
          label="Time zone"
          hint="The windows follow this zone’s clock, summer time included. Type a city, a region or an offset (+1) to find one."
        >
          {(aria) => (
            <TimeZonePicker
              id={aria.id}
              value={form.timeZone}
              systemZone={systemZone}
              at={zoneInstant}
              describedBy={aria['aria-describedby']}
              onChange={(zone) => setForm((f) => ({ ...f, timeZone: zone }))}
            />
          )}
        </FieldFrame>
        <MinutesField
          id="schedule-lead"
          label="Remind me before a window"
          hint="Minutes before a window starts. 0 means no reminder."
          value={form.reminderLeadMin}
          onChange={(value) => setForm((f) => ({ ...f, reminderLeadMin: value }))}
        />
        <MinutesField
          id="schedule-closing"
          label="Closing notice"
          hint="Minutes before a window ends, to wrap up calmly."
          value={form.closingMin}
          onChange={(value) => setForm((f) => ({ ...f, closingMin: value }))}
        />
      </div>

      {form.windows.length === 0 ? (
        <p className="empty-windows">
          No weekly windows yet. Add one: for example Tuesdays and Thursdays, 12:00 to 12:45.
        </p>
      ) : (
        <ol className="window-list">
          {form.windows.map((draft, index) => (
            <li key={draft.key}>
              <WindowEditor
                draft={draft}
                number={index + 1}
                onChange={(patch) => setWindow(draft.key, patch)}
                onToggleDay={(day, on) => toggleDay(draft.key, day, on)}
                onRemove={() => removeWindow(draft.key, `Window ${index + 1}`)}
              />
            </li>
          ))}
        </ol>
      )}
      <p className="field-hint midnight-hint">End before start? The window runs past midnight.</p>

      <div className="form-actions">
        <button ref={addRef} type="button" className="button" onClick={addWindow}>
          Add window
        </button>
        <button type="submit" className="button button-primary" aria-disabled={saving}>
          {saving ? 'Saving…' : 'Save schedule'}
        </button>
      </div>
    </form>
  );
}

function MinutesField({
  id,
  label,
  hint,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <FieldFrame id={id} label={label} hint={hint} className="field-minutes">
      {(aria) => (
        <input
          {...aria}
          className="input"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_NOTICE_MIN}
          step={1}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

function WindowEditor({
  draft,
  number,
  onChange,
  onToggleDay,
  onRemove,
}: {
  draft: WindowDraft;
  number: number;
  onChange: (patch: Partial<WindowDraft>) => void;
  onToggleDay: (day: number, on: boolean) => void;
  onRemove: () => void;
}) {
  const id = draft.key;
  const overnight = crossesMidnight(draft);
  return (
    <fieldset className="window-editor">
      <legend className="window-editor-title">Window {number}</legend>
      <fieldset className="day-picker">
        <legend className="field-label">Days</legend>
        <div className="day-picker-days">
          {WEEK_ORDER.map((day) => (
            <div className="day-choice" key={day}>
              <input
                type="checkbox"
                id={`${id}-day-${day}`}
                checked={draft.days.includes(day)}
                onChange={(event) => onToggleDay(day, event.target.checked)}
              />
              <label htmlFor={`${id}-day-${day}`} title={WEEKDAY_NAMES[day]}>
                {WEEKDAY_SHORT[day]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="window-times">
        <FieldFrame id={`${id}-start`} label="Start">
          {(aria) => (
            <input
              {...aria}
              className="input"
              type="time"
              value={draft.start}
              onChange={(event) => onChange({ start: event.target.value })}
            />
          )}
        </FieldFrame>
        <FieldFrame id={`${id}-end`} label="End">
          {(aria) => (
            <input
              {...aria}
              className="input"
              type="time"
              value={draft.end}
              aria-describedby={overnight ? `${id}-overnight` : undefined}
              onChange={(event) => onChange({ end: event.target.value })}
            />
          )}
        </FieldFrame>
        <FieldFrame id={`${id}-label`} label="Label" className="window-label-field" optional>
          {(aria) => (
            <input
              {...aria}
              className="input"
              type="text"
              maxLength={80}
              autoComplete="off"
              placeholder="e.g. LinkedIn"
              value={draft.label}
              onChange={(event) => onChange({ label: event.target.value })}
            />
          )}
        </FieldFrame>
        <button type="button" className="button button-quiet button-danger" onClick={onRemove}>
          Remove<span className="visually-hidden"> window {number}</span>
        </button>
      </div>
      {overnight && (
        <p className="window-overnight" id={`${id}-overnight`}>
          Runs past midnight, ending the next day at {draft.end}.
        </p>
      )}
    </fieldset>
  );
}
