import { useId, useRef, useState, type FormEvent } from 'react';
import type { Meeting } from '../../../../electron/shared/crm/meeting';
import type { CallInput } from '../../../../electron/shared/contract';
import { netwell } from '../../bridge/netwell';
import { FieldFrame } from '../../components/Field';
import { showToast } from '../../components/toasts';
import { AddToCalendarButton } from '../calendar/AddToCalendarButton';
import { clockTime, localDate, zonedInstant } from '../../lib/time';
import { KIND_LABELS, mapLink, meetingTitle, whenText } from './meetingText';

type MeetingAction = CallInput<'meetings.transition'>['action'];

export interface ClashNote {
  otherTitle: string;
  overlapMin: number;
}

type Open = 'none' | 'reschedule' | 'done' | 'cancel';

const STATUS_TEXT: Record<Meeting['status'], string> = {
  proposed: 'Proposed',
  confirmed: 'Confirmed',
  rescheduled: 'Rescheduled',
  done: 'Done',
  cancelled: 'Cancelled',
};

/** One meeting: what, when, where, who, and what can be done with it now. */
export function MeetingCard({
  meeting,
  names,
  timeZone,
  clashes,
}: {
  meeting: Meeting;
  names: ReadonlyMap<string, string>;
  timeZone: string;
  clashes: ClashNote[];
}) {
  const titleId = useId();
  const [open, setOpen] = useState<Open>('none');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const title = meetingTitle(meeting, names);
  const map = mapLink(meeting.place);
  const agreed = meeting.status === 'confirmed' || meeting.status === 'rescheduled';
  const active = meeting.status !== 'done' && meeting.status !== 'cancelled';

  const run = async (action: MeetingAction, done: string) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await netwell.meetings.transition({ id: meeting.id, action });
    setBusy(false);
    if (!result.ok) {
      const issues = (result.error.issues ?? []).map((i) => i.message);
      setError(issues[0] ?? result.error.message);
      return;
    }
    setOpen('none');
    showToast(done);
  };

  const close = () => {
    setOpen('none');
    setError(null);
    requestAnimationFrame(() => toggleRef.current?.focus());
  };

  const hidden = <span className="visually-hidden"> {title}</span>;

  return (
    <article className={`meeting meeting-${meeting.status}`} aria-labelledby={titleId}>
      <div className="meeting-head">
        <h3 id={titleId} className="meeting-title">
          {title}
        </h3>
        <span className={`meeting-status status-${meeting.status}`}>
          {STATUS_TEXT[meeting.status]}
        </span>
      </div>
      <dl className="meeting-facts">
        <div>
          <dt>When</dt>
          <dd>{whenText(meeting, timeZone)}</dd>
        </div>
        {meeting.place && (
          <div>
            <dt>Where</dt>
            <dd>
              {meeting.place}
              {map && (
                <>
                  {' '}
                  <a href={map} target="_blank" rel="noreferrer">
                    Map
                    <span className="visually-hidden">
                      {' '}
                      of {meeting.place} (opens OpenStreetMap)
                    </span>
                  </a>
                </>
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>Who</dt>
          <dd>
            {meeting.contactIds.map((id, index) => (
              <span key={id}>
                {index > 0 && (index === meeting.contactIds.length - 1 ? ' and ' : ', ')}
                {names.has(id) ? (
                  <a href={`#/contacts/${encodeURIComponent(id)}`}>{names.get(id)}</a>
                ) : (
                  'someone no longer in your contacts'
                )}
              </span>
            ))}
          </dd>
        </div>
        {meeting.agenda && (
          <div>
            <dt>Agenda</dt>
            <dd className="meeting-text">{meeting.agenda}</dd>
          </div>
        )}
        {meeting.status === 'done' && (
          <div>
            <dt>How it went</dt>
            <dd className="meeting-text">
              {meeting.note || <span className="muted">No note.</span>}
            </dd>
          </div>
        )}
      </dl>
      {active &&
        clashes.map((clash) => (
          <p key={clash.otherTitle} className="meeting-clash">
            <span aria-hidden="true">⚠ </span>
            Overlaps with {clash.otherTitle} by {clash.overlapMin} min
          </p>
        ))}
      {error && (
        <p className="meeting-error" role="alert">
          {error}
        </p>
      )}
      {active && open === 'none' && (
        <div className="meeting-actions">
          {meeting.status === 'proposed' || meeting.status === 'rescheduled' ? (
            <button
              type="button"
              className="button button-small button-primary"
              disabled={busy}
              onClick={() => void run({ to: 'confirmed' }, `${title}: confirmed.`)}
            >
              Confirm{hidden}
            </button>
          ) : null}
          {agreed && (
            <button
              type="button"
              className="button button-small"
              ref={meeting.status === 'confirmed' ? toggleRef : undefined}
              onClick={() => setOpen('done')}
            >
              Mark as done{hidden}
            </button>
          )}
          <button
            type="button"
            className="button button-small"
            ref={meeting.status !== 'confirmed' ? toggleRef : undefined}
            onClick={() => setOpen('reschedule')}
          >
            Reschedule{hidden}
          </button>
          <button
            type="button"
            className="button button-small button-quiet button-danger"
            onClick={() => setOpen('cancel')}
          >
            Cancel{hidden}
          </button>
          <AddToCalendarButton target={{ kind: 'meeting', id: meeting.id }} title={title} />
        </div>
      )}
      {open === 'done' && (
        <DoneForm
          title={title}
          busy={busy}
          onCancel={close}
          onSave={(note) =>
            void run(
              { to: 'done', note },
              `${title}: marked done and added to ${meeting.contactIds.length > 1 ? 'their timelines' : 'the timeline'}.`,
            )
          }
        />
      )}
      {open === 'reschedule' && (
        <RescheduleForm
          meeting={meeting}
          title={title}
          timeZone={timeZone}
          busy={busy}
          onCancel={close}
          onSave={(start, durationMin) =>
            void run({ to: 'rescheduled', start, durationMin }, `${title}: moved to the new time.`)
          }
          onInvalid={setError}
        />
      )}
      {open === 'cancel' && (
        <div className="meeting-inline" role="group" aria-label={`Cancel ${title}?`}>
          <p>
            Cancel this {KIND_LABELS[meeting.kind].toLowerCase()}? You can always propose another.
          </p>
          <div className="meeting-actions">
            <button
              type="button"
              className="button button-small button-danger"
              disabled={busy}
              onClick={() => void run({ to: 'cancelled' }, `${title}: cancelled.`)}
            >
              Yes, cancel it
            </button>
            <button type="button" className="button button-small" onClick={close}>
              Keep it
            </button>
          </div>
        </div>
      )}
    </article>
  );
}

function DoneForm({
  title,
  busy,
  onSave,
  onCancel,
}: {
  title: string;
  busy: boolean;
  onSave: (note: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(note.trim());
  };
  return (
    <form className="meeting-inline" onSubmit={submit} aria-label={`Mark ${title} as done`}>
      <FieldFrame
        id={id}
        label="How did it go?"
        hint="A line or two for later: what you talked about, anything you promised. Optional."
      >
        {(aria) => (
          <textarea
            {...aria}
            className="input"
            rows={3}
            value={note}
            autoFocus
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </FieldFrame>
      <div className="meeting-actions">
        <button type="submit" className="button button-small button-primary" disabled={busy}>
          Save and mark as done
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          Not yet
        </button>
      </div>
    </form>
  );
}

function RescheduleForm({
  meeting,
  title,
  timeZone,
  busy,
  onSave,
  onCancel,
  onInvalid,
}: {
  meeting: Meeting;
  title: string;
  timeZone: string;
  busy: boolean;
  onSave: (start: string, durationMin: number) => void;
  onCancel: () => void;
  onInvalid: (message: string) => void;
}) {
  const id = useId();
  const [date, setDate] = useState(localDate(meeting.start, timeZone));
  const [time, setTime] = useState(clockTime(meeting.start, timeZone));
  const [duration, setDuration] = useState(String(meeting.durationMin));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const start = zonedInstant(date, time, timeZone);
    const minutes = Number(duration);
    if (!start) return onInvalid('Give the new date and time.');
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > 1440)
      return onInvalid('The duration is a whole number of minutes, from 5 to 1440.');
    onSave(start, minutes);
  };
  return (
    <form className="meeting-inline" onSubmit={submit} aria-label={`Reschedule ${title}`}>
      <div className="meeting-when-fields">
        <FieldFrame id={`${id}-date`} label="New date">
          {(aria) => (
            <input
              {...aria}
              type="date"
              className="input"
              value={date}
              autoFocus
              required
              onChange={(event) => setDate(event.target.value)}
            />
          )}
        </FieldFrame>
        <FieldFrame id={`${id}-time`} label="New time">
          {(aria) => (
            <input
              {...aria}
              type="time"
              className="input"
              value={time}
              required
              onChange={(event) => setTime(event.target.value)}
            />
          )}
        </FieldFrame>
        <FieldFrame id={`${id}-duration`} label="Minutes">
          {(aria) => (
            <input
              {...aria}
              type="number"
              inputMode="numeric"
              min={5}
              max={1440}
              step={5}
              className="input input-short"
              value={duration}
              onChange={(event) => setDuration(event.target.value)}
            />
          )}
        </FieldFrame>
      </div>
      <div className="meeting-actions">
        <button type="submit" className="button button-small button-primary" disabled={busy}>
          Save new time
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          Keep the old time
        </button>
      </div>
    </form>
  );
}
