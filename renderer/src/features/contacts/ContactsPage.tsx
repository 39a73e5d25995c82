import { useRef, useState } from 'react';
import type { CrmContact as Contact } from '../../../../electron/shared/crm/contact-crm-fields';
import { hasNavigated, navigate, type AppLocation } from '../../app/useRoute';
import { showToast } from '../../components/toasts';
import { PageHeading } from '../../components/PageHeading';
import { useDebounced } from '../../lib/useDebounced';
import { ContactDetail } from './ContactDetail';
import { ContactForm } from './ContactForm';
import { ContactList } from './ContactList';
import { deleteContact } from './contactActions';
import { SearchBox } from './SearchBox';
import { useContact } from './useContact';
import {
  filterContacts,
  refreshContacts,
  searchContacts,
  useContacts,
  type ContactFilter,
  type ContactsState,
} from './useContacts';
import { ReconnectPanel } from '../crm/ReconnectPanel';
import { keptRateText, useKeptRate, useProfile } from '../crm/useCrm';
import { LOG_SHORTCUT_TEXT, openLogDialog } from '../crm/LogInteractionDialog';
import { ImportButton } from '../import/ImportButton';

const FILTERS: { value: ContactFilter; label: string; empty: string }[] = [
  { value: 'active', label: 'Active', empty: '' },
  {
    value: 'favourites',
    label: 'Favourites',
    empty: 'No favourites yet. Use the star on a contact.',
  },
  { value: 'archived', label: 'Archived', empty: 'No one is archived.' },
  { value: 'blocked', label: 'Blocked', empty: 'No one is blocked.' },
];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function countText(state: ContactsState, shown: number): string {
  if (state.filter !== 'active') {
    const what = { favourites: 'favourite', archived: 'archived', blocked: 'blocked' }[
      state.filter
    ];
    return `${shown} ${what}${state.filter === 'favourites' && shown !== 1 ? 's' : ''}`;
  }
  if (!state.query.trim()) return plural(state.total, 'contact', 'contacts');
  return shown === 0
    ? 'No matches'
    : `${plural(shown, 'match', 'matches')} of ${plural(state.total, 'contact', 'contacts')}`;
}

async function saved(contact: Contact) {
  await refreshContacts();
  navigate({ area: 'contacts', contactId: contact.id, mode: 'view' }, { replace: true });
  showToast(`Saved ${contact.name}.`);
}

/** The private address book: search on the left, the chosen person (or the form) on the right. */
export function ContactsPage({ place }: { place: AppLocation }) {
  const state = useContacts();
  const [text, setText] = useState(state.query);
  useDebounced(text, 150, searchContacts);
  const searchRef = useRef<HTMLInputElement>(null);
  const newButtonRef = useRef<HTMLButtonElement>(null);

  const openNew = () => navigate({ area: 'contacts', mode: 'new' });
  const closeNew = () => {
    navigate({ area: 'contacts' }, { replace: true });
    requestAnimationFrame(() => newButtonRef.current?.focus());
  };

  const loaded = state.status !== 'loading';
  const emptyBook = loaded && state.total === 0 && state.hidden === 0 && state.status === 'ready';
  const rate = useKeptRate();
  const { mode, contactId } = place;

  const form = (
    <ContactForm key="new" onSaved={(contact) => void saved(contact)} onCancel={closeNew} />
  );

  let pane;
  if (mode === 'new') pane = form;
  else if (contactId && mode === 'edit') pane = <EditContact key={contactId} id={contactId} />;
  else if (contactId) pane = <ViewContact id={contactId} />;
  else
    pane = (
      <div className="panel panel-quiet choose-hint">
        <p>Choose someone from the list to see everything you noted about them.</p>
      </div>
    );

  return (
    <div className="page page-contacts">
      <div className="page-header">
        <PageHeading>Contacts</PageHeading>
        {rate && !emptyBook && (
          <p className="kept-rate kept-rate-header" title="Only you see this.">
            {keptRateText(rate)}
          </p>
        )}
        {!emptyBook && loaded && (
          <button
            type="button"
            className="button"
            title={`Log an interaction from anywhere: ${LOG_SHORTCUT_TEXT}`}
            aria-keyshortcuts="Control+Shift+L"
            onClick={openLogDialog}
          >
            Log interaction…
          </button>
        )}
        {/* Import (features/import): the dialog itself is mounted in the app shell. */}
        {loaded && <ImportButton />}
        {!emptyBook && loaded && (
          <button
            ref={newButtonRef}
            type="button"
            className="button button-primary"
            onClick={openNew}
          >
            <span aria-hidden="true" className="button-icon">
              +
            </span>
            New contact
          </button>
        )}
      </div>

      {state.status === 'error' && (
        <p className="inline-error" role="alert">
          {state.error}
        </p>
      )}

      {!loaded ? (
        <p className="muted">Opening your contacts…</p>
      ) : emptyBook && mode !== 'new' ? (
        <div className="empty-state">
          <div className="empty-illustration" aria-hidden="true">
            <svg viewBox="0 0 64 64" focusable="false">
              <circle cx="24" cy="24" r="9" />
              <path d="M8 52c1.5-9.5 8-15 16-15s14.5 5.5 16 15" />
              <circle cx="44" cy="20" r="7" />
              <path d="M40 34c7 0 12.5 4.5 14 12" />
            </svg>
          </div>
          <p className="empty-title">No contacts yet.</p>
          <p className="empty-text">Add the people you want to keep in touch with.</p>
          <button
            ref={newButtonRef}
            type="button"
            className="button button-primary"
            onClick={openNew}
          >
            New contact
          </button>
        </div>
      ) : emptyBook ? (
        <div className="contacts-single">{form}</div>
      ) : (
        <>
          <ReconnectPanel />
          <div className="contacts-layout">
            <section className="contacts-list-pane" aria-label="Contact list">
              <SearchBox value={text} onChange={setText} inputRef={searchRef} />
              <fieldset className="contact-filter">
                <legend className="visually-hidden">Show</legend>
                {FILTERS.map((f) => (
                  <span className="contact-filter-option" key={f.value}>
                    <input
                      type="radio"
                      id={`contact-filter-${f.value}`}
                      name="contact-filter"
                      checked={state.filter === f.value}
                      onChange={() => filterContacts(f.value)}
                    />
                    <label htmlFor={`contact-filter-${f.value}`}>{f.label}</label>
                  </span>
                ))}
              </fieldset>
              <p className="contacts-count" role="status">
                {countText(state, state.contacts.length)}
              </p>
              {state.contacts.length > 0 ? (
                <ContactList contacts={state.contacts} selectedId={contactId} />
              ) : state.filter !== 'active' && !state.query.trim() ? (
                <p className="muted no-results">
                  {FILTERS.find((f) => f.value === state.filter)?.empty}
                </p>
              ) : (
                <div className="no-results">
                  <p>No one matches “{state.query.trim()}”.</p>
                  <p className="muted">Search looks at names, companies, roles, tags and emails.</p>
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      setText('');
                      searchContacts('');
                      searchRef.current?.focus();
                    }}
                  >
                    Clear search
                  </button>
                </div>
              )}
            </section>
            <div className="contacts-main-pane">{pane}</div>
          </div>
        </>
      )}
    </div>
  );
}

function ViewContact({ id }: { id: string }) {
  const state = useProfile(id);
  if (state.status === 'loading') return <div className="panel panel-quiet" aria-busy="true" />;
  if (state.status === 'missing') return <Missing message={state.message} />;
  return (
    <ContactDetail
      contact={state.profile.contact}
      profile={state.profile}
      focusOnShow={hasNavigated()}
      onEdit={() => navigate({ area: 'contacts', contactId: id, mode: 'edit' })}
      onDelete={() => void deleteContact(state.profile.contact)}
    />
  );
}

function EditContact({ id }: { id: string }) {
  const state = useContact(id);
  const [initial, setInitial] = useState<Contact | null>(null);
  // Keep the first version loaded: a change from elsewhere must not wipe what is being typed.
  if (state.status === 'ready' && !initial) setInitial(state.contact);
  if (state.status === 'missing') return <Missing message={state.message} />;
  if (!initial) return <div className="panel panel-quiet" aria-busy="true" />;
  const back = () => navigate({ area: 'contacts', contactId: id, mode: 'view' }, { replace: true });
  return (
    <ContactForm contact={initial} onSaved={(contact) => void saved(contact)} onCancel={back} />
  );
}

function Missing({ message }: { message: string }) {
  return (
    <div className="panel panel-quiet">
      <p>{message}</p>
      <p>
        <a href="#/contacts">Back to all contacts</a>
      </p>
    </div>
  );
}
