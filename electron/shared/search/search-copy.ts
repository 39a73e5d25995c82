/**
 * The renderer's search copy as plain data and functions (the live part that asks the core is in
 * `renderer/src/features/contacts/searchCopy.ts`): applying what the core sent, and answering the
 * list's questions as the core's `contacts.page` would, with the same search code.
 */
import { listedIn, type ContactCounts, type ContactFilter, type ContactRow } from '../contact-page';
import type { SearchEntries, SearchEntry } from './search-entry';
import { createSearchIndex } from './search-index';

export interface SearchCopy {
  /** The core's version of the contacts this copy matches. */
  version: string;
  entries: readonly SearchEntry[];
}

const FILTERS = ['active', 'favourites', 'archived', 'blocked'] as const;

export function createSearchCopyIndex() {
  const index = createSearchIndex<SearchEntry>((entry) => entry.text);

  const filters = new Map<ContactFilter, (entry: SearchEntry) => boolean>();
  /** The same function per filter every time: the index keeps each one's answers per list. */
  function shownBy(filter: ContactFilter): (entry: SearchEntry) => boolean {
    let shown = filters.get(filter);
    if (!shown) {
      shown = (entry) =>
        listedIn(filter, {
          favourite: entry.favourite === true,
          archived: entry.archived === true,
          blocked: entry.blockedOn !== undefined,
        });
      filters.set(filter, shown);
    }
    return shown;
  }

  /** Rows by entry: an unchanged person is the same row object from one keystroke to the next. */
  const rows = new WeakMap<SearchEntry, ContactRow>();
  function rowOf(entry: SearchEntry): ContactRow {
    let row = rows.get(entry);
    if (!row) {
      const { id, name, company, role, blockedOn } = entry;
      row = { id, name, company, role, favourite: entry.favourite === true };
      if (blockedOn !== undefined) row.blockedOn = blockedOn;
      rows.set(entry, row);
    }
    return row;
  }

  const counted = new WeakMap<readonly SearchEntry[], ContactCounts>();

  return {
    /** The copy after the core's answer; null while there is none and the answer is partial. */
    apply(copy: SearchCopy | null, answer: SearchEntries): SearchCopy | null {
      if (answer.full) {
        // Sent in list order: indexing it skips a sort (~100 ms at 30,000).
        index.adoptSorted(answer.entries);
        return { version: answer.version, entries: answer.entries };
      }
      if (!copy) return null;
      if (answer.changed.length === 0 && answer.removed.length === 0) {
        return answer.version === copy.version ? copy : { ...copy, version: answer.version };
      }
      // Records that did not change stay the same objects, so the index is patched, not rebuilt.
      const gone = new Set([...answer.removed, ...answer.changed.map((entry) => entry.id)]);
      const entries = copy.entries.filter((entry) => !gone.has(entry.id)).concat(answer.changed);
      return { version: answer.version, entries };
    },

    /** One page of the list, as the core's `contacts.page` answers it. */
    page(copy: SearchCopy, query: string, filter: ContactFilter, offset: number, limit: number) {
      const page = index.page(copy.entries, query, shownBy(filter), offset, limit);
      return { matches: page.matches, rows: page.rows.map(rowOf) };
    },

    /** Every id the search and filter show, in list order: "select all". */
    ids(copy: SearchCopy, query: string, filter: ContactFilter): string[] {
      const all = index.page(copy.entries, query, shownBy(filter), 0, copy.entries.length);
      return all.rows.map((entry) => entry.id);
    },

    /** How many people each filter holds, whatever the search. */
    counts(copy: SearchCopy): ContactCounts {
      let counts = counted.get(copy.entries);
      if (!counts) {
        counts = { active: 0, favourites: 0, archived: 0, blocked: 0 };
        for (const entry of copy.entries) {
          for (const filter of FILTERS) if (shownBy(filter)(entry)) counts[filter]++;
        }
        counted.set(copy.entries, counts);
      }
      return counts;
    },
  };
}
