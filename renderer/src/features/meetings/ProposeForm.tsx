import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { NetworkEvent } from '../../../../electron/shared/crm/networking-event';
import { netwell } from '../../bridge/netwell';
import { ErrorSummary, summaryItems } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { LabelledInput } from '../../components/LabelledInput';
import { zonedInstant } from '../../lib/time';
import { useContactNames } from '../contacts/useContactNames';
import { usePeopleSearch } from '../contacts/usePeopleSearch';
import { KIND_LABELS, KINDS, namesText } from './meetingText';
import {
  checkProposal,
  DEFAULT_MINUTES,
  FIELD_IDS,
  firstProposal,
  proposeErrorsFromIssues,
  type ProposeDraft,
  type ProposeErrors,
} from './proposeFormModel';
import { useRequestId } from '../../lib/useRequestId';

/** The "when" row, in order: each field's message key, its draft value, and its input. */
const WHEN_FIELDS: {
  key: 'date' | 'time' | 'durationMin';
  draftKey: 'date' | 'time' | 'duration';
  label: string;
  type: 'date' | 'time' | 'number';
}[] = [
  { key: 'date', draftKey: 'date', label: 'Date', type: 'date' },
  { key: 'time', draftKey: 'time', label: 'Time', type: 'time' },
  { key: 'durationMin', draftKey: 'duration', label: 'Duration (minutes)', type: 'number' },
];

/**
 * "Propose a meeting": kind, when, how long, where, with whom, and what about. `around`: an
 * upcoming event in the contact's city (a coffee while there) fills in the place and the agenda.
 */
export function ProposeForm({
  timeZone,
  preselect,
  around = null,
  onDone,
  onCancel,
}: {
  timeZone: string;
  preselect: string | null;
  around?: Pick<NetworkEvent, 'name' | 'city'> | null;
  onDone: (title: string) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<ProposeDraft>(() => firstProposal(preselect, around));
  const [errors, setErrors] = useState<ProposeErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [pastQuestion, setPastQuestion] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const pastRef = useRef<HTMLDivElement>(null);
  const [focusTick, setFocusTick] = useState(0);
  // The chosen people's names, asked of the core for just them (no list of everyone here).
  const names = useContactNames(draft.contactIds);

  useEffect(() => {
    if (focusTick === 0) return;
    (pastQuestion ? pastRef.current : summaryRef.current)?.focus();
  }, [focusTick, pastQuestion]);

  const set = <K extends keyof ProposeDraft>(key: K, value: ProposeDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setPastQuestion(null);
  };

  const request = useRequestId();
  const submit = async (confirmPast = false) => {
    if (busy) return;
    // An id with no name is not (or no longer) a contact, from the address or deleted meanwhile.
    const contactIds = draft.contactIds.filter((id) => names.has(id));
    const found = checkProposal({ ...draft, contactIds }, timeZone);
    setGeneral(null);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setPastQuestion(null);
      setFocusTick((n) => n + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    const start = zonedInstant(draft.date, draft.time, timeZone) ?? '';
    const result = await netwell.meetings.propose({
      kind: draft.kind,
      start,
      durationMin: Number(draft.duration),
      place: draft.place,
      contactIds,
      agenda: draft.agenda,
      ...(confirmPast ? { confirmPast: true } : {}),
      requestId: request.current(),
    });
    setBusy(false);
    if (result.ok) {
      request.succeeded();
      const chosenNames = contactIds.map((id) => names.get(id) ?? 'someone');
      onDone(`${KIND_LABELS[draft.kind]} with ${namesText(chosenNames)}`);
      return;
    }
    if (result.error.code === 'conflict' && !confirmPast) {
      setPastQuestion(result.error.message);
      setFocusTick((n) => n + 1);
      return;
    }
    const byField = proposeErrorsFromIssues(result.error.issues ?? []);
    setErrors(byField);
    if (Object.keys(byField).length === 0) setGeneral(result.error.message);
    setPastQuestion(null);
    setFocusTick((n) => n + 1);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  const items = summaryItems(errors, FIELD_IDS, general);

  return (
    <form
      className="panel meeting-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="propose-title"
    >
      <h2 id="propose-title" className="panel-title">
        Propose a meeting
      </h2>
      <p className="section-intro">
        Take a conversation offline. It stays proposed until you confirm the person said yes.
      </p>
      {items.length > 0 && (
        <ErrorSummary ref={summaryRef} title="A few things need a look" items={items} />
      )}

      <fieldset className="choice-group meeting-kinds">
        <legend>What kind of meeting</legend>
        <div className="meeting-kind-options">
          {KINDS.map((kind) => (
            <div key={kind} className="choice">
              <input
                type="radio"
                id={`meeting-kind-${kind}`}
                name="meeting-kind"
                value={kind}
                checked={draft.kind === kind}
                onChange={() =>
                  setDraft((d) => ({
                    ...d,
                    kind,
                    // Keep a duration the user typed; follow the kind while it is the default.
                    duration:
                      d.duration === DEFAULT_MINUTES[d.kind] ? DEFAULT_MINUTES[kind] : d.duration,
                  }))
                }
              />
              <label htmlFor={`meeting-kind-${kind}`}>{KIND_LABELS[kind]}</label>
            </div>
          ))}
        </div>
      </fieldset>

      <div className="meeting-when-fields">
        {WHEN_FIELDS.map(({ key, draftKey, label, type }) => (
          <InputField
            key={key}
            id={FIELD_IDS[key]}
            label={label}
            type={type}
            value={draft[draftKey]}
            error={errors[key]}
            onChange={(v) => set(draftKey, v)}
          />
        ))}
      </div>
      <p className="field-hint meeting-zone">Times are in {timeZone.replace(/_/g, ' ')}.</p>

      <Field
        id={FIELD_IDS.place}
        label="Place"
        hint="A café, an address, or “video call”. A map link is made from it."
        value={draft.place}
        errors={errors.place ? [errors.place] : []}
        onChange={(v) => set('place', v)}
      />

      <PeoplePicker
        names={names}
        chosen={draft.contactIds}
        error={errors.contactIds}
        onChange={(ids) => set('contactIds', ids)}
      />

      <Field
        id={FIELD_IDS.agenda}
        label="Agenda"
        hint="Optional. What you would like to talk about."
        multiline
        value={draft.agenda}
        errors={errors.agenda ? [errors.agenda] : []}
        onChange={(v) => set('agenda', v)}
      />

      {pastQuestion && (
        <div className="meeting-past" role="alert" tabIndex={-1} ref={pastRef}>
          <p>{pastQuestion}</p>
          <div className="meeting-actions">
            <button
              type="button"
              className="button button-small button-primary"
              disabled={busy}
              onClick={() => void submit(true)}
            >
              Yes, record it
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setPastQuestion(null);
                document.getElementById(FIELD_IDS.date)?.focus();
              }}
            >
              Change the date
            </button>
          </div>
        </div>
      )}

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Propose meeting
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Date, time and duration are all required; the duration also gets its range and step. */
function InputField({
  id,
  label,
  type,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  type: 'date' | 'time' | 'number';
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <LabelledInput
      id={id}
      label={label}
      type={type}
      value={value}
      error={error}
      onChange={onChange}
      inputProps={{
        name: id,
        required: true,
        ...(type === 'number' ? { min: 5, max: 1440, step: 5, inputMode: 'numeric' } : {}),
      }}
    />
  );
}

/**
 * Who: the chosen people first, then a few others matching the search, found by the core (at
 * 30,000 contacts the form never holds them all).
 */
function PeoplePicker({
  names,
  chosen,
  error,
  onChange,
}: {
  /** The chosen people's names; one with none was deleted and is left out. */
  names: ReadonlyMap<string, string>;
  chosen: string[];
  error: string | undefined;
  onChange: (ids: string[]) => void;
}) {
  const [query, setQuery] = useState('');
  const listId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const search = usePeopleSearch(query.trim(), chosen, { limit: 8 });
  const chosenPeople = chosen.flatMap((id) => {
    const name = names.get(id);
    return name === undefined ? [] : [{ id, name }];
  });
  // Someone just chosen leaves the matches at once, before the core answers the new search.
  const matches = search.rows.filter((row) => !chosen.includes(row.id));
  // The checkbox moves between the lists, so focus goes back to the search.
  const toggle = (id: string, on: boolean) => {
    onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id));
    searchRef.current?.focus();
  };

  return (
    <fieldset className={error ? 'meeting-people field-invalid' : 'meeting-people'}>
      <legend className="field-label">
        Who
        <span className="field-required" aria-hidden="true">
          {' '}
          (required)
        </span>
      </legend>
      {error && (
        <div className="field-error" id="meeting-people-error">
          <p>{error}</p>
        </div>
      )}
      {chosenPeople.length > 0 && (
        <ul className="people-chosen" aria-label="Chosen">
          {chosenPeople.map((p) => (
            <li key={p.id} className="check">
              <input
                type="checkbox"
                id={`meeting-person-${p.id}`}
                checked
                onChange={() => toggle(p.id, false)}
              />
              <label htmlFor={`meeting-person-${p.id}`}>{p.name}</label>
            </li>
          ))}
        </ul>
      )}
      <label className="field-hint people-search-label" htmlFor="meeting-people-search">
        Find someone to add
      </label>
      <input
        id="meeting-people-search"
        ref={searchRef}
        type="search"
        className="input"
        value={query}
        autoComplete="off"
        aria-controls={listId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'meeting-people-error' : undefined}
        onChange={(event) => setQuery(event.target.value)}
      />
      <ul id={listId} className="people-matches" aria-label="Contacts to add">
        {matches.map((p) => (
          <li key={p.id} className="check">
            <input
              type="checkbox"
              id={`meeting-person-${p.id}`}
              checked={false}
              onChange={() => {
                toggle(p.id, true);
                setQuery('');
              }}
            />
            <label htmlFor={`meeting-person-${p.id}`}>
              {p.name}
              {p.company && <span className="muted"> · {p.company}</span>}
            </label>
          </li>
        ))}
      </ul>
      {/* Said once the core has answered: not while a search is on its way. */}
      {search.ready && search.rows.length === 0 && (
        <p className="muted" role="status">
          {search.total === 0 ? (
            <>
              No contacts yet. <a href="#/contacts/new">Add someone</a> first.
            </>
          ) : query.trim() ? (
            `No one else matches “${query.trim()}”.`
          ) : (
            'Everyone is chosen.'
          )}
        </p>
      )}
    </fieldset>
  );
}
