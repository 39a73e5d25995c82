import type { Contact } from '../../shared/contact';
import { fold } from '../../shared/text';
import {
  SIGNATURE_WORDS,
  bitsDecide,
  initialBit,
  queryChecks,
  writeSignature,
} from './search-signature';

interface Indexed {
  /** Folded name, company, role, tags and emails: what search looks in. */
  text: string;
  /** Folded words of the name, for ranking name matches first. */
  nameWords: string[];
  /** " " + the name's words joined by spaces: "a name word starts with w" is `includes(" " + w)`. */
  nameKey: string;
}

/** Per-contact folded text, cached by object: records are replaced, never mutated, on edit. */
const indexCache = new WeakMap<Contact, Indexed>();
/**
 * The list sorted by name with each contact's index entry alongside (plain and typed arrays, so a
 * query is a tight loop with no per-contact lookup), cached by array: the store replaces the
 * array when the list changes.
 */
interface SortedIndex {
  contacts: Contact[];
  texts: string[];
  nameKeys: string[];
  /** `SIGNATURE_WORDS` per contact, column by column (see search-signature.ts). */
  signatures: Int32Array;
  /** Per filter (by predicate): 1 where it keeps the contact, asked once per list. */
  kept: Map<(contact: never) => boolean, Uint8Array>;
}
const sortedCache = new WeakMap<readonly Contact[], SortedIndex>();
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

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

function indexOf(contact: Contact): Indexed {
  let entry = indexCache.get(contact);
  if (!entry) {
    const name = foldRepeated(contact.name);
    const nameWords = name.split(/\s+/);
    const parts = [name, foldRepeated(contact.company), foldRepeated(contact.role)];
    for (const tag of contact.tags) parts.push(foldRepeated(tag));
    // Email addresses are each one's own: folded, not kept.
    for (const email of contact.emails) parts.push(fold(email));
    entry = { text: parts.join('\n'), nameWords, nameKey: ` ${nameWords.join(' ')}` };
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

/** An index being filled in list order. */
function builder(size: number) {
  const index: SortedIndex = {
    contacts: [],
    texts: [],
    nameKeys: [],
    signatures: new Int32Array(size * SIGNATURE_WORDS),
    kept: new Map(),
  };
  return {
    index,
    add(contact: Contact): void {
      const entry = indexOf(contact);
      writeSignature(index.signatures, size, index.contacts.length, entry.text, entry.nameWords);
      index.contacts.push(contact);
      index.texts.push(entry.text);
      index.nameKeys.push(entry.nameKey);
    },
    /** Positions `start` to `end` (excluded) of `from`, signatures and all, computed once. */
    copy(from: SortedIndex, start: number, end: number): void {
      const fromSize = from.contacts.length;
      const at = index.contacts.length;
      for (let w = 0; w < SIGNATURE_WORDS; w++) {
        const plane = w * fromSize;
        index.signatures.set(from.signatures.subarray(plane + start, plane + end), w * size + at);
      }
      for (let i = start; i < end; i++) {
        index.contacts.push(from.contacts[i]!);
        index.texts.push(from.texts[i]!);
        index.nameKeys.push(from.nameKeys[i]!);
      }
    },
  };
}

function sortAll(contacts: readonly Contact[]): SortedIndex {
  const built = builder(contacts.length);
  for (const contact of [...contacts].sort(byName)) built.add(contact);
  return built.index;
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
  // The same record twice in a list would not survive the sets: sort that list in full.
  if (kept.length + added.length !== contacts.length) return null;
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
  const built = builder(contacts.length);
  let next = 0;
  let k = 0;
  while (k < kept.length || next < added.length) {
    while (next < added.length && at[next] === k) built.add(added[next++]!);
    if (k === kept.length) break;
    // The longest run of kept positions that are consecutive with nothing inserted among them.
    let end = k + 1;
    while (end < kept.length && kept[end] === kept[end - 1]! + 1 && at[next] !== end) end++;
    built.copy(previous, kept[k]!, kept[end - 1]! + 1);
    k = end;
  }
  return built.index;
}

export function queryWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/** The last search's matches in list order, so a query that extends it looks only among them. */
let lastSearch: { index: SortedIndex; folded: string; matches: Int32Array } | null = null;
/** Scratch space for one search's matches, reused: a search allocates only what it keeps. */
let scratch = new Int32Array(0);
let scratchHits = new Uint8Array(0);

interface Found {
  /** Positions in the name-sorted index of the contacts holding every query word, in list order. */
  matches: Int32Array;
  /** Per match: 1 when a word of the name starts with the first query word (ranked first). */
  nameHit: Uint8Array;
}

/**
 * Every contact whose text holds every word of `query`. Each candidate is first tested on its
 * signature (a few integer ANDs); only those that pass have their text searched, and not even
 * those for words of one or two letters or digits, whose bits are exact. Null: no words, so
 * everyone, in name order.
 */
function find(index: SortedIndex, query: string): Found | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  const folded = words.join(' ');
  const { texts, nameKeys, signatures } = index;
  const size = texts.length;
  // Typing on ("ana" → "ana l"): every match of the longer query matched the shorter one.
  const narrowed =
    lastSearch && lastSearch.index === index && folded.startsWith(lastSearch.folded)
      ? lastSearch.matches
      : null;
  const count = narrowed ? narrowed.length : size;
  // (where the signature word starts, bits) pairs.
  const checks = queryChecks(words).map((value, k) => (k % 2 === 0 ? value * size : value));
  // Only words the bits cannot decide are looked for in the text, the longest (rarest) first.
  const verify = words.filter((w) => !bitsDecide(w)).sort((a, b) => b.length - a.length);
  const first = words[0]!;
  const initial = initialBit(first);
  const initialAt = initial.word * size;
  const initialDecides = first.length === 1 && bitsDecide(first);
  const spacedFirst = ` ${first}`;
  if (scratch.length < size) {
    scratch = new Int32Array(size);
    scratchHits = new Uint8Array(size);
  }
  let found = 0;
  outer: for (let k = 0; k < count; k++) {
    const i = narrowed ? narrowed[k]! : k;
    for (let c = 0; c < checks.length; c += 2) {
      const bits = checks[c + 1]!;
      if ((signatures[checks[c]! + i]! & bits) !== bits) continue outer;
    }
    for (let v = 0; v < verify.length; v++) if (!texts[i]!.includes(verify[v]!)) continue outer;
    scratchHits[found] =
      (signatures[initialAt + i]! & initial.bit) !== 0 &&
      (initialDecides || nameKeys[i]!.includes(spacedFirst))
        ? 1
        : 0;
    scratch[found++] = i;
  }
  const matches = scratch.slice(0, found);
  lastSearch = { index, folded, matches };
  return { matches, nameHit: scratchHits.slice(0, found) };
}

/**
 * Positions in the name-sorted index of the contacts matching every word of `query`, names with a
 * word starting with the first query word first, each group in name order. Null: everyone.
 */
function searchPositions(index: SortedIndex, query: string): Int32Array | null {
  const result = find(index, query);
  if (!result) return null;
  const { matches, nameHit } = result;
  const ranked = new Int32Array(matches.length);
  let n = 0;
  for (let k = 0; k < matches.length; k++) if (nameHit[k]) ranked[n++] = matches[k]!;
  for (let k = 0; k < matches.length; k++) if (!nameHit[k]) ranked[n++] = matches[k]!;
  return ranked;
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
  return Array.from(positions, (i) => index.contacts[i]!) as C[];
}

/**
 * Which positions `keep` accepts, asked of each contact once per list and predicate: a filter
 * passed as the same function each time (as `shownBy` gives) costs a lookup per keystroke.
 */
function keptBy<C extends Contact>(index: SortedIndex, keep: (contact: C) => boolean): Uint8Array {
  let kept = index.kept.get(keep);
  if (!kept) {
    kept = Uint8Array.from(index.contacts as C[], (c) => (keep(c) ? 1 : 0));
    // A caller passing a new function each time must not make this grow without end.
    if (index.kept.size >= 8) index.kept.clear();
    index.kept.set(keep, kept);
  }
  return kept;
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
  const kept = keptBy(index, keep);
  const rows: C[] = [];
  let matches = 0;
  const take = (i: number) => {
    if (!kept[i]) return;
    if (matches >= offset && rows.length < limit) rows.push(sorted[i]!);
    matches++;
  };
  const result = find(index, query);
  if (!result) {
    for (let i = 0; i < sorted.length; i++) take(i);
    return { matches, rows };
  }
  // Name matches first, then the others, each in name order: two passes, no ranked copy.
  const { matches: found, nameHit } = result;
  for (let k = 0; k < found.length; k++) if (nameHit[k]) take(found[k]!);
  for (let k = 0; k < found.length; k++) if (!nameHit[k]) take(found[k]!);
  return { matches, rows };
}
