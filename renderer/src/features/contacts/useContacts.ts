import type { Contact } from '../../../../electron/shared/contact';
import { netwell } from '../../bridge/netwell';
import { createLiveStore, useStore } from '../../lib/createStore';

export interface ContactsState {
  /** The search as last sent to the host. */
  query: string;
  status: 'loading' | 'ready' | 'error';
  contacts: Contact[];
  /** How many contacts there are in all, whatever the search. */
  total: number;
  error?: string;
}

let latest = 0;

/** Asks the host for the list (and the total, when searching); drops answers that arrive late. */
async function refresh(): Promise<void> {
  const request = ++latest;
  const { query } = contactsStore.get();
  const [found, all] = await Promise.all([
    netwell.contacts.list({ query }),
    query.trim() ? netwell.contacts.list() : null,
  ]);
  if (request !== latest) return;
  if (!found.ok) {
    contactsStore.set((state) => ({ ...state, status: 'error', error: found.error.message }));
    return;
  }
  const total = all?.ok ? all.value.length : found.value.length;
  contactsStore.set((state) => ({
    query: state.query,
    status: 'ready',
    contacts: found.value,
    total,
  }));
}

const contactsStore = createLiveStore<ContactsState>(
  { query: '', status: 'loading', contacts: [], total: 0 },
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

export { refresh as refreshContacts };
