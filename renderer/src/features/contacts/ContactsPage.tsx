import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CrmContact as Contact } from '../../../../electron/shared/crm/contact-crm-fields';
import { hasNavigated, navigate, type AppLocation } from '../../app/useRoute';
import { showToast } from '../../components/toasts';
import { netwell } from '../../bridge/netwell';
import { downloadFile } from '../../lib/download';
import { PageHeading } from '../../components/PageHeading';
import { ContactDetail, ContactDetailPreview } from './ContactDetail';
import { ContactForm } from './ContactForm';
import { ContactList } from './ContactList';
import { deleteContact } from './contactActions';
import { SearchBox } from './SearchBox';
import { useContact } from './useContact';
import {
  contactsList,
  searchCopySync,
  useContacts,
  type ContactFilter,
  type ContactRow,
  type ContactsState,
} from './useContacts';
import { BulkBar } from './bulk/BulkBar';
import { MergeDialog } from './bulk/MergeDialog';
import { ReconnectPanel } from '../crm/ReconnectPanel';
import { keptRateText, useKeptRate, useProfile } from '../crm/useCrm';
import { LOG_SHORTCUT_TEXT, openLogDialog } from '../crm/LogInteractionDialog';
import { ImportButton } from '../import/ImportButton';
import { formatCount } from '../../lib/numbers';

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

const plural = (n: number, one: string, many: string) =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

function countText(state: ContactsState): string {
  const shown = state.matches;
  if (state.filter !== 'active') {
    const what = {
      favourites: 'favourite',
      archived: 'archived',
      blocked: 'blocked',
      everyone: 'in all',
    }[state.filter];
    return `${formatCount(shown)} ${what}${state.filter === 'favourites' && shown !== 1 ? 's' : ''}`;
  }
  const total = plural(state.counts.active, 'contact', 'contacts');
  if (!state.query.trim()) return total;
  return shown === 0 ? 'No matches' : `${plural(shown, 'match', 'matches')} of ${total}`;
}

async function exportContacts(ids: string[], format: 'vcard' | 'csv') {
  const result = await netwell.contacts.export({ ids, format });
  if (!result.ok) {
    showToast(result.error.message, { tone: 'error' });
    return;
  }
  downloadFile(result.value);
  showToast(`Exported ${plural(ids.length, 'contact', 'contacts')} as ${result.value.fileName}.`);
}

async function saved(contact: Contact) {
  await contactsList.refresh();
  navigate({ area: 'contacts', contactId: contact.id, mode: 'view' }, { replace: true });
  showToast(`Saved ${contact.name}.`);
}

/** The private address book: search on the left, the chosen person (or the form) on the right. */
export function ContactsPage({ place }: { place: AppLocation }) {
  const state = useContacts();
  // The list answers from the page's own search copy once it has loaded (before that, the core).
  // It is asked for after the list's first answer: asked together, the core would prepare the
  // copy (~5 MB at 30,000 contacts) before sending the first rows.
  const answered = state.status !== 'loading';
  useEffect(() => {
    if (answered) searchCopySync.start();
  }, [answered]);
  const [text, setText] = useState(state.query);
  // No debounce: a keystroke is answered in the page within a frame.
  const search = (value: string) => {
    setText(value);
    contactsList.search(value);
  };
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [merging, setMerging] = useState<readonly [string, string] | null>(null);
  const onCheck = useCallback((id: string, on: boolean) => {
    setChecked((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const clearChecked = () => setChecked(new Set());
  const searchRef = useRef<HTMLInputElement>(null);
  const newButtonRef = useRef<HTMLButtonElement>(null);

  const openNew = () => navigate({ area: 'contacts', mode: 'new' });
  const closeNew = () => {
    navigate({ area: 'contacts' }, { replace: true });
    requestAnimationFrame(() => newButtonRef.current?.focus());
  };

  const loaded = state.status !== 'loading';
  const { counts } = state;
  const emptyBook =
    loaded && state.status === 'ready' && counts.active + counts.archived + counts.blocked === 0;
  const rate = useKeptRate();
  const { mode, contactId } = place;
  // The chosen person's row, when the list holds it: their heading shows before their page loads.
  const { rows } = state;
  const chosenRow = useMemo(
    () => (contactId ? rows.find((row) => row?.id === contactId) : undefined),
    [rows, contactId],
  );

  const form = (
    <ContactForm key="new" onSaved={(contact) => void saved(contact)} onCancel={closeNew} />
  );

  let pane;
  if (mode === 'new') pane = form;
  else if (contactId && mode === 'edit') pane = <EditContact key={contactId} id={contactId} />;
  else if (contactId) pane = <ViewContact id={contactId} row={chosenRow} />;
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
              <SearchBox value={text} onChange={search} inputRef={searchRef} />
              <fieldset className="contact-filter">
                <legend className="visually-hidden">Show</legend>
                {FILTERS.map((f) => (
                  <span className="contact-filter-option" key={f.value}>
                    <input
                      type="radio"
                      id={`contact-filter-${f.value}`}
                      name="contact-filter"
                      checked={state.filter === f.value}
                      onChange={() => {
                        clearChecked();
                        contactsList.filter(f.value);
                      }}
                    />
                    <label htmlFor={`contact-filter-${f.value}`}>{f.label}</label>
                  </span>
                ))}
              </fieldset>
              <p className="contacts-count" role="status">
                {countText(state)}
              </p>
              {checked.size > 0 && (
                <BulkBar
                  selected={[...checked]}
                  matches={state.matches}
                  filter={state.filter}
                  onSelectAll={() =>
                    void contactsList.allMatchingIds().then((ids) => setChecked(new Set(ids)))
                  }
                  onClear={clearChecked}
                  onMerge={() => {
                    const [a, b] = [...checked];
                    if (a && b) setMerging([a, b]);
                  }}
                  onExport={(format) => void exportContacts([...checked], format)}
                />
              )}
              {state.matches > 0 ? (
                <ContactList
                  count={state.matches}
                  rows={state.rows}
                  answered={state.answered}
                  source={state.source}
                  selectedId={contactId}
                  checked={checked}
                  onCheck={onCheck}
                  onShow={contactsList.showRows}
                />
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
                      search('');
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
          {merging && (
            <MergeDialog
              ids={merging}
              onClose={() => setMerging(null)}
              onMerged={() => {
                setMerging(null);
                clearChecked();
              }}
            />
          )}
        </>
      )}
    </div>
  );
}

function ViewContact({ id, row }: { id: string; row: ContactRow | undefined }) {
  const state = useProfile(id);
  if (state.status === 'loading')
    return row ? (
      <ContactDetailPreview row={row} />
    ) : (
      <div className="panel panel-quiet" aria-busy="true" />
    );
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
  if (state.status === 'missing') return <Missing message={state.message} />;
  if (state.status !== 'ready') return <div className="panel panel-quiet" aria-busy="true" />;
  const back = () => navigate({ area: 'contacts', contactId: id, mode: 'view' }, { replace: true });
  // The form follows the stored contact, keeping what is being typed (see useStoredForm).
  return (
    <ContactForm
      contact={state.contact}
      onSaved={(contact) => void saved(contact)}
      onCancel={back}
    />
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
