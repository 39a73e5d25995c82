/**
 * The renderer's search copy as plain data and functions (the live part that asks the core is in
 * `renderer/src/features/contacts/searchCopySync.ts`): bringing it up to date through the core, and
 * answering the list's questions as the core's `contacts.page` would, with the same search code.
 */
import {
  countsBy,
  listedIn,
  type ContactCounts,
  type ContactFilter,
  type ContactRow,
} from '../contact-page';
import type { SearchEntries, SearchEntriesRequest, SearchEntry } from './search-entry';
import { createSearchIndex } from './search-index';

export interface SearchCopy {
  /** The core's version of the contacts this copy matches. */
  version: string;
  entries: readonly SearchEntry[];
}

type Changes = Extract<SearchEntries, { full: false }>;

/**
 * The copy with the core's changes: records that did not change stay the same objects, so the
 * index is patched, not rebuilt.
 */
function withChanges(copy: SearchCopy, answer: Changes): SearchCopy {
  if (answer.changed.length === 0 && answer.removed.length === 0) {
    return answer.version === copy.version ? copy : { ...copy, version: answer.version };
  }
  const gone = new Set([...answer.removed, ...answer.changed.map((entry) => entry.id)]);
  const entries = copy.entries.filter((entry) => !gone.has(entry.id)).concat(answer.changed);
  return { version: answer.version, entries };
}

export function createSearchCopyIndex() {
  const index = createSearchIndex<SearchEntry>((entry) => entry.text);

  const filters = new Map<ContactFilter, (entry: SearchEntry) => boolean>();
  /** The same function per filter every time: the index keeps each one's answers per list. */
  function shownBy(filter: ContactFilter): (entry: SearchEntry) => boolean {
    let shown = filters.get(filter);
    if (!shown) {
      shown = (entry) =>
        listedIn(
          filter,
          entry.favourite === true,
          entry.archived === true,
          entry.blockedOn !== undefined,
        );
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
    /**
     * `held` brought up to date through `ask` (the core's `contacts.searchEntries`): the changes
     * since its version, or a whole copy gathered part by part from one version and indexed a
     * slice at a time with `pause` between (see `adoptSorted`). `held` as it was when the core
     * could not be asked (`ask` gave null): the next change or opening asks again.
     */
    async update(
      held: SearchCopy | null,
      ask: (request: SearchEntriesRequest) => Promise<SearchEntries | null>,
      pause?: () => Promise<void>,
    ): Promise<SearchCopy | null> {
      let answer = await ask(held ? { since: held.version } : {});
      if (!answer) return held;
      if (!answer.full) return held && withChanges(held, answer);
      let entries = answer.entries;
      for (let restarts = 0; entries.length < answer.total;) {
        const part = await ask({ part: { version: answer.version, offset: entries.length } });
        if (!part?.full || part.entries.length === 0) return held;
        if (part.version === answer.version && part.offset === entries.length) {
          entries = entries.concat(part.entries);
          continue;
        }
        // The core no longer remembers the version the first part came from (the contacts
        // changed many times meanwhile): it sent the first part of the current one.
        if (++restarts > 3) return held;
        answer = part;
        entries = part.entries;
      }
      await index.adoptSorted(entries, pause);
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
        counts = countsBy(copy.entries, shownBy);
        counted.set(copy.entries, counts);
      }
      return counts;
    },
  };
}
