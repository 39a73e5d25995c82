import type { Contact } from '../../shared/contact';

const cache = new WeakMap<readonly Contact[], ReadonlyMap<string, Contact>>();

/**
 * The contacts by id, built once per contacts array (the store replaces the array when the list
 * changes): looking up a page's worth of names at 30,000 contacts is then a few map reads.
 */
export function contactsById<C extends Contact>(contacts: readonly C[]): ReadonlyMap<string, C> {
  let byId = cache.get(contacts);
  if (!byId) {
    byId = new Map(contacts.map((c) => [c.id, c]));
    cache.set(contacts, byId);
  }
  return byId as ReadonlyMap<string, C>;
}
