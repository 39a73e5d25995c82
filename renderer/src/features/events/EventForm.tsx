import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type {
  EventKind,
  MyEventStatus,
  NetworkEvent,
} from '../../../../electron/shared/crm/networking-event';
import { netwell } from '../../bridge/netwell';
import { ChangedElsewhereNotice } from '../../components/ChangedElsewhereNotice';
import { ErrorSummary, summaryItems } from '../../components/ErrorSummary';
import { Field, FieldFrame } from '../../components/Field';
import { LabelledInput } from '../../components/LabelledInput';
import { flatCodec } from '../../lib/storedForm';
import { clockTime, localDate, zonedInstant } from '../../lib/time';
import { useStoredForm } from '../../lib/useStoredForm';
import { EVENT_KIND_LABELS, EVENT_KINDS, MY_STATUS_LABELS, MY_STATUSES } from './eventText';
import { useRequestId } from '../../lib/useRequestId';

/** Field ids: `event-name`… for the new event; `<prefix>-name`… for an event being edited. */
function fieldIds(prefix: string) {
  return {
    name: `${prefix}-name`,
    kind: `${prefix}-kind`,
    start: `${prefix}-start-date`,
    startTime: `${prefix}-start-time`,
    end: `${prefix}-end-date`,
    endTime: `${prefix}-end-time`,
    place: `${prefix}-place`,
    city: `${prefix}-city`,
    link: `${prefix}-link`,
    notes: `${prefix}-notes`,
    myStatus: `${prefix}-my-status-going`,
  } as const;
}
type FieldKey = keyof ReturnType<typeof fieldIds>;

interface Draft {
  [field: string]: string;
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

const eventCodec = flatCodec<Draft>();

const EVENT_FIELDS: Record<string, string> = {
  name: 'Name',
  kind: 'Kind',
  startDate: 'Start date',
  startTime: 'Start time',
  endDate: 'End date',
  endTime: 'End time',
  place: 'Place',
  city: 'City',
  link: 'Link',
  notes: 'Notes',
  myStatus: 'Your answer',
};

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

/** What the form shows for a saved event, in `timeZone`; a same-day end leaves End date empty. */
function draftOf(event: NetworkEvent, timeZone: string): Draft {
  const startDate = localDate(event.start, timeZone);
  const endDate = localDate(event.end, timeZone);
  return {
    name: event.name,
    kind: event.kind,
    startDate,
    startTime: clockTime(event.start, timeZone),
    endDate: endDate === startDate ? '' : endDate,
    endTime: clockTime(event.end, timeZone),
    place: event.place,
    city: event.city,
    link: event.link ?? '',
    notes: event.notes,
    myStatus: event.myStatus,
  };
}

/** The "when" row, in order: each field's message key, its draft value, and its input. */
const WHEN_FIELDS: {
  key: 'start' | 'startTime' | 'end' | 'endTime';
  draftKey: 'startDate' | 'startTime' | 'endDate' | 'endTime';
  label: string;
  type: 'date' | 'time';
}[] = [
  { key: 'start', draftKey: 'startDate', label: 'Start date', type: 'date' },
  { key: 'startTime', draftKey: 'startTime', label: 'Start time', type: 'time' },
  { key: 'end', draftKey: 'endDate', label: 'End date', type: 'date' },
  { key: 'endTime', draftKey: 'endTime', label: 'End time', type: 'time' },
];

/**
 * "New event", or "Edit event" when `event` is given: what, when, where, and whether you are
 * going. On a validation error everything typed stays, and the summary takes focus.
 */
export function EventForm({
  timeZone,
  event = null,
  onDone,
  onCancel,
}: {
  timeZone: string;
  /** The event to edit; none for a new one. */
  event?: NetworkEvent | null;
  onDone: (name: string, id: string) => void;
  onCancel: () => void;
}) {
  const prefix = event ? `event-${event.id}` : 'event';
  const ids = fieldIds(prefix);
  const titleId = `${prefix}-form-title`;
  // Editing follows the stored event (another window, an answer on the card), keeping edits.
  const stored = useMemo(() => (event ? draftOf(event, timeZone) : EMPTY), [event, timeZone]);
  const form = useStoredForm(stored, eventCodec);
  const draft = form.draft;
  const setDraft = form.edit;
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

  const request = useRequestId();
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
    if (Object.keys(found).length > 0 || !start || !end) {
      setErrors(found);
      setFocusTick((n) => n + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    const result = await netwell.events.save({
      id: event?.id ?? null,
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
      ...(event ? {} : { requestId: request.current() }),
    });
    setBusy(false);
    if (result.ok) {
      request.succeeded();
      form.release();
      onDone(result.value.name, result.value.id);
      return;
    }
    const byField: Partial<Record<FieldKey, string>> = {};
    for (const issue of result.error.issues ?? []) {
      const key = issue.path.split('.')[0] ?? '';
      if (key === 'end') byField.endTime ??= issue.message;
      else if (key in ids) byField[key as FieldKey] ??= issue.message;
    }
    setErrors(byField);
    if (Object.keys(byField).length === 0) setGeneral(result.error.message);
    setFocusTick((n) => n + 1);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit();
  };

  const items = summaryItems(errors, ids, general);
  // Inside an event's card (whose title is an h3), the form's title sits one level below.
  const Title = event ? 'h4' : 'h2';
  const errorOf = (key: FieldKey) => (errors[key] ? [errors[key]] : []);

  return (
    <form
      className={event ? 'event-form event-form-edit' : 'panel event-form'}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={titleId}
    >
      <Title id={titleId} className="panel-title">
        {event ? (
          <>
            Edit event<span className="visually-hidden">: {event.name}</span>
          </>
        ) : (
          'New event'
        )}
      </Title>
      {!event && (
        <p className="section-intro">
          A meetup, a conference, a dinner: somewhere you might meet people in person.
        </p>
      )}
      {items.length > 0 && (
        <ErrorSummary ref={summaryRef} title="A few things need a look" items={items} />
      )}
      <ChangedElsewhereNotice
        elsewhere={form.elsewhere}
        describe={(path) => EVENT_FIELDS[path] ?? path}
        onKeep={form.keepEdits}
        onTakeSaved={form.takeSaved}
      />

      <Field
        id={ids.name}
        label="Name"
        required
        inputRef={nameRef}
        value={draft.name}
        errors={errorOf('name')}
        onChange={(v) => set('name', v)}
      />

      <FieldFrame id={ids.kind} label="Kind">
        {(aria) => (
          <select
            {...aria}
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
        )}
      </FieldFrame>

      <div className="event-when-fields">
        {WHEN_FIELDS.map((f) => (
          <LabelledInput
            key={f.key}
            id={ids[f.key]}
            label={f.label}
            type={f.type}
            value={draft[f.draftKey]}
            error={errors[f.key]}
            inputProps={{ name: ids[f.key] }}
            onChange={(v) => set(f.draftKey, v)}
          />
        ))}
      </div>
      <p className="field-hint">
        Times are in {timeZone.replace(/_/g, ' ')}. An empty end date means the same day.
      </p>

      <div className="event-where-fields">
        <Field
          id={ids.place}
          label="Place"
          hint="A venue or an address; empty for an online event."
          value={draft.place}
          errors={errorOf('place')}
          onChange={(v) => set('place', v)}
        />
        <Field
          id={ids.city}
          label="City"
          hint="Netwell suggests people you know there."
          value={draft.city}
          errors={errorOf('city')}
          onChange={(v) => set('city', v)}
        />
      </div>
      <Field
        id={ids.link}
        label="Link"
        type="url"
        hint="Optional. The event's page, starting with https://"
        value={draft.link}
        errors={errorOf('link')}
        onChange={(v) => set('link', v)}
      />
      <Field
        id={ids.notes}
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
                id={`${prefix}-my-status-${status}`}
                name={`${prefix}-my-status`}
                checked={draft.myStatus === status}
                onChange={() => set('myStatus', status)}
              />
              <label htmlFor={`${prefix}-my-status-${status}`}>{MY_STATUS_LABELS[status]}</label>
            </div>
          ))}
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {event ? 'Save changes' : 'Save event'}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            form.release();
            onCancel();
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
