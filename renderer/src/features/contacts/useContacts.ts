/** The Contacts list and the page's search copy, made once per app over the host's API. */
import { netwell } from '../../bridge/netwell';
import { useStore } from '../../lib/createStore';
import { createContactsList, type ContactsState } from './contactsList';
import { createSearchCopySync } from './searchCopySync';

export type { ContactFilter, ContactRow, ContactsState } from './contactsList';

const onContactsChanged = (listener: () => void) => netwell.on('contacts.changed', listener);

export const searchCopySync = createSearchCopySync({
  ask: async (request) => {
    const result = await netwell.contacts.searchEntries(request);
    return result.ok ? result.value : null;
  },
  onContactsChanged,
  pause: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
});

export const contactsList = createContactsList({
  core: netwell.contacts,
  onContactsChanged,
  copy: searchCopySync,
});

export function useContacts(): ContactsState {
  return useStore(contactsList.store);
}
