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
  /** Every text joined by NUL, built on first query: one `indexOf` pass beats 30,000 `includes`. */
  haystack?: Haystack;
}
interface Haystack {
  text: string;
  /** Where each contact's text starts in `text`, in list order. */
  starts: Int32Array;
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

const byName = (a: Contact, b: Contact) =>
  collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The index last built: the next list is usually it with a few contacts added or replaced. */
let last: SortedIndex | null = null;
/** Beyond this many added or removed contacts, sorting again is as quick as patching. */
const PATCH_LIMIT = 256;

function sortedByName(contacts: readonly Contact[]): SortedIndex {
  let sorted = sortedCache.get(contacts);
  if (!sorted) {
    sorted = (last && patched(last, contacts)) ?? sortAll(contacts);
    sortedCache.set(contacts, sorted);
    last = sorted;
  }
  return sorted;
}

function sortAll(contacts: readonly Contact[]): SortedIndex {
  const list = [...contacts].sort(byName);
  const entries = list.map(indexOf);
  return {
    contacts: list,
    texts: entries.map((e) => e.text),
    nameWords: entries.map((e) => e.nameWords),
  };
}

/**
 * The previous sorted index with the contacts no longer in `contacts` dropped and the new ones
 * inserted in place: an edit replaces one record (the store shares every other), so re-sorting
 * 30,000 names (~90 ms) becomes a pass over them. Null when too much changed.
 */
function patched(previous: SortedIndex, contacts: readonly Contact[]): SortedIndex | null {
  if (Math.abs(contacts.length - previous.contacts.length) > PATCH_LIMIT) return null;
  const before = new Set(previous.contacts);
  const added = contacts.filter((c) => !before.has(c));
  if (added.length > PATCH_LIMIT) return null;
  const now = new Set(contacts);
  const kept: number[] = [];
  for (let i = 0; i < previous.contacts.length; i++) {
    if (now.has(previous.contacts[i]!)) kept.push(i);
  }
  // Where each new contact goes among the kept ones (binary search), then one merging pass.
  added.sort(byName);
  const at = added.map((contact) => {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byName(previous.contacts[kept[mid]!]!, contact) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  });
  const list: Contact[] = [];
  const texts: string[] = [];
  const nameWords: string[][] = [];
  let next = 0;
  for (let k = 0; k <= kept.length; k++) {
    while (next < added.length && at[next] === k) {
      const entry = indexOf(added[next]!);
      list.push(added[next]!);
      texts.push(entry.text);
      nameWords.push(entry.nameWords);
      next++;
    }
    if (k === kept.length) break;
    const i = kept[k]!;
    list.push(previous.contacts[i]!);
    texts.push(previous.texts[i]!);
    nameWords.push(previous.nameWords[i]!);
  }
  // The same record twice in a list would not survive the sets: sort that list in full.
  return list.length === contacts.length ? { contacts: list, texts, nameWords } : null;
}

function haystackOf(index: SortedIndex): Haystack {
  if (!index.haystack) {
    const starts = new Int32Array(index.texts.length);
    let at = 0;
    index.texts.forEach((text, i) => {
      starts[i] = at;
      at += text.length + 1;
    });
    index.haystack = { text: index.texts.join('\0'), starts };
  }
  return index.haystack;
}

/** The list positions whose text contains `word`, in list order, each once. */
function positionsContaining(index: SortedIndex, word: string): number[] {
  const { text, starts } = haystackOf(index);
  const found: number[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at < 0) return found;
    // The contact whose text holds `at`: the last start at or before it.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    found.push(lo);
    if (lo + 1 >= starts.length) return found;
    from = starts[lo + 1]!;
  }
}

export function queryWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/** The last search, so a query that extends it (typing on) only looks among its matches. */
let lastSearch: { index: SortedIndex; folded: string; matches: number[] } | null = null;

/**
 * Positions in the name-sorted index of the contacts matching every word of `query`, names with a
 * word starting with the first query word first, each group in name order. Null: no words, so
 * everyone, in name order.
 */
function searchPositions(index: SortedIndex, query: string): number[] | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  const { texts, nameWords } = index;
  const folded = words.join(' ');
  // Typing on ("ana" → "ana l"): every match of the longer query matched the shorter one.
  const candidates =
    lastSearch && lastSearch.index === index && folded.startsWith(lastSearch.folded)
      ? lastSearch.matches
      : // The longest word narrows most; the others are checked on its hits only (which also
        // rejects a match that straddles two contacts' texts through the NUL separator).
        positionsContaining(
          index,
          words.reduce((a, b) => (b.length > a.length ? b : a)),
        );
  const matches: number[] = [];
  outer: for (const i of candidates) {
    const text = texts[i]!;
    for (const word of words) if (!text.includes(word)) continue outer;
    matches.push(i);
  }
  lastSearch = { index, folded, matches };
  const first = words[0]!;
  const nameHits: number[] = [];
  const otherHits: number[] = [];
  for (const i of matches) {
    (nameWords[i]!.some((w) => w.startsWith(first)) ? nameHits : otherHits).push(i);
  }
  return nameHits.concat(otherHits);
}

/**
 * Contacts matching every word of `query` in their name, company, role, tags or emails, ignoring
 * case and accents (María = maria). Names with a word starting with the first query word come
 * first; each group is ordered by name.
 */
export function searchContacts<C extends Contact>(contacts: readonly C[], query = ''): C[] {
  const index = sortedByName(contacts);
  const positions = searchPositions(index, query);
  if (positions === null) return [...index.contacts] as C[];
  return positions.map((i) => index.contacts[i]!) as C[];
}

/**
 * One page of a search, in the same order as `searchContacts`, counting only the contacts `keep`
 * accepts: the list's question on every keystroke, answered without building the whole result.
 */
export function searchPage<C extends Contact>(
  contacts: readonly C[],
  query: string,
  keep: (contact: C) => boolean,
  offset: number,
  limit: number,
): { matches: number; rows: C[] } {
  const index = sortedByName(contacts);
  const sorted = index.contacts as C[];
  const positions = searchPositions(index, query);
  const rows: C[] = [];
  let matches = 0;
  const count = positions === null ? sorted.length : positions.length;
  for (let k = 0; k < count; k++) {
    const contact = sorted[positions === null ? k : positions[k]!]!;
    if (!keep(contact)) continue;
    if (matches >= offset && rows.length < limit) rows.push(contact);
    matches++;
  }
  return { matches, rows };
}
