import type { CrmContact as Contact } from '../../../../electron/shared/crm/contact-crm-fields';
import { netwell } from '../../bridge/netwell';
import { createLiveStore, useStore } from '../../lib/createStore';

export type ContactFilter = 'active' | 'favourites' | 'archived' | 'blocked';

export interface ContactsState {
  /** The search as last sent to the host. */
  query: string;
  /** Which people the list shows: blocked ones only ever under "blocked". */
  filter: ContactFilter;
  status: 'loading' | 'ready' | 'error';
  contacts: Contact[];
  /** How many active contacts there are, whatever the search. */
  total: number;
  /** How many are archived or blocked (out of the usual list). */
  hidden: number;
  error?: string;
}

let latest = 0;

/** Asks the host for the list (and the total, when searching); drops answers that arrive late. */
async function refresh(): Promise<void> {
  const request = ++latest;
  const { query, filter } = contactsStore.get();
  const [found, all, archived, blocked] = await Promise.all([
    netwell.contacts.list({ query, filter }),
    query.trim() || filter !== 'active' ? netwell.contacts.list() : null,
    netwell.contacts.list({ filter: 'archived' }),
    netwell.contacts.list({ filter: 'blocked' }),
  ]);
  if (request !== latest) return;
  if (!found.ok) {
    contactsStore.set((state) => ({ ...state, status: 'error', error: found.error.message }));
    return;
  }
  const total = all?.ok ? all.value.length : found.value.length;
  const hidden =
    (archived.ok ? archived.value.length : 0) + (blocked.ok ? blocked.value.length : 0);
  contactsStore.set((state) => ({
    query: state.query,
    filter: state.filter,
    status: 'ready',
    contacts: found.value,
    total,
    hidden,
  }));
}

const contactsStore = createLiveStore<ContactsState>(
  { query: '', filter: 'active', status: 'loading', contacts: [], total: 0, hidden: 0 },
  () => {
    void refresh();
    return netwell.on('contacts.changed', () => void refresh());
  },
);

export function useContacts(): ContactsState {
  return useStore(contactsStore);
}

export function searchContacts(query: string): void {
  if (query === contactsStore.get().query) return;
  contactsStore.set((state) => ({ ...state, query }));
  void refresh();
}

export function filterContacts(filter: ContactFilter): void {
  if (filter === contactsStore.get().filter) return;
  contactsStore.set((state) => ({ ...state, filter }));
  void refresh();
}

export { refresh as refreshContacts };
