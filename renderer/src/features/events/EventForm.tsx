import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { EventKind, NetworkEvent } from '../../../../electron/shared/crm/networking-event';
import { netwell } from '../../bridge/netwell';
import { ChangedElsewhereNotice } from '../../components/ChangedElsewhereNotice';
import { ErrorSummary, summaryItems } from '../../components/ErrorSummary';
import { Field, FieldFrame } from '../../components/Field';
import { LabelledInput } from '../../components/LabelledInput';
import { useStoredForm } from '../../lib/useStoredForm';
import {
  checkEvent,
  draftOf,
  EMPTY_EVENT,
  EVENT_FIELDS,
  eventCodec,
  eventErrorsFromIssues,
  fieldIds,
  type EventDraft,
  type EventErrors,
  type FieldKey,
} from './eventFormModel';
import { EVENT_KIND_LABELS, EVENT_KINDS, MY_STATUS_LABELS, MY_STATUSES } from './eventText';
import { useRequestId } from '../../lib/useRequestId';

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
  const stored = useMemo(() => (event ? draftOf(event, timeZone) : EMPTY_EVENT), [event, timeZone]);
  const form = useStoredForm(stored, eventCodec);
  const draft = form.draft;
  const setDraft = form.edit;
  const [errors, setErrors] = useState<EventErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const nameRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);

  useEffect(() => nameRef.current?.focus(), []);
  useEffect(() => {
    if (focusTick > 0) summaryRef.current?.focus();
  }, [focusTick]);

  const set = <K extends keyof EventDraft>(key: K, value: EventDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const request = useRequestId();
  const submit = async () => {
    if (busy) return;
    const checked = checkEvent(draft, timeZone);
    setGeneral(null);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFocusTick((n) => n + 1);
      return;
    }
    const { start, end } = checked;
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
    const byField = eventErrorsFromIssues(result.error.issues ?? [], ids);
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
