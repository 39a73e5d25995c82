import { useId, useRef } from 'react';
import type { CoffeeSuggestion } from '../../../../electron/shared/crm/crm-views';
import { FieldFrame } from '../../components/Field';
import { showToast } from '../../components/toasts';
import { proposeHref } from './useMeetingsRoute';

/** "People you could meet": why, and a friendly message to start from. */
export function Suggestions({ suggestions }: { suggestions: CoffeeSuggestion[] }) {
  return (
    <section className="meetings-section" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title" className="panel-title">
        People you could meet
      </h2>
      {suggestions.length === 0 ? (
        <p className="muted">
          No suggestions right now. When you talk with someone online a few times, or plan to go to
          an event in a city where people you know live, Netwell suggests a coffee here.
        </p>
      ) : (
        <ul className="suggestions">
          {suggestions.map((s) => (
            <Suggestion key={`${s.contact.id}:${s.event?.id ?? ''}`} suggestion={s} />
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * One suggestion: who, why, the message draft, "Copy message" and "Propose a coffee" (the
 * proposal form, prefilled). Also shown on an event's card, one heading level lower.
 */
export function Suggestion({
  suggestion,
  headingLevel = 3,
}: {
  suggestion: CoffeeSuggestion;
  headingLevel?: 3 | 5;
}) {
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const { contact, reason, draft, event } = suggestion;
  const Heading = headingLevel === 3 ? 'h3' : 'h5';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(draft);
      showToast(`Message to ${contact.name} copied.`);
    } catch {
      // No clipboard access: select the text so the usual shortcut copies it.
      textRef.current?.focus();
      textRef.current?.select();
      showToast('The message is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  };

  return (
    <li className="panel suggestion">
      <Heading className="meeting-title">
        <a href={`#/contacts/${encodeURIComponent(contact.id)}`}>{contact.name}</a>
      </Heading>
      <p className="muted">{reason}</p>
      <FieldFrame id={id} label={`Message to ${contact.name}`}>
        {(aria) => (
          <textarea
            {...aria}
            ref={textRef}
            className="input suggestion-draft"
            readOnly
            rows={4}
            value={draft}
          />
        )}
      </FieldFrame>
      <div className="meeting-actions">
        <button type="button" className="button button-small" onClick={() => void copy()}>
          Copy message<span className="visually-hidden"> to {contact.name}</span>
        </button>
        <a className="button button-small button-quiet" href={proposeHref(contact.id, event?.id)}>
          Propose a coffee<span className="visually-hidden"> with {contact.name}</span>
        </a>
      </div>
    </li>
  );
}
