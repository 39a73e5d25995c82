import { useEffect, useState, type Ref } from 'react';
import type { ContactFilter, ContactRow } from '../../../../electron/shared/contact-page';
import { netwell } from '../../bridge/netwell';
import { formatCount } from '../../lib/numbers';
import { useContactNames } from '../contacts/useContactNames';

/** The select offers this many people; typing narrows it (30,000 options would stall the page). */
const OFFERED = 200;

export interface ContactPickerProps {
  id: string;
  label: string;
  value: string;
  onChange: (id: string) => void;
  /** Someone not to offer (the contact whose page this is). */
  excludeId?: string;
  selectRef?: Ref<HTMLSelectElement>;
  errors?: string[];
  /** Who can be chosen: active people unless said otherwise. */
  filter?: ContactFilter;
  /** The first option's text when nobody is chosen (default "Choose a contact"). */
  noneLabel?: string;
  /** Marks the label "(optional)", as other optional fields are. */
  optional?: boolean;
}

/**
 * Choosing a contact: a search field that narrows a plain select. Native controls keep it
 * keyboard-friendly and well announced without a custom listbox.
 */
export function ContactPicker({
  id,
  label,
  value,
  onChange,
  excludeId,
  selectRef,
  errors = [],
  filter = 'active',
  noneLabel = 'Choose a contact',
  optional = false,
}: ContactPickerProps) {
  const [query, setQuery] = useState('');
  const [contacts, setContacts] = useState<ContactRow[]>([]);
  const [more, setMore] = useState(0);

  useEffect(() => {
    let live = true;
    const load = () =>
      void netwell.contacts.page({ query, filter, limit: OFFERED }).then((result) => {
        if (!live || !result.ok) return;
        setContacts(result.value.rows);
        setMore(result.value.matches - result.value.rows.length);
      });
    load();
    const off = netwell.on('contacts.changed', load);
    return () => {
      live = false;
      off();
    };
  }, [query, filter]);

  const options = contacts.filter((c) => c.id !== excludeId);
  const chosenMissing = value && !options.some((c) => c.id === value);
  // The chosen person may be outside the offered few: their name comes on its own.
  const names = useContactNames(chosenMissing ? [value] : []);
  const errorId = `${id}-error`;

  return (
    <div className={errors.length ? 'field picker field-invalid' : 'field picker'}>
      <label className="field-label" htmlFor={id}>
        {label}
        {optional && <span className="field-optional"> (optional)</span>}
      </label>
      {errors.length > 0 && (
        <div className="field-error" id={errorId}>
          {errors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      <div className="picker-row">
        <input
          type="search"
          className="input picker-search"
          aria-label={`Search for ${label.toLowerCase()}`}
          placeholder="Type to narrow…"
          value={query}
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
        />
        <select
          id={id}
          ref={selectRef}
          className="input"
          value={value}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={errors.length ? errorId : undefined}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">
            {options.length ? noneLabel : query ? 'No one matches' : 'No contacts yet'}
          </option>
          {chosenMissing && <option value={value}>{names.get(value) ?? '(chosen earlier)'}</option>}
          {options.map((contact) => (
            <option key={contact.id} value={contact.id}>
              {contact.name}
            </option>
          ))}
          {more > 0 && (
            <option value="" disabled>
              …and {formatCount(more)} more: type to narrow
            </option>
          )}
        </select>
      </div>
    </div>
  );
}
