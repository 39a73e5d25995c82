import { useState, type FormEvent } from 'react';
import type { Result } from '../../../../electron/shared/result';
import { InlineField } from './InlineField';
import { useRequestId } from '../../lib/useRequestId';

/** Where a message belongs: the free-text field or the day field. */
type DatedField = 'text' | 'dueOn';

/**
 * The "something, by a day" add-form shared by commitments and follow-ups: both check the
 * same two fields, map the host's first issue onto one of them, and clear on success.
 */
export function DatedItemForm({
  textId,
  textLabel,
  textMissing,
  dueId,
  dueLabel,
  dueMissing,
  submitLabel,
  save,
}: {
  textId: string;
  textLabel: string;
  textMissing: string;
  dueId: string;
  dueLabel: string;
  dueMissing: string;
  submitLabel: string;
  /** Adds the item; an issue on `dueOn` is shown by the day, any other by the text. */
  /** `requestId`: the same for retries of one submission (idempotent create). */
  save: (text: string, dueOn: string, requestId: string) => Promise<Result<unknown>>;
}) {
  const request = useRequestId();
  const [text, setText] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<{ field: DatedField; message: string } | null>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setError({ field: 'text', message: textMissing });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dueOn))
      return setError({ field: 'dueOn', message: dueMissing });
    const result = await save(text, dueOn, request.current());
    if (!result.ok) {
      const issue = result.error.issues?.[0];
      setError({
        field: issue?.path === 'dueOn' ? 'dueOn' : 'text',
        message: issue?.message ?? result.error.message,
      });
      return;
    }
    request.succeeded();
    setError(null);
    setText('');
    setDueOn('');
  };

  return (
    <form className="crm-inline-form" noValidate onSubmit={(event) => void add(event)}>
      <InlineField
        id={textId}
        label={textLabel}
        value={text}
        onChange={setText}
        error={error?.field === 'text' ? error.message : undefined}
        wide
      />
      <InlineField
        id={dueId}
        label={dueLabel}
        type="date"
        value={dueOn}
        onChange={setDueOn}
        error={error?.field === 'dueOn' ? error.message : undefined}
      />
      <button type="submit" className="button button-small">
        {submitLabel}
      </button>
    </form>
  );
}
