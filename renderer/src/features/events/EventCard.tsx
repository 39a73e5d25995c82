import { useId, useRef, useState, type FormEvent } from 'react';
import type { CrmContact } from '../../../../electron/shared/crm/contact-crm-fields';
import type { CoffeeSuggestion, EventWithGuests } from '../../../../electron/shared/crm/crm-views';
import {
  INVITATION_STATUSES,
  type Invitation,
  type InvitationStatus,
  type MyEventStatus,
} from '../../../../electron/shared/crm/networking-event';
import { netwell } from '../../bridge/netwell';
import { showToast } from '../../components/toasts';
import { AddToCalendarButton } from '../calendar/AddToCalendarButton';
import { useContactNames } from '../contacts/useContactNames';
import { Suggestion } from '../meetings/Suggestions';
import { EventForm } from './EventForm';
import {
  countsText,
  EVENT_KIND_LABELS,
  eventWhen,
  INVITATION_LABELS,
  MY_STATUS_LABELS,
  MY_STATUSES,
} from './eventText';
import { InviteForm } from './InviteForm';
import { refreshEvents } from './useEvents';
import { useRequestId } from '../../lib/useRequestId';

/**
 * One event: what and when, your answer, the guest list, people you know in its city, and after
 * it, who you met. "Edit" turns the card into the event's form.
 */
export function EventCard({
  item,
  timeZone,
  past,
  now,
  coffee = [],
}: {
  item: EventWithGuests;
  timeZone: string;
  past: boolean;
  now: number;
  /** Coffee suggestions for people who live in the event's city. */
  coffee?: CoffeeSuggestion[];
}) {
  const { event, invitations, counts } = item;
  const invitedIds = invitations.map((i) => i.contactId);
  // Just the guests' names: at 30,000 contacts the page must not load everyone to print a few.
  const names = useContactNames(invitedIds);
  const titleId = useId();
  const [error, setError] = useState<string | null>(null);
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState(false);
  const inviteButtonRef = useRef<HTMLButtonElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const started = past || Date.parse(event.start) <= now;

  // Shown at once; the list catches up when the host confirms.
  const [answer, setAnswer] = useState<MyEventStatus | null>(null);
  const myStatus = answer ?? event.myStatus;
  const setMyStatus = async (next: MyEventStatus) => {
    setError(null);
    setAnswer(next);
    const { id, ...fields } = event;
    const result = await netwell.events.save({ id, event: { ...fields, myStatus: next } });
    if (!result.ok) {
      setAnswer(null);
      setError(result.error.issues?.[0]?.message ?? result.error.message);
      return;
    }
    void refreshEvents();
  };

  const remove = async () => {
    const result = await netwell.events.delete({ id: event.id });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const removed = result.value;
    showToast(`${event.name} deleted.`, {
      focusAction: true,
      action: {
        label: 'Undo',
        run: () => {
          void netwell.events.restore(removed).then((restored) => {
            if (restored.ok) showToast(`${event.name} is back.`);
            else showToast(restored.error.message, { tone: 'error' });
          });
        },
      },
    });
  };

  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editButtonRef.current?.focus());
  };

  const head = (
    <div className="event-head">
      <h3 id={titleId} className="event-title">
        {event.name}
      </h3>
      <span className="event-kind">{EVENT_KIND_LABELS[event.kind]}</span>
    </div>
  );

  if (editing) {
    return (
      <article className={past ? 'event event-past' : 'event'} aria-labelledby={titleId}>
        {head}
        <EventForm
          event={event}
          timeZone={timeZone}
          onDone={(name) => {
            // The saved event (its answer included) arrives with the list.
            setAnswer(null);
            showToast(`${name} saved.`);
            stopEditing();
          }}
          onCancel={stopEditing}
        />
      </article>
    );
  }

  return (
    <article className={past ? 'event event-past' : 'event'} aria-labelledby={titleId}>
      {head}
      <dl className="event-facts">
        <div>
          <dt>When</dt>
          <dd>{eventWhen(event, timeZone)}</dd>
        </div>
        {(event.place || event.city) && (
          <div>
            <dt>Where</dt>
            <dd>{[event.place, event.city].filter(Boolean).join(', ')}</dd>
          </div>
        )}
        {event.link && (
          <div>
            <dt>Link</dt>
            <dd>
              <a href={event.link} target="_blank" rel="noreferrer">
                {event.link.replace(/^https:\/\//, '')}
              </a>
            </dd>
          </div>
        )}
        {event.notes && (
          <div>
            <dt>Notes</dt>
            <dd className="event-text">{event.notes}</dd>
          </div>
        )}
      </dl>

      <fieldset className="event-answer">
        <legend>Your answer</legend>
        <div className="event-inline-choices">
          {MY_STATUSES.map((status) => {
            const id = `${titleId}-me-${status}`;
            return (
              <div key={status} className="choice">
                <input
                  type="radio"
                  id={id}
                  name={`${titleId}-me`}
                  checked={myStatus === status}
                  onChange={() => void setMyStatus(status)}
                />
                <label htmlFor={id}>{MY_STATUS_LABELS[status]}</label>
              </div>
            );
          })}
        </div>
      </fieldset>

      <section className="event-guests" aria-labelledby={`${titleId}-guests`}>
        <div className="event-guests-head">
          <h4 id={`${titleId}-guests`} className="event-subtitle">
            Guests<span className="visually-hidden"> at {event.name}</span>
          </h4>
          <p className="event-counts">{countsText(counts)}</p>
        </div>
        {invitations.length > 0 && (
          <ul className="guest-list">
            {invitations.map((invitation) => (
              <GuestRow
                key={invitation.id}
                invitation={invitation}
                name={names.get(invitation.contactId) ?? 'Someone no longer in your contacts'}
              />
            ))}
          </ul>
        )}
        {inviting ? (
          <InviteForm
            eventId={event.id}
            eventName={event.name}
            invitedIds={invitedIds}
            onClose={() => {
              setInviting(false);
              requestAnimationFrame(() => inviteButtonRef.current?.focus());
            }}
          />
        ) : (
          <button
            ref={inviteButtonRef}
            type="button"
            className="button button-small"
            onClick={() => setInviting(true)}
          >
            Invite people<span className="visually-hidden"> to {event.name}</span>
          </button>
        )}
      </section>

      {!started && coffee.length > 0 && (
        <CoffeeNearby eventName={event.name} city={event.city} suggestions={coffee} />
      )}

      {started && <WhoDidYouMeet eventId={event.id} eventName={event.name} />}

      {error && (
        <p className="event-error" role="alert">
          {error}
        </p>
      )}
      <div className="event-actions">
        <AddToCalendarButton target={{ kind: 'event', id: event.id }} title={event.name} />
        <button
          ref={editButtonRef}
          type="button"
          className="button button-small button-quiet"
          onClick={() => {
            setError(null);
            setEditing(true);
          }}
        >
          Edit<span className="visually-hidden"> {event.name}</span>
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => void remove()}
        >
          Delete event<span className="visually-hidden"> {event.name}</span>
        </button>
      </div>
    </article>
  );
}

/** "2 contacts live in Lisbon: suggest a coffee", opening to each person's message draft. */
function CoffeeNearby({
  eventName,
  city,
  suggestions,
}: {
  eventName: string;
  city: string;
  suggestions: CoffeeSuggestion[];
}) {
  const baseId = useId();
  const [open, setOpen] = useState(false);
  const who =
    suggestions.length === 1 ? 'One contact lives' : `${suggestions.length} contacts live`;
  return (
    <section className="event-coffee" aria-labelledby={`${baseId}-title`}>
      <div className="event-guests-head">
        <h4 id={`${baseId}-title`} className="event-subtitle">
          {who} in {city}: suggest a coffee<span className="visually-hidden"> ({eventName})</span>
        </h4>
        <button
          type="button"
          className="button button-small"
          aria-expanded={open}
          aria-controls={`${baseId}-list`}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Hide' : 'Show'} them<span className="visually-hidden"> ({eventName})</span>
        </button>
      </div>
      {open && (
        <ul id={`${baseId}-list`} className="suggestions" aria-label={`People in ${city}`}>
          {suggestions.map((s) => (
            <Suggestion key={s.contact.id} suggestion={s} headingLevel={5} />
          ))}
        </ul>
      )}
    </section>
  );
}

function GuestRow({ invitation, name }: { invitation: Invitation; name: string }) {
  const selectId = useId();
  const [error, setError] = useState<string | null>(null);
  const change = async (status: InvitationStatus) => {
    setError(null);
    const result = await netwell.invitations.setStatus({ id: invitation.id, status });
    if (!result.ok) setError(result.error.message);
  };
  return (
    <li className={`guest guest-${invitation.status}`}>
      <div className="guest-row">
        <a className="guest-name" href={`#/contacts/${encodeURIComponent(invitation.contactId)}`}>
          {name}
        </a>
        <label className="visually-hidden" htmlFor={selectId}>
          Invitation for {name}
        </label>
        <select
          id={selectId}
          className="input guest-status"
          value={invitation.status}
          aria-describedby={error ? `${selectId}-error` : undefined}
          onChange={(e) => void change(e.target.value as InvitationStatus)}
        >
          {INVITATION_STATUSES.map((status) => (
            <option
              key={status}
              value={status}
              // Nothing goes back to "not sent" once it was sent.
              disabled={status === 'not-sent' && invitation.status !== 'not-sent'}
            >
              {INVITATION_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      {invitation.status === 'declined' && (
        <p className="guest-kind-note">
          Maybe another time —{' '}
          <a href={`#/meetings/new?contact=${encodeURIComponent(invitation.contactId)}`}>
            offer a coffee instead?<span className="visually-hidden"> ({name})</span>
          </a>
        </p>
      )}
      {error && (
        <p className="guest-note" id={`${selectId}-error`} role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

interface MetResult {
  created: CrmContact[];
  known: CrmContact[];
  matchesBlocked: string[];
}

function WhoDidYouMeet({ eventId, eventName }: { eventId: string; eventName: string }) {
  const baseId = useId();
  const [names, setNames] = useState('');
  const [result, setResult] = useState<MetResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const request = useRequestId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const list = names
      .split(/\n/)
      .map((n) => n.trim())
      .filter(Boolean);
    if (list.length === 0) {
      setError('Type at least one name.');
      return;
    }
    setError(null);
    setBusy(true);
    const answer = await netwell.events.whoDidYouMeet({
      eventId,
      names: list,
      requestId: request.current(),
    });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error.issues?.[0]?.message ?? answer.error.message);
      return;
    }
    request.succeeded();
    setResult(answer.value);
    setNames('');
  };

  const people = (list: CrmContact[]) =>
    list.map((c, index) => (
      <span key={c.id}>
        {index > 0 && ', '}
        <a href={`#/contacts/${encodeURIComponent(c.id)}`}>{c.name}</a>
      </span>
    ));

  return (
    <form className="who-met" onSubmit={(e) => void submit(e)} aria-labelledby={`${baseId}-title`}>
      <h4 id={`${baseId}-title`} className="event-subtitle">
        Who did you meet?<span className="visually-hidden"> At {eventName}</span>
      </h4>
      <label className="field-hint" htmlFor={`${baseId}-names`}>
        Names of people you met at {eventName}, one per line
      </label>
      <textarea
        id={`${baseId}-names`}
        className="input"
        rows={3}
        value={names}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${baseId}-error` : undefined}
        onChange={(e) => setNames(e.target.value)}
      />
      {error && (
        <p className="event-error" id={`${baseId}-error`} role="alert">
          {error}
        </p>
      )}
      <div className="event-actions">
        <button type="submit" className="button button-small" disabled={busy}>
          Add them
        </button>
      </div>
      <div role="status" className="who-met-result">
        {result && (
          <ul>
            {result.created.length > 0 && <li>Added to your contacts: {people(result.created)}</li>}
            {result.known.length > 0 && <li>Already in your contacts: {people(result.known)}</li>}
            {result.matchesBlocked.length > 0 && (
              <li>
                Set aside, as they match someone you blocked: {result.matchesBlocked.join(', ')}.
                Add them by hand if that is someone else.
              </li>
            )}
            {result.created.length + result.known.length + result.matchesBlocked.length === 0 && (
              <li>No new names.</li>
            )}
          </ul>
        )}
      </div>
    </form>
  );
}
