/**
 * Search over an address book of up to 30,000 people, the same code in the core (over contacts)
 * and in the renderer (over its read-only copy of what search needs, so a keystroke is answered
 * without a round trip). Each side makes its own index with `createSearchIndex`.
 */
import { fold } from '../text';
import {
  SIGNATURE_WORDS,
  bitsDecide,
  initialBit,
  queryChecks,
  writeSignature,
} from './search-signature';

/** What search needs of a person: an id and a name, to sort by; the rest is in its text. */
export interface Searchable {
  id: string;
  name: string;
}

/**
 * A person's search text: folded (see `fold`), lines for the fields. The first line is the name's
 * words joined by single spaces, so the name can be told apart (name matches rank first).
 */
export type SearchTextOf<T> = (item: T) => string;

interface Indexed {
  text: string;
  /** Folded words of the name. */
  nameWords: string[];
  /** " " + the name's words joined by spaces: "a name word starts with w" is `includes(" " + w)`. */
  nameKey: string;
}

/**
 * The list sorted by name with each person's index entry alongside (plain and typed arrays, so a
 * query is a tight loop with no per-person lookup), cached by array: the owner replaces the array
 * when the list changes.
 */
interface SortedIndex<T> {
  items: T[];
  texts: string[];
  nameKeys: string[];
  /** `SIGNATURE_WORDS` per person, column by column (see search-signature.ts). */
  signatures: Int32Array;
  /** Per filter (by predicate): 1 where it keeps the person, asked once per list. */
  kept: Map<(item: never) => boolean, Uint8Array>;
}

interface Found {
  /** Positions in the name-sorted index of the people holding every query word, in list order. */
  matches: Int32Array;
  /** Per match: 1 when a word of the name starts with the first query word (ranked first). */
  nameHit: Uint8Array;
}

/** Beyond this many added or removed people, sorting again is as quick as patching. */
const PATCH_LIMIT = 256;
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The order every list is in: by name (ignoring case and accents, numbers as numbers), then id. */
export function byName(a: Searchable, b: Searchable): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function queryWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/** Scratch space for one search's matches, reused: a search allocates only what it keeps. */
let scratch = new Int32Array(0);
let scratchHits = new Uint8Array(0);

export interface SearchIndex<T extends Searchable> {
  /**
   * People matching every word of `query` in their text, ignoring case and accents (María =
   * maria). Names with a word starting with the first query word come first; each group is
   * ordered by name.
   */
  search(items: readonly T[], query?: string): T[];
  /**
   * One page of a search, in the same order as `search`, counting only the people `keep`
   * accepts: the list's question on every keystroke, answered without building the whole result.
   * `keep` should be the same function each time for the same filter: its answers are kept.
   */
  page(
    items: readonly T[],
    query: string,
    keep: (item: T) => boolean,
    offset: number,
    limit: number,
  ): { matches: number; rows: T[] };
  /** `items` as search orders them with no query: by name. */
  sorted(items: readonly T[]): readonly T[];
  /**
   * Indexes `items` as already in name order (as the core sent them), skipping a sort that costs
   * ~100 ms at 30,000, a slice at a time with `pause` between slices, so that the page stays
   * responsive meanwhile. Later lists made from this one by edits are patched as usual.
   */
  adoptSorted(items: readonly T[], pause?: () => Promise<void>): Promise<void>;
}

/** People indexed between two pauses of `adoptSorted`: about 10 ms of work. */
const ADOPT_SLICE = 2000;

export function createSearchIndex<T extends Searchable>(textOf: SearchTextOf<T>): SearchIndex<T> {
  const sortedCache = new WeakMap<readonly T[], SortedIndex<T>>();
  /** The index last built: the next list is usually it with a few people added or replaced. */
  let last: SortedIndex<T> | null = null;
  /** The last search's matches in list order, so a query that extends it looks only among them. */
  let lastSearch: { index: SortedIndex<T>; folded: string; matches: Int32Array } | null = null;

  /** Not cached: `textOf` is (or is a field), and the rest is a slice and a split. */
  function entryOf(item: T): Indexed {
    const text = textOf(item);
    const end = text.indexOf('\n');
    const name = end < 0 ? text : text.slice(0, end);
    return { text, nameWords: name.split(' '), nameKey: ` ${name}` };
  }

  function remember(items: readonly T[], index: SortedIndex<T>): SortedIndex<T> {
    sortedCache.set(items, index);
    last = index;
    return index;
  }

  function sortedByName(items: readonly T[]): SortedIndex<T> {
    return (
      sortedCache.get(items) ??
      remember(items, (last && patched(last, items)) ?? inOrder([...items].sort(byName)))
    );
  }

  /** An index being filled in list order. */
  function builder(size: number) {
    const index: SortedIndex<T> = {
      items: [],
      texts: [],
      nameKeys: [],
      signatures: new Int32Array(size * SIGNATURE_WORDS),
      kept: new Map(),
    };
    return {
      index,
      add(item: T): void {
        const entry = entryOf(item);
        writeSignature(index.signatures, size, index.items.length, entry.text, entry.nameWords);
        index.items.push(item);
        index.texts.push(entry.text);
        index.nameKeys.push(entry.nameKey);
      },
      /** Positions `start` to `end` (excluded) of `from`, signatures and all, computed once. */
      copy(from: SortedIndex<T>, start: number, end: number): void {
        const fromSize = from.items.length;
        const at = index.items.length;
        for (let w = 0; w < SIGNATURE_WORDS; w++) {
          const plane = w * fromSize;
          index.signatures.set(from.signatures.subarray(plane + start, plane + end), w * size + at);
        }
        for (let i = start; i < end; i++) {
          index.items.push(from.items[i]!);
          index.texts.push(from.texts[i]!);
          index.nameKeys.push(from.nameKeys[i]!);
        }
      },
    };
  }

  function inOrder(items: readonly T[]): SortedIndex<T> {
    const built = builder(items.length);
    for (const item of items) built.add(item);
    return built.index;
  }

  /**
   * The previous sorted index with the people no longer in `items` dropped and the new ones
   * inserted in place: an edit replaces one record (the rest are shared), so re-sorting 30,000
   * names (~100 ms) becomes a pass over them. Null when too much changed.
   */
  function patched(previous: SortedIndex<T>, items: readonly T[]): SortedIndex<T> | null {
    if (Math.abs(items.length - previous.items.length) > PATCH_LIMIT) return null;
    const before = new Set(previous.items);
    const added = items.filter((c) => !before.has(c));
    if (added.length > PATCH_LIMIT) return null;
    const now = new Set(items);
    const kept: number[] = [];
    for (let i = 0; i < previous.items.length; i++) {
      if (now.has(previous.items[i]!)) kept.push(i);
    }
    // The same record twice in a list would not survive the sets: sort that list in full.
    if (kept.length + added.length !== items.length) return null;
    // Where each new person goes among the kept ones (binary search), then one merging pass.
    added.sort(byName);
    const at = added.map((item) => {
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (byName(previous.items[kept[mid]!]!, item) <= 0) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    });
    const built = builder(items.length);
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

  /**
   * Every person whose text holds every word of `query`. Each candidate is first tested on its
   * signature (a few integer ANDs); only those that pass have their text searched, and not even
   * those for words of one or two letters or digits, whose bits are exact. Null: no words, so
   * everyone, in name order.
   */
  function find(index: SortedIndex<T>, query: string): Found | null {
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
   * Which positions `keep` accepts, asked of each person once per list and predicate: a filter
   * passed as the same function each time costs a lookup per keystroke.
   */
  function keptBy(index: SortedIndex<T>, keep: (item: T) => boolean): Uint8Array {
    let kept = index.kept.get(keep);
    if (!kept) {
      kept = Uint8Array.from(index.items, (c) => (keep(c) ? 1 : 0));
      // A caller passing a new function each time must not make this grow without end.
      if (index.kept.size >= 8) index.kept.clear();
      index.kept.set(keep, kept);
    }
    return kept;
  }

  return {
    search(items, query = '') {
      const index = sortedByName(items);
      const result = find(index, query);
      if (!result) return [...index.items];
      const { matches, nameHit } = result;
      const ranked: T[] = [];
      for (let k = 0; k < matches.length; k++)
        if (nameHit[k]) ranked.push(index.items[matches[k]!]!);
      for (let k = 0; k < matches.length; k++) {
        if (!nameHit[k]) ranked.push(index.items[matches[k]!]!);
      }
      return ranked;
    },

    page(items, query, keep, offset, limit) {
      const index = sortedByName(items);
      const sorted = index.items;
      const kept = keptBy(index, keep);
      const rows: T[] = [];
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
    },

    sorted: (items) => sortedByName(items).items,

    async adoptSorted(items, pause) {
      if (sortedCache.has(items)) return;
      const built = builder(items.length);
      for (let start = 0; start < items.length; start += ADOPT_SLICE) {
        if (pause && start > 0) await pause();
        const end = Math.min(start + ADOPT_SLICE, items.length);
        for (let i = start; i < end; i++) built.add(items[i]!);
      }
      remember(items, built.index);
    },
  };
}
