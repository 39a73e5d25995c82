import type { Contact } from '../../shared/contact';
import { createSearchIndex } from '../../shared/search/search-index';
import { fold } from '../../shared/text';

/**
 * Folded names, companies, roles and tags by their text: across an address book they repeat (a
 * company, a role, a first name), and folding (Unicode normalisation) is most of indexing's cost.
 */
const folded = new Map<string, string>();
function foldRepeated(text: string): string {
  let result = folded.get(text);
  if (result === undefined) {
    result = fold(text);
    if (folded.size >= 100_000) folded.clear();
    folded.set(text, result);
  }
  return result;
}

const texts = new WeakMap<Contact, string>();

/**
 * What search looks in, folded: name (its words joined by single spaces, on the first line),
 * company, role, tags and emails. Not notes. Cached by record: records are replaced on edit.
 */
export function searchTextOf(contact: Contact): string {
  let text = texts.get(contact);
  if (text === undefined) {
    const parts = [
      foldRepeated(contact.name).split(/\s+/).join(' '),
      foldRepeated(contact.company),
      foldRepeated(contact.role),
    ];
    for (const tag of contact.tags) parts.push(foldRepeated(tag));
    // Email addresses are each one's own: folded, not kept.
    for (const email of contact.emails) parts.push(fold(email));
    text = parts.join('\n');
    texts.set(contact, text);
  }
  return text;
}

/** The core's index over the store's contacts (cached per contacts array). */
const index = createSearchIndex<Contact>(searchTextOf);

/**
 * Contacts matching every word of `query` in their name, company, role, tags or emails, ignoring
 * case and accents (María = maria). Names with a word starting with the first query word come
 * first; each group is ordered by name.
 */
export function searchContacts<C extends Contact>(contacts: readonly C[], query = ''): C[] {
  return index.search(contacts, query) as C[];
}

/** One page of a search, counting only the contacts `keep` accepts (see `SearchIndex.page`). */
export function searchPage<C extends Contact>(
  contacts: readonly C[],
  query: string,
  keep: (contact: C) => boolean,
  offset: number,
  limit: number,
): { matches: number; rows: C[] } {
  return index.page(contacts, query, keep as (contact: Contact) => boolean, offset, limit) as {
    matches: number;
    rows: C[];
  };
}

/** The contacts in list order (by name), from the index search keeps anyway. */
export function contactsByName<C extends Contact>(contacts: readonly C[]): readonly C[] {
  return index.sorted(contacts) as readonly C[];
}
