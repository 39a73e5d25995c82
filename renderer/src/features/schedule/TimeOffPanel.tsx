import { useEffect, useId, useRef, useState, type FormEvent, type Ref } from 'react';
import type { Result } from '../../../../electron/shared/result';
import type { ScheduleSettings } from '../../../../electron/shared/schedule';
import { netwell } from '../../bridge/netwell';
import { FieldFrame } from '../../components/Field';
import { showToast } from '../../components/toasts';
import { clockTime, dayLabel, localDate, nextDate, zonedInstant } from '../../lib/time';
import { withStatus } from '../../app/useBoundaries';
import { refreshSchedule } from './useSchedule';
import { dayOffText } from './WeekView';

type ReasonChoice = 'holiday' | 'bad experience' | 'other';

const REASONS: { value: ReasonChoice; label: string }[] = [
  { value: 'holiday', label: 'A holiday' },
  { value: 'bad experience', label: 'Some time to recover after a bad experience' },
  { value: 'other', label: 'Something else' },
];

export interface TimeOffPanelProps {
  doc: ScheduleSettings;
  /** Today's date in the schedule's zone, from the host ("2026-12-02"). */
  today: string;
  timeZone: string;
}

/** What went wrong with a call, as one or more sentences for the form. */
function messagesOf(result: Result<unknown>): string[] {
  if (result.ok) return [];
  const issues = (result.error.issues ?? []).map((issue) => issue.message).filter(Boolean);
  return issues.length > 0 ? issues : [result.error.message];
}

/** Errors shown above a small form, focused each time they are (re)set so they are read out. */
function useFormErrors() {
  const [errors, setErrorList] = useState<string[]>([]);
  const [tick, setTick] = useState(0);
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => {
    if (tick) ref.current?.focus();
  }, [tick]);
  const setErrors = (messages: string[]) => {
    setErrorList(messages);
    if (messages.length > 0) setTick((n) => n + 1);
  };
  return { errors, setErrors, ref, id };
}

function FormErrors({
  errors,
  errorRef,
  id,
}: {
  errors: string[];
  errorRef: Ref<HTMLDivElement>;
  id: string;
}) {
  if (errors.length === 0) return null;
  return (
    <div className="form-errors" role="alert" tabIndex={-1} ref={errorRef} id={id}>
      {errors.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}

/**
 * Days off and one-off windows: the exceptions to the weekly rhythm. Each change is saved at once
 * (they are small and undoable with Remove).
 */
export function TimeOffPanel({ doc, today, timeZone }: TimeOffPanelProps) {
  const { daysOff, extraWindows } = doc.exceptions;
  const upcomingDaysOff = daysOff.filter((d) => d.to >= today);
  const upcomingExtras = extraWindows.filter((w) => localDate(w.end, timeZone) >= today);
  const takingToday = daysOff.some((d) => d.from <= today && today <= d.to);

  const takeToday = async () => {
    const result = await withStatus(netwell.boundaries.takeDaysOff({ days: 1 }));
    if (!result.ok) return showToast(result.error.message, { tone: 'error' });
    showToast('Today is yours. Enjoy the time off.');
    void refreshSchedule();
  };

  const remove = async (id: string | undefined, what: string) => {
    let result: Result<unknown>;
    if (id) {
      result = await withStatus(netwell.boundaries.removeException({ id }));
    } else {
      // Days off saved without an id (older files): save the schedule without them.
      result = await netwell.schedule.save({
        ...doc,
        exceptions: {
          ...doc.exceptions,
          daysOff: doc.exceptions.daysOff.filter((d) => `${d.from}:${d.to}` !== what),
        },
      });
    }
    if (!result.ok) return showToast(result.error.message, { tone: 'error' });
    showToast('Removed.');
    void refreshSchedule();
    document.getElementById('exceptions-title')?.focus();
  };

  return (
    <>
      <h2 id="timeoff-title" className="panel-title">
        Time off and one-off windows
      </h2>
      <p className="section-intro">
        Taking time off is part of networking well. Nothing is lost: your contacts and follow-ups
        wait for you.
      </p>
      <div className="timeoff-today">
        <button
          type="button"
          className="button"
          disabled={takingToday}
          onClick={() => void takeToday()}
        >
          Take today off
        </button>
        {takingToday && <p className="muted">Today is already a day off.</p>}
      </div>
      <div className="timeoff-forms">
        <DaysOffForm />
        <ExtraWindowForm key={today} today={today} timeZone={timeZone} />
      </div>

      <h3 id="exceptions-title" className="subsection-title" tabIndex={-1}>
        Coming up
      </h3>
      {upcomingDaysOff.length === 0 && upcomingExtras.length === 0 ? (
        <p className="muted">No days off or one-off windows ahead.</p>
      ) : (
        <ul className="exception-list" aria-labelledby="exceptions-title">
          {upcomingDaysOff.map((d) => {
            const when =
              d.from === d.to ? dayLabel(d.from) : `${dayLabel(d.from)} to ${dayLabel(d.to)}`;
            const text = dayOffText(d.reason ?? '');
            return (
              <li key={d.id ?? `${d.from}:${d.to}`} className="exception">
                <span className="exception-text">
                  <strong>{when}</strong> <span className="muted">{text}</span>
                </span>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => void remove(d.id, `${d.from}:${d.to}`)}
                >
                  Remove<span className="visually-hidden"> day off {when}</span>
                </button>
              </li>
            );
          })}
          {upcomingExtras.map((w) => {
            const when = `${dayLabel(localDate(w.start, timeZone))}, ${clockTime(w.start, timeZone)}–${clockTime(w.end, timeZone)}`;
            return (
              <li key={w.id} className="exception">
                <span className="exception-text">
                  <strong>{when}</strong>{' '}
                  <span className="muted">One-off window{w.label ? `: ${w.label}` : ''}</span>
                </span>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => void remove(w.id, w.id)}
                >
                  Remove<span className="visually-hidden"> one-off window {when}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

function DaysOffForm() {
  const [days, setDays] = useState('2');
  const [reason, setReason] = useState<ReasonChoice>('holiday');
  const [other, setOther] = useState('');
  const errorState = useFormErrors();
  const { errors, setErrors } = errorState;
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const count = /^\d+$/.test(days.trim()) ? Number(days.trim()) : Number.NaN;
    const text = reason === 'other' ? other.trim() : reason;
    const result = Number.isFinite(count)
      ? await withStatus(
          netwell.boundaries.takeDaysOff({ days: count, ...(text ? { reason: text } : {}) }),
        )
      : null;
    setBusy(false);
    if (!result) return setErrors(['Enter how many days, as a number from 1 to 90.']);
    if (!result.ok) return setErrors(messagesOf(result));
    setErrors([]);
    showToast(
      count === 1 ? 'Taking today off. Rest well.' : `Taking ${count} days off. Rest well.`,
    );
    void refreshSchedule();
  };

  return (
    <form
      className="mini-form"
      aria-labelledby="days-off-title"
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      <h3 id="days-off-title" className="subsection-title">
        Take days off
      </h3>
      <p className="field-hint">Starting today. Reminders stay quiet and the workspace rests.</p>
      <FormErrors errors={errorState.errors} errorRef={errorState.ref} id={errorState.id} />
      <FieldFrame id="days-off-count" label="How many days">
        {(aria) => (
          <input
            {...aria}
            className="input input-short"
            type="number"
            inputMode="numeric"
            min={1}
            max={90}
            value={days}
            aria-invalid={errors.length > 0 || undefined}
            aria-describedby={errors.length > 0 ? errorState.id : undefined}
            onChange={(event) => setDays(event.target.value)}
          />
        )}
      </FieldFrame>
      <FieldFrame id="days-off-reason" label="Reason">
        {(aria) => (
          <select
            {...aria}
            className="input"
            value={reason}
            onChange={(event) => setReason(event.target.value as ReasonChoice)}
          >
            {REASONS.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      {reason === 'other' && (
        <FieldFrame id="days-off-other" label="In your own words" optional>
          {(aria) => (
            <input
              {...aria}
              className="input"
              type="text"
              maxLength={200}
              autoComplete="off"
              value={other}
              onChange={(event) => setOther(event.target.value)}
            />
          )}
        </FieldFrame>
      )}
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={busy}>
          Take days off
        </button>
      </div>
    </form>
  );
}

function ExtraWindowForm({ today, timeZone }: { today: string; timeZone: string }) {
  const [date, setDate] = useState(today);
  const [start, setStart] = useState('18:00');
  const [end, setEnd] = useState('18:30');
  const [label, setLabel] = useState('');
  const errorState = useFormErrors();
  const { setErrors } = errorState;
  const [busy, setBusy] = useState(false);
  const fail = setErrors;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const startIso = zonedInstant(date, start, timeZone);
    const endIso = zonedInstant(end <= start ? nextDate(date) : date, end, timeZone);
    const missing = [
      !/^\d{4}-\d{2}-\d{2}$/.test(date) ? 'Choose the date of the window.' : '',
      !startIso && /^\d{4}-\d{2}-\d{2}$/.test(date) ? 'Enter when the window starts.' : '',
      !endIso && /^\d{4}-\d{2}-\d{2}$/.test(date) ? 'Enter when the window ends.' : '',
      start !== '' && start === end ? 'The end must differ from the start.' : '',
    ].filter(Boolean);
    if (missing.length > 0 || !startIso || !endIso) return fail(missing);
    setBusy(true);
    const trimmed = label.trim();
    const result = await withStatus(
      netwell.boundaries.addExtraWindow({
        start: startIso,
        end: endIso,
        ...(trimmed ? { label: trimmed } : {}),
      }),
    );
    setBusy(false);
    if (!result.ok) return fail(messagesOf(result));
    setErrors([]);
    setLabel('');
    showToast(`One-off window added: ${dayLabel(date)}, ${start}–${end}.`);
    void refreshSchedule();
  };

  return (
    <form
      className="mini-form"
      aria-labelledby="extra-title"
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      <h3 id="extra-title" className="subsection-title">
        Add a one-off window
      </h3>
      <p className="field-hint">
        It happens even on a day off. End before start? It runs past midnight.
      </p>
      <FormErrors errors={errorState.errors} errorRef={errorState.ref} id={errorState.id} />
      <FieldFrame id="extra-date" label="Date">
        {(aria) => (
          <input
            {...aria}
            className="input"
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
          />
        )}
      </FieldFrame>
      <div className="mini-form-row">
        <FieldFrame id="extra-start" label="Start">
          {(aria) => (
            <input
              {...aria}
              className="input"
              type="time"
              value={start}
              onChange={(event) => setStart(event.target.value)}
            />
          )}
        </FieldFrame>
        <FieldFrame id="extra-end" label="End">
          {(aria) => (
            <input
              {...aria}
              className="input"
              type="time"
              value={end}
              onChange={(event) => setEnd(event.target.value)}
            />
          )}
        </FieldFrame>
      </div>
      <FieldFrame id="extra-label" label="Label" optional>
        {(aria) => (
          <input
            {...aria}
            className="input"
            type="text"
            maxLength={80}
            autoComplete="off"
            value={label}
            onChange={(event) => setLabel(event.target.value)}
          />
        )}
      </FieldFrame>
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={busy}>
          Add one-off window
        </button>
      </div>
    </form>
  );
}
