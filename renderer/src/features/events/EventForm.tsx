import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { EventKind, MyEventStatus } from '../../../../electron/shared/crm/networking-event';
import { netwell } from '../../bridge/netwell';
import { ErrorSummary, summaryItems } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { zonedInstant } from '../../lib/time';
import { EVENT_KIND_LABELS, EVENT_KINDS, MY_STATUS_LABELS, MY_STATUSES } from './eventText';

const FIELD_IDS = {
  name: 'event-name',
  kind: 'event-kind',
  start: 'event-start-date',
  startTime: 'event-start-time',
  end: 'event-end-date',
  endTime: 'event-end-time',
  place: 'event-place',
  city: 'event-city',
  link: 'event-link',
  notes: 'event-notes',
  myStatus: 'event-my-status-going',
} as const;
type FieldKey = keyof typeof FIELD_IDS;

interface Draft {
  name: string;
  kind: EventKind;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  place: string;
  city: string;
  link: string;
  notes: string;
  myStatus: MyEventStatus;
}

const EMPTY: Draft = {
  name: '',
  kind: 'meetup',
  startDate: '',
  startTime: '',
  endDate: '',
  endTime: '',
  place: '',
  city: '',
  link: '',
  notes: '',
  myStatus: 'going',
};

/** "New event": what, when, where, and whether you are going. */
export function EventForm({
  timeZone,
  onDone,
  onCancel,
}: {
  timeZone: string;
  onDone: (name: string, id: string) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const nameRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);

  useEffect(() => nameRef.current?.focus(), []);
  useEffect(() => {
    if (focusTick > 0) summaryRef.current?.focus();
  }, [focusTick]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = async () => {
    if (busy) return;
    const found: Partial<Record<FieldKey, string>> = {};
    if (!draft.name.trim()) found.name = 'An event needs a name.';
    const endDate = draft.endDate || draft.startDate;
    const start = zonedInstant(draft.startDate, draft.startTime, timeZone);
    const end = zonedInstant(endDate, draft.endTime, timeZone);
    if (!draft.startDate) found.start = 'Choose the day it starts.';
    else if (!draft.startTime) found.startTime = 'Choose the time it starts.';
    else if (!start) found.startTime = 'That time does not exist on that day. Choose another.';
    if (!draft.endTime) found.endTime = 'Choose the time it ends.';
    else if (!end && endDate) found.endTime = 'That time does not exist on that day.';
    setGeneral(null);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setFocusTick((n) => n + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    const result = await netwell.events.save({
      id: null,
      event: {
        name: draft.name,
        kind: draft.kind,
        start,
        end,
        place: draft.place,
        city: draft.city,
        link: draft.link.trim() || null,
        notes: draft.notes,
        myStatus: draft.myStatus,
      },
    });
    setBusy(false);
    if (result.ok) {
      onDone(result.value.name, result.value.id);
      return;
    }
    const byField: Partial<Record<FieldKey, string>> = {};
    for (const issue of result.error.issues ?? []) {
      const key = issue.path.split('.')[0] ?? '';
      if (key === 'end') byField.endTime ??= issue.message;
      else if (key in FIELD_IDS) byField[key as FieldKey] ??= issue.message;
    }
    setErrors(byField);
    if (Object.keys(byField).length === 0) setGeneral(result.error.message);
    setFocusTick((n) => n + 1);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  const items = summaryItems(errors, FIELD_IDS, general);
  const errorOf = (key: FieldKey) => (errors[key] ? [errors[key]] : []);

  return (
    <form
      className="panel event-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="event-form-title"
    >
      <h2 id="event-form-title" className="panel-title">
        New event
      </h2>
      <p className="section-intro">
        A meetup, a conference, a dinner: somewhere you might meet people in person.
      </p>
      {items.length > 0 && (
        <ErrorSummary ref={summaryRef} title="A few things need a look" items={items} />
      )}

      <Field
        id={FIELD_IDS.name}
        label="Name"
        required
        inputRef={nameRef}
        value={draft.name}
        errors={errorOf('name')}
        onChange={(v) => set('name', v)}
      />

      <div className="field">
        <label className="field-label" htmlFor={FIELD_IDS.kind}>
          Kind
        </label>
        <select
          id={FIELD_IDS.kind}
          className="input event-select"
          value={draft.kind}
          onChange={(e) => set('kind', e.target.value as EventKind)}
        >
          {EVENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {EVENT_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>

      <div className="event-when-fields">
        <DateTimeField
          id={FIELD_IDS.start}
          label="Start date"
          type="date"
          value={draft.startDate}
          error={errors.start}
          onChange={(v) => set('startDate', v)}
        />
        <DateTimeField
          id={FIELD_IDS.startTime}
          label="Start time"
          type="time"
          value={draft.startTime}
          error={errors.startTime}
          onChange={(v) => set('startTime', v)}
        />
        <DateTimeField
          id={FIELD_IDS.end}
          label="End date"
          type="date"
          value={draft.endDate}
          error={errors.end}
          hint="Empty: the same day."
          onChange={(v) => set('endDate', v)}
        />
        <DateTimeField
          id={FIELD_IDS.endTime}
          label="End time"
          type="time"
          value={draft.endTime}
          error={errors.endTime}
          onChange={(v) => set('endTime', v)}
        />
      </div>
      <p className="field-hint">Times are in {timeZone.replace(/_/g, ' ')}.</p>

      <div className="event-where-fields">
        <Field
          id={FIELD_IDS.place}
          label="Place"
          hint="A venue or an address; empty for an online event."
          value={draft.place}
          errors={errorOf('place')}
          onChange={(v) => set('place', v)}
        />
        <Field
          id={FIELD_IDS.city}
          label="City"
          hint="Netwell suggests people you know there."
          value={draft.city}
          errors={errorOf('city')}
          onChange={(v) => set('city', v)}
        />
      </div>
      <Field
        id={FIELD_IDS.link}
        label="Link"
        type="url"
        hint="Optional. The event's page, starting with https://"
        value={draft.link}
        errors={errorOf('link')}
        onChange={(v) => set('link', v)}
      />
      <Field
        id={FIELD_IDS.notes}
        label="Notes"
        multiline
        value={draft.notes}
        errors={errorOf('notes')}
        onChange={(v) => set('notes', v)}
      />

      <fieldset className="choice-group event-status-choice">
        <legend>Are you going?</legend>
        <div className="event-inline-choices">
          {MY_STATUSES.map((status) => (
            <div key={status} className="choice">
              <input
                type="radio"
                id={`event-my-status-${status}`}
                name="event-my-status"
                checked={draft.myStatus === status}
                onChange={() => set('myStatus', status)}
              />
              <label htmlFor={`event-my-status-${status}`}>{MY_STATUS_LABELS[status]}</label>
            </div>
          ))}
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Save event
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function DateTimeField({
  id,
  label,
  type,
  value,
  error,
  hint,
  onChange,
}: {
  id: string;
  label: string;
  type: 'date' | 'time';
  value: string;
  error: string | undefined;
  hint?: string;
  onChange: (value: string) => void;
}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <div className="field-error" id={`${id}-error`}>
          <p>{error}</p>
        </div>
      )}
      <input
        id={id}
        name={id}
        type={type}
        className="input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
