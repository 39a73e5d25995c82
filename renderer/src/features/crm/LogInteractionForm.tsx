import { useId, useRef, useState, type FormEvent, type Ref } from 'react';
import type {
  Channel,
  Direction,
  InteractionKind,
} from '../../../../electron/shared/crm/interaction';
import { netwell } from '../../bridge/netwell';
import { FieldFrame } from '../../components/Field';
import { showToast } from '../../components/toasts';
import { ContactPicker } from './ContactPicker';
import { CHANNELS, CHANNEL_LABELS, DIRECTION_LABELS, KINDS, KIND_LABELS } from './crmText';
import { useRequestId } from '../../lib/useRequestId';

export interface LogInteractionFormProps {
  /** The person; without one the form asks who it was with. */
  contactId?: string;
  contactName?: string;
  onLogged?: () => void;
  onCancel?: () => void;
  firstFieldRef?: Ref<HTMLSelectElement>;
}

function localNowInput(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** Kind, who reached out, where, when (now unless changed) and a note. */
export function LogInteractionForm({
  contactId,
  contactName,
  onLogged,
  onCancel,
  firstFieldRef,
}: LogInteractionFormProps) {
  const uid = useId();
  const [who, setWho] = useState(contactId ?? '');
  const [kind, setKind] = useState<InteractionKind>('message');
  const [direction, setDirection] = useState<Direction>('outbound');
  const [channel, setChannel] = useState<Channel>('linkedin');
  const [when, setWhen] = useState(localNowInput);
  const [whenTouched, setWhenTouched] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<{ field: 'who' | 'when' | 'general'; message: string }>();
  const busy = useRef(false);

  const request = useRequestId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy.current) return;
    if (!who) {
      setError({ field: 'who', message: 'Choose who it was with.' });
      return;
    }
    let at: string | undefined;
    if (whenTouched) {
      const date = new Date(when);
      if (!when || Number.isNaN(date.getTime())) {
        setError({ field: 'when', message: 'Give a date and time, or leave it as now.' });
        return;
      }
      at = date.toISOString();
    }
    busy.current = true;
    const result = await netwell.interactions.log({
      contactId: who,
      kind,
      direction,
      channel,
      note,
      ...(at ? { at } : {}),
      requestId: request.current(),
    });
    busy.current = false;
    if (!result.ok) {
      const path = result.error.issues?.[0]?.path ?? '';
      setError({
        field: path === 'at' || /future/.test(result.error.message) ? 'when' : 'general',
        message: result.error.issues?.[0]?.message ?? result.error.message,
      });
      return;
    }
    request.succeeded();
    setError(undefined);
    setNote('');
    setWhen(localNowInput());
    setWhenTouched(false);
    showToast(
      contactName ? `Logged a ${KIND_LABELS[kind].toLowerCase()} with ${contactName}.` : 'Logged.',
    );
    onLogged?.();
  };

  const id = (name: string) => `${uid}-${name}`;
  const errorFor = (field: 'who' | 'when' | 'general') =>
    error?.field === field ? error.message : undefined;
  const whenError = errorFor('when');

  return (
    <form className="crm-form log-form" noValidate onSubmit={(event) => void submit(event)}>
      {errorFor('general') && (
        <p className="inline-error" role="alert">
          {errorFor('general')}
        </p>
      )}
      {!contactId && (
        <ContactPicker
          id={id('who')}
          label="Who with"
          value={who}
          onChange={setWho}
          errors={errorFor('who') ? [errorFor('who') ?? ''] : []}
        />
      )}
      <div className="crm-form-row">
        <FieldFrame id={id('kind')} label="Kind">
          {(aria) => (
            <select
              {...aria}
              ref={firstFieldRef}
              className="input"
              value={kind}
              onChange={(event) => setKind(event.target.value as InteractionKind)}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <FieldFrame id={id('channel')} label="Where">
          {(aria) => (
            <select
              {...aria}
              className="input"
              value={channel}
              onChange={(event) => setChannel(event.target.value as Channel)}
            >
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {CHANNEL_LABELS[c]}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <FieldFrame id={id('when')} label="When" errors={whenError ? [whenError] : []}>
          {(aria) => (
            <input
              {...aria}
              type="datetime-local"
              className="input"
              value={when}
              onChange={(event) => {
                setWhen(event.target.value);
                setWhenTouched(true);
              }}
            />
          )}
        </FieldFrame>
      </div>
      <fieldset className="choice-group choice-inline">
        <legend>Who reached out</legend>
        {(['inbound', 'outbound'] as const).map((d) => (
          <div className="choice" key={d}>
            <input
              type="radio"
              id={id(`dir-${d}`)}
              name={id('direction')}
              checked={direction === d}
              onChange={() => setDirection(d)}
            />
            <label htmlFor={id(`dir-${d}`)}>{DIRECTION_LABELS[d]}</label>
          </div>
        ))}
      </fieldset>
      <FieldFrame id={id('note')} label="Note" optional>
        {(aria) => (
          <textarea
            {...aria}
            className="input"
            rows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </FieldFrame>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Log interaction
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
