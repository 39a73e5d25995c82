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
/**
 * The list sorted by name with each contact's index entry alongside (plain arrays, so a query is
 * a tight loop with no per-contact map lookup), cached by array: the store replaces the array when
 * the list changes.
 */
interface SortedIndex {
  contacts: Contact[];
  texts: string[];
  nameWords: string[][];
}
const sortedCache = new WeakMap<readonly Contact[], SortedIndex>();
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

function sortedByName(contacts: readonly Contact[]): SortedIndex {
  let sorted = sortedCache.get(contacts);
  if (!sorted) {
    const list = [...contacts].sort(
      (a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
    );
    const entries = list.map(indexOf);
    sorted = {
      contacts: list,
      texts: entries.map((e) => e.text),
      nameWords: entries.map((e) => e.nameWords),
    };
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
export function searchContacts(contacts: readonly Contact[], query = ''): Contact[] {
  const { contacts: sorted, texts, nameWords } = sortedByName(contacts);
  const words = queryWords(query);
  if (words.length === 0) return [...sorted];
  const first = words[0]!;
  const nameHits: Contact[] = [];
  const otherHits: Contact[] = [];
  outer: for (let i = 0; i < sorted.length; i++) {
    const text = texts[i]!;
    for (const word of words) if (!text.includes(word)) continue outer;
    (nameWords[i]!.some((w) => w.startsWith(first)) ? nameHits : otherHits).push(sorted[i]!);
  }
  return nameHits.concat(otherHits);
}
