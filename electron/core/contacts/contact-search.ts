import type { Contact } from '../../shared/contact';
import { fold } from '../../shared/text';

interface Indexed {
  /** Folded name, company, role, tags and emails: what search looks in. */
  text: string;
  /** Folded words of the name, for ranking name matches first. */
  nameWords: string[];
}

/** Per-contact folded text, cached by object: records are replaced, never mutated, on edit. */
const indexCache = new WeakMap<Contact, Indexed>();
/** The list sorted by name, cached by array: the store replaces the array on every write. */
const sortedCache = new WeakMap<readonly Contact[], readonly Contact[]>();
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function indexOf(contact: Contact): Indexed {
  let entry = indexCache.get(contact);
  if (!entry) {
    entry = {
      text: fold(
        [contact.name, contact.company, contact.role, ...contact.tags, ...contact.emails].join(
          '\n',
        ),
      ),
      nameWords: fold(contact.name).split(/\s+/),
    };
    indexCache.set(contact, entry);
  }
  return entry;
}

function sortedByName<C extends Contact>(contacts: readonly C[]): readonly C[] {
  let sorted = sortedCache.get(contacts) as readonly C[] | undefined;
  if (!sorted) {
    sorted = [...contacts].sort(
      (a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
    );
    sortedCache.set(contacts, sorted);
  }
  return sorted;
}

export function queryWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/**
 * Contacts matching every word of `query` in their name, company, role, tags or emails, ignoring
 * case and accents (María = maria). Names with a word starting with the first query word come
 * first; each group is ordered by name.
 */
export function searchContacts<C extends Contact>(contacts: readonly C[], query = ''): C[] {
  const sorted = sortedByName(contacts);
  const words = queryWords(query);
  if (words.length === 0) return [...sorted];
  const first = words[0]!;
  const nameHits: C[] = [];
  const otherHits: C[] = [];
  for (const contact of sorted) {
    const { text, nameWords } = indexOf(contact);
    if (!words.every((word) => text.includes(word))) continue;
    (nameWords.some((w) => w.startsWith(first)) ? nameHits : otherHits).push(contact);
  }
  return nameHits.concat(otherHits);
}
